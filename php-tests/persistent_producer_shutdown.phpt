--TEST--
Persistent producers at process exit: outstanding messages are flushed (bounded by php.persistent.flush.timeout.ms), and those that cannot be delivered in time are reported to PHP's error log, not dropped silently
--SKIPIF--
<?php
if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set');
if (!function_exists('exec')) die('skip exec() is not available');
?>
--FILE--
<?php
require __DIR__ . '/child_php.inc';
$topicName = 'persistent_shutdown_' . uniqid();

// A request that produces and ends without flushing; the process then exits.
$produce = <<<'PHP'
[, $brokers, $topicName, $flushTimeout] = $argv;
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $brokers);
$conf->set('log_level', '0');
$conf->set('message.timeout.ms', '60000');
$conf->set('php.persistent.id', 'events');
$conf->set('php.persistent.flush.timeout.ms', $flushTimeout);
$producer = new RdKafka\Producer($conf);
for ($i = 0; $i < 100; $i++) {
    $producer->newTopic($topicName)->produce(0, 0, "event $i");
}
// (The queue length also counts events waiting to be served, such as a connection error.)
echo "queued at the end of the script: ", $producer->getOutQLen() >= 100 ? 'all 100' : $producer->getOutQLen(), "\n";
PHP;

[$exitCode, $output] = run_child_php($produce, [getenv('TEST_KAFKA_BROKERS'), $topicName, 5000]);
echo "exit code $exitCode\n", implode("\n", $output), "\n";

$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$conf->set('group.id', $topicName);
$consumer = new RdKafka\KafkaConsumer($conf);
$consumer->assign([new RdKafka\TopicPartition($topicName, 0, RD_KAFKA_OFFSET_BEGINNING)]);
$read = 0;
while ($read < 100 && ($message = $consumer->consume(10000))->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
    $read++;
}
echo "in the topic: $read\n";

// Nothing reachable: the exit flush gives up after 300 ms and each message is logged.
$started = microtime(true);
[$exitCode, $output] = run_child_php($produce, ['127.0.0.1:1', $topicName, 300]);
echo "exit code $exitCode, within 10 s: ", json_encode(microtime(true) - $started < 10), "\n";
echo $output[0], "\n";
$logged = preg_grep('/^rdkafka: persistent producer "events": message to .* \[0\] failed after its Producer object was freed: Local: Purged in queue \(-152\)$/', $output);
echo "logged failures: ", count($logged), "\n";
?>
--EXPECT--
exit code 0
queued at the end of the script: all 100
in the topic: 100
exit code 0, within 10 s: true
queued at the end of the script: all 100
logged failures: 100
