--TEST--
Signals: a worker blocked in KafkaConsumer::consume(60000) runs its SIGTERM handler (pcntl_async_signals) right away, not after the timeout; the loop then commits what it processed and close()s, and no message is lost or skipped
--SKIPIF--
<?php
if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded');
if (!function_exists('pcntl_async_signals') || !function_exists('posix_kill')) die('skip pcntl and posix needed');
?>
--FILE--
<?php
use RdKafka\Test\MockCluster;

$cluster = MockCluster::create(1);
$cluster->createTopic('jobs', 1, 1);
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $cluster->getBootstraps());
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf);
for ($i = 0; $i < 5; $i++) {
    $producer->newTopic('jobs')->produce(0, 0, "job $i");
}
$producer->flush(10000);

$conf->set('group.id', 'workers');
$conf->set('enable.auto.commit', 'false');
$conf->set('auto.offset.reset', 'earliest');
$consumer = new RdKafka\KafkaConsumer($conf);
$consumer->subscribe(['jobs']);

pcntl_async_signals(true);
$stop = false;
$handledAt = null;
pcntl_signal(SIGTERM, function () use (&$stop, &$handledAt) {
    $handledAt = microtime(true);
    $stop = true;
});

// A helper process sends SIGTERM once the worker has processed the 5 jobs and waits for more.
$sentAt = tempnam(sys_get_temp_dir(), 'sigterm');
$ready = tempnam(sys_get_temp_dir(), 'ready');
$helper = proc_open(['sh', '-c', 'while [ ! -s "$1" ]; do sleep 0.01; done; sleep 0.3; date +%s.%N > "$2"; kill -TERM "$3"',
    'helper', $ready, $sentAt, (string) getmypid()], [], $pipes);
// (0.3 s after the worker reports ready, it is inside consume(60000).)

$processed = [];
$blockedSince = null;
while (!$stop) {
    $message = $consumer->consume(60000);
    if ($message->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
        $processed[] = $message->payload;
        if (count($processed) === 5) {
            file_put_contents($ready, '1');
        }
        continue;
    }
    echo "consume() returned: ", rd_kafka_err2name($message->err), "\n";
}
proc_close($helper);
$latency = $handledAt - (float) file_get_contents($sentAt);
echo "handler ran ", $latency < 1.0 ? 'within a second of the signal' : "only after {$latency} s", "\n";
echo "processed: ", implode(', ', $processed), "\n";
$consumer->commit();
$consumer->close();
echo "committed and closed\n";

$check = new RdKafka\KafkaConsumer($conf);
$committed = $check->getCommittedOffsets([new RdKafka\TopicPartition('jobs', 0)], 10000);
echo "committed offset: ", $committed[0]->getOffset(), "\n";
unlink($sentAt);
unlink($ready);
?>
--EXPECT--
consume() returned: _TIMED_OUT
handler ran within a second of the signal
processed: job 0, job 1, job 2, job 3, job 4
committed and closed
committed offset: 5
