<?php
// A produce/consume round trip against the broker in KAFKA_BROKERS: a Producer sends messages
// with keys and headers and reports each delivery, then a KafkaConsumer reads them back.
$brokers = getenv('KAFKA_BROKERS') ?: '127.0.0.1:9092';
$topic = 'demo-' . bin2hex(random_bytes(4));

printf("rdkafka %s on librdkafka %d.%d.%d\n", phpversion('rdkafka'),
    RD_KAFKA_VERSION >> 24, (RD_KAFKA_VERSION >> 16) & 0xff, (RD_KAFKA_VERSION >> 8) & 0xff);

$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $brokers);
$conf->setErrorCb(function ($kafka, int $err, string $reason) {
    fprintf(STDERR, "error %d: %s\n", $err, $reason);
});
$conf->setDrMsgCb(function (RdKafka\Producer $producer, RdKafka\Message $message) {
    printf("delivered %-9s to %s [%d] at offset %d (opaque %s)\n", $message->payload,
        $message->topic_name, $message->partition, $message->offset, $message->opaque);
});

$producer = new RdKafka\Producer($conf);
$producerTopic = $producer->newTopic($topic);
foreach (['order-1', 'order-2', 'order-3'] as $i => $payload) {
    $producerTopic->producev(RD_KAFKA_PARTITION_UA, 0, $payload, "customer-$i",
        ['source' => 'demo', 'attempt' => '1'], null, "opaque-$i");
}
printf("flush: %s\n", $producer->flush(10000) === RD_KAFKA_RESP_ERR_NO_ERROR ? 'ok' : 'timed out');
unset($producerTopic, $producer);

$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $brokers);
$conf->set('group.id', 'demo');
$conf->set('auto.offset.reset', 'earliest');
$conf->set('enable.partition.eof', 'true');
$consumer = new RdKafka\KafkaConsumer($conf);
$consumer->subscribe([$topic]);

$read = 0;
$deadline = microtime(true) + 30;
while ($read < 3 && microtime(true) < $deadline) {
    $message = $consumer->consume(1000);
    switch ($message->err) {
        case RD_KAFKA_RESP_ERR_NO_ERROR:
            $read++;
            printf("consumed  %-9s key %s headers %s\n", $message->payload, $message->key,
                json_encode($message->headers));
            $consumer->commit($message);
            break;
        case RD_KAFKA_RESP_ERR__PARTITION_EOF:
        case RD_KAFKA_RESP_ERR__TIMED_OUT:
            break;
        default:
            fprintf(STDERR, "consume error: %s\n", $message->errstr());
    }
}
$consumer->close();
// close() leaves the group and frees the client: no librdkafka thread is left.
printf("read %d of 3 messages; librdkafka threads left: %d\n", $read, rd_kafka_thread_cnt());
exit($read === 3 ? 0 : 1);
