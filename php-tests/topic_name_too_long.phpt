--TEST--
Topic names longer than Kafka's 249 bytes throw RdKafka\Exception (-186) before they reach librdkafka, which crashed on names over 512 bytes in partition lists (assign, incrementalAssign); 249 bytes pass
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$conf->set('log_level', '0');
$conf->set('group.id', 'topic_name_too_long_' . uniqid());
$consumer = new RdKafka\KafkaConsumer($conf);
$producer = new RdKafka\Producer($conf);

foreach ([250, 513, 600] as $length) {
    $name = str_repeat('t', $length);
    $list = [new RdKafka\TopicPartition($name, 0, 0)];
    $calls = [
        'KafkaConsumer::assign' => fn () => $consumer->assign($list),
        'KafkaConsumer::incrementalAssign' => fn () => $consumer->incrementalAssign($list),
        'KafkaConsumer::incrementalUnassign' => fn () => $consumer->incrementalUnassign($list),
        'KafkaConsumer::commit' => fn () => $consumer->commit($list),
        'KafkaConsumer::commitAsync' => fn () => $consumer->commitAsync($list),
        'KafkaConsumer::getCommittedOffsets' => fn () => $consumer->getCommittedOffsets($list, 1000),
        'KafkaConsumer::getOffsetPositions' => fn () => $consumer->getOffsetPositions($list),
        'KafkaConsumer::offsetsForTimes' => fn () => $consumer->offsetsForTimes($list, 1000),
        'KafkaConsumer::pausePartitions' => fn () => $consumer->pausePartitions($list),
        'KafkaConsumer::resumePartitions' => fn () => $consumer->resumePartitions($list),
        'KafkaConsumer::subscribe' => fn () => $consumer->subscribe(['ok', $name]),
        'KafkaConsumer::queryWatermarkOffsets' => fn () => $consumer->queryWatermarkOffsets($name, 0, $low, $high, 1000),
        'Producer::queryWatermarkOffsets' => fn () => $producer->queryWatermarkOffsets($name, 0, $low, $high, 1000),
        'Producer::offsetsForTimes' => fn () => $producer->offsetsForTimes($list, 1000),
        'Producer::pausePartitions' => fn () => $producer->pausePartitions($list),
        'Producer::resumePartitions' => fn () => $producer->resumePartitions($list),
    ];
    $refused = [];
    foreach ($calls as $what => $call) {
        try {
            $call();
            echo "$length bytes, $what: accepted\n";
        } catch (RdKafka\Exception $e) {
            if ($e->getCode() === RD_KAFKA_RESP_ERR__INVALID_ARG
                && $e->getMessage() === "Topic name of $length bytes is longer than Kafka's limit of 249 bytes") {
                $refused[] = $what;
            } else {
                echo "$length bytes, $what: ", get_class($e), ' ', $e->getCode(), ' ', $e->getMessage(), "\n";
            }
        }
    }
    echo "$length bytes: ", count($refused), " of ", count($calls), " calls refused\n";
}

// Kafka's longest name passes, and a long regular expression is a pattern, not a name.
$name = str_repeat('t', 249);
$consumer->assign([new RdKafka\TopicPartition($name, 0)]);
echo "249 bytes assigned: ", count($consumer->getAssignment()), "\n";
$consumer->assign(null);
$consumer->subscribe(['^' . str_repeat('t', 300) . '.*']);
echo "subscription: ", strlen($consumer->getSubscription()[0]), " bytes\n";
$consumer->unsubscribe();
$consumer->close();
echo "closed\n";
?>
--EXPECT--
250 bytes: 16 of 16 calls refused
513 bytes: 16 of 16 calls refused
600 bytes: 16 of 16 calls refused
249 bytes assigned: 1
subscription: 303 bytes
closed
