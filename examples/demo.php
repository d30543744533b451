<?php
// Creates a Producer and a Consumer from one Conf against the broker in KAFKA_BROKERS.
$brokers = getenv('KAFKA_BROKERS') ?: '127.0.0.1:9092';

$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $brokers);
$conf->set('client.id', 'demo');
$conf->setErrorCb(function ($kafka, int $err, string $reason) {
    fprintf(STDERR, "error %d: %s\n", $err, $reason);
});

$producer = new RdKafka\Producer($conf);
$consumer = new RdKafka\Consumer($conf);

printf("rdkafka %s on librdkafka %d.%d.%d\n", phpversion('rdkafka'),
    RD_KAFKA_VERSION >> 24, (RD_KAFKA_VERSION >> 16) & 0xff, (RD_KAFKA_VERSION >> 8) & 0xff);
printf("producer: %s, consumer: %s, librdkafka threads: %d\n",
    get_class($producer), get_class($consumer), rd_kafka_thread_cnt());
// dump() reports canonical names: bootstrap.servers is an alias of metadata.broker.list.
printf("metadata.broker.list = %s\n", $conf->dump()['metadata.broker.list']);
