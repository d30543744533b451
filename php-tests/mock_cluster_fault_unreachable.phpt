--TEST--
Fault injection, unreachable cluster (every broker down): flush() and consume() return on their timeouts, delivery reports come back with _MSG_TIMED_OUT after message.timeout.ms, and KafkaConsumer::close() returns
--SKIPIF--
<?php if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/mock_cluster_fault.inc';

$cluster = RdKafka\Test\MockCluster::create(2);
$cluster->createTopic('void', 2, 2);

// Connected first, so the clients know the cluster before it goes away.
$reports = [];
$conf = fault_conf($cluster, ['message.timeout.ms' => 1500]);
$conf->setDrMsgCb(function ($producer, RdKafka\Message $message) use (&$reports) {
    $reports[] = $message->err;
});
$producer = new RdKafka\Producer($conf);
$producer->getMetadata(true, null, FAULT_TIMEOUT_MS);
$consumer = new RdKafka\KafkaConsumer(fault_conf($cluster, ['group.id' => 'void-readers', 'session.timeout.ms' => 6000]));
$consumer->subscribe(['void']);
$consumer->consume(3000);

$cluster->setBrokerDown(1);
$cluster->setBrokerDown(2);

$topic = $producer->newTopic('void');
for ($i = 0; $i < 10; $i++) {
    $topic->produce($i % 2, 0, "m$i");
}
echo "flush(200): ", rd_kafka_err2name($producer->flush(200)), "\n";
$deadline = microtime(true) + 30;
while (count($reports) < 10 && microtime(true) < $deadline) {
    $producer->poll(100);
}
echo "delivery reports: ", json_encode(array_count_values(array_map('rd_kafka_err2name', $reports))), "\n";
echo "flush after the reports: ", rd_kafka_err2name($producer->flush(1000)), "\n";

$message = $consumer->consume(200);
echo "consume(200): ", rd_kafka_err2name($message->err), "\n";
$consumer->close();
echo "closed\n";
?>
--EXPECT--
flush(200): _TIMED_OUT
delivery reports: {"_MSG_TIMED_OUT":10}
flush after the reports: NO_ERROR
consume(200): _TIMED_OUT
closed
