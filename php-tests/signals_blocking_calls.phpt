--TEST--
Signals: every blocking call (KafkaConsumer::consume, poll, flush, ConsumerTopic::consume/consumeBatch/consumeCallback, Queue::consume) returns as its timeout would when a signal arrives (pcntl_async_signals), so the handler runs at once; messages that arrive afterwards are still consumed
--SKIPIF--
<?php
if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded');
if (!function_exists('pcntl_async_signals')) die('skip pcntl needed');
?>
--FILE--
<?php
use RdKafka\Test\MockCluster;

$cluster = MockCluster::create(1);
$cluster->createTopic('quiet', 1, 1);
function conf(array $properties = []): RdKafka\Conf
{
    global $cluster;
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', $cluster->getBootstraps());
    $conf->set('log_level', '0');
    foreach ($properties as $name => $value) {
        $conf->set($name, $value);
    }
    return $conf;
}
$conf = conf();
$producer = new RdKafka\Producer($conf);
$producer->getMetadata(true, null, 10000);

pcntl_async_signals(true);
$signals = 0;
pcntl_signal(SIGALRM, function () use (&$signals) { $signals++; });

/** Runs $call with a SIGALRM due in one second; it must return long before its 60 s timeout. */
function interrupted(string $what, callable $call): void
{
    global $signals;
    $before = $signals;
    pcntl_alarm(1);
    $started = microtime(true);
    $result = $call();
    $took = microtime(true) - $started;
    pcntl_alarm(0);
    printf("%s: %s, %s\n", $what, var_export($result, true),
        $signals === $before + 1 && $took < 30 ? 'returned for the signal' : "signals " . ($signals - $before) . ", took $took s");
}

$consumer = new RdKafka\KafkaConsumer(conf(['group.id' => 'quiet-readers']));
$consumer->assign([new RdKafka\TopicPartition('quiet', 0, RD_KAFKA_OFFSET_BEGINNING)]);
interrupted('KafkaConsumer::consume', fn () => rd_kafka_err2name($consumer->consume(60000)->err));

interrupted('Producer::poll', fn () => $producer->poll(60000));

$legacy = new RdKafka\Consumer($conf);
$topic = $legacy->newTopic('quiet');
$topic->consumeStart(0, RD_KAFKA_OFFSET_BEGINNING);
interrupted('ConsumerTopic::consume', fn () => $topic->consume(0, 60000));
interrupted('ConsumerTopic::consumeBatch', fn () => $topic->consumeBatch(0, 60000, 10));
interrupted('ConsumerTopic::consumeCallback', fn () => $topic->consumeCallback(0, 60000, fn () => null));
$queue = $legacy->newQueue();
$topic->consumeStop(0);
$topic->consumeQueueStart(0, RD_KAFKA_OFFSET_BEGINNING, $queue);
interrupted('Queue::consume', fn () => $queue->consume(60000));

// Messages produced after the interruptions are all there.
$producer->newTopic('quiet')->produce(0, 0, 'after');
echo "flush: ", $producer->flush(10000), "\n";
echo "KafkaConsumer then reads: ", $consumer->consume(10000)->payload, "\n";
echo "Queue then reads: ", $queue->consume(10000)->payload, "\n";

$cluster->setBrokerDown(1);
$producer->newTopic('quiet')->produce(0, 0, 'stuck');
interrupted('Producer::flush', fn () => rd_kafka_err2name($producer->flush(60000)));
echo "still queued: ", $producer->getOutQLen(), "\n";
$cluster->setBrokerUp(1);
echo "flush after recovery: ", $producer->flush(10000), "\n";
?>
--EXPECT--
KafkaConsumer::consume: '_TIMED_OUT', returned for the signal
Producer::poll: 0, returned for the signal
ConsumerTopic::consume: NULL, returned for the signal
ConsumerTopic::consumeBatch: array (
), returned for the signal
ConsumerTopic::consumeCallback: 0, returned for the signal
Queue::consume: NULL, returned for the signal
flush: 0
KafkaConsumer then reads: after
Queue then reads: after
Producer::flush: '_TIMED_OUT', returned for the signal
still queued: 1
flush after recovery: 0
