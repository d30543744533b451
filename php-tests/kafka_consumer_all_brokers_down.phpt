--TEST--
An offline KafkaConsumer: librdkafka 2.12 reports ALL_BROKERS_DOWN (-187) on each re-bootstrap (metadata.recovery.strategy=rebootstrap, its default), and once with metadata.recovery.strategy=none, php-rdkafka's rate on older librdkafka; the error callback gets each report once
--SKIPIF--
<?php if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded'); ?>
--FILE--
<?php
foreach (['rebootstrap', 'none'] as $strategy) {
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', '127.0.0.1:1');
    $conf->set('group.id', 'offline');
    $conf->set('log_level', '0');
    $conf->set('metadata.recovery.strategy', $strategy);
    $allDown = 0;
    $conf->setErrorCb(function ($consumer, $err) use (&$allDown) {
        $allDown += (int) ($err === RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN);
    });
    $consumer = new RdKafka\KafkaConsumer($conf);
    $consumer->subscribe(['anything']);
    $end = microtime(true) + 2;
    while (microtime(true) < $end) {
        $consumer->consume(100);
    }
    echo "$strategy: ", $strategy === 'none' ? $allDown : ($allDown > 1 ? 'repeated' : $allDown), "\n";
}
?>
--EXPECT--
rebootstrap: repeated
none: 1
