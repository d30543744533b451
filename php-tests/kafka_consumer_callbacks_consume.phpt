--TEST--
KafkaConsumer: log, stats and error callbacks run only inside consume() (the main queue is served through the consumer queue), never on librdkafka's threads
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
function consumer(string $brokers, array &$events): RdKafka\KafkaConsumer {
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', $brokers);
    $conf->set('group.id', 'callbacks_' . uniqid());
    $conf->set('log_level', '7');
    $conf->set('debug', 'cgrp');
    $conf->set('statistics.interval.ms', '100');
    $conf->setLogCb(function ($consumer, $level, $facility, $message) use (&$events) {
        $events[] = 'log:' . get_class($consumer);
    });
    $conf->setStatsCb(function ($consumer, $json, $len) use (&$events) {
        $events[] = 'stats:' . json_decode($json, true)['type'];
    });
    $conf->setErrorCb(function ($consumer, $err, $reason) use (&$events) {
        $events[] = "error:$err";
    });
    return new RdKafka\KafkaConsumer($conf);
}

foreach ([getenv('TEST_KAFKA_BROKERS'), '127.0.0.1:1'] as $brokers) {
    $events = [];
    $consumer = consumer($brokers, $events);
    $consumer->subscribe(['callbacks_' . uniqid()]);
    usleep(600000);
    echo "before consume: ", count($events), " events\n";
    $deadline = microtime(true) + 5;
    while (microtime(true) < $deadline) {
        $consumer->consume(100);
        $kinds = array_unique(array_map(fn($e) => explode(':', $e)[0], $events));
        if (count($kinds) === ($brokers === '127.0.0.1:1' ? 3 : 2)) {
            break;
        }
    }
    $kinds = array_unique($events);
    sort($kinds);
    echo implode(' ', array_filter($kinds, fn($k) => $k !== 'error:-187')), "\n";
    $consumer->close();
}
?>
--EXPECT--
before consume: 0 events
log:RdKafka\KafkaConsumer stats:consumer
before consume: 0 events
error:-195 log:RdKafka\KafkaConsumer stats:consumer
