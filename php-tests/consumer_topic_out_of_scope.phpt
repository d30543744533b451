--TEST--
Legacy Consumer: partitions started through a Topic object that goes out of scope keep consuming until consumeStop() or the Consumer's destruction, as in php-rdkafka (read through a Queue and through a second Topic object); "already being consumed" holds across objects
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf);
$names = ['out_of_scope_a_' . uniqid(), 'out_of_scope_b_' . uniqid()];
foreach ($names as $name) {
    $topic = $producer->newTopic($name);
    for ($i = 0; $i < 3; $i++) {
        $topic->produce(0, 0, "$name-$i");
    }
}
echo "flush: ", $producer->flush(10000), "\n";

$consumer = new RdKafka\Consumer($conf);
$queue = $consumer->newQueue();
// Started inside closures: the Topic objects are freed right away.
array_walk($names, fn ($name) => $consumer->newTopic($name)->consumeQueueStart(0, RD_KAFKA_OFFSET_BEGINNING, $queue));
gc_collect_cycles();

$read = [];
$deadline = microtime(true) + 10;
while (count($read) < 6 && microtime(true) < $deadline) {
    $m = $queue->consume(200);
    if ($m !== null && $m->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
        $read[] = $m->payload;
    }
}
sort($read);
echo "through the queue: ", count($read), " of 6, ", $read === array_merge(
    array_map(fn ($i) => "$names[0]-$i", range(0, 2)),
    array_map(fn ($i) => "$names[1]-$i", range(0, 2))
) ? 'all of them' : implode(',', $read), "\n";

// The partition is still started: another object of the same topic is refused a second start.
try {
    $consumer->newTopic($names[0])->consumeQueueStart(0, RD_KAFKA_OFFSET_BEGINNING, $queue);
    echo "second start accepted\n";
} catch (RdKafka\Exception $e) {
    echo get_class($e), ': ', str_replace($names[0], 'A', $e->getMessage()), "\n";
}

// A helper starts a partition; a second Topic object of that topic reads it, then stops it.
function startPartition(RdKafka\Consumer $consumer, string $name): void
{
    $consumer->newTopic($name)->consumeStart(1, RD_KAFKA_OFFSET_END);
}
startPartition($consumer, $names[1]);
$reader = $consumer->newTopic($names[1]);
$deadline = microtime(true) + 3;
while (microtime(true) < $deadline) {
    $reader->consume(1, 100); // reaches the end of the empty partition
}
$producer->newTopic($names[1])->produce(1, 0, 'late');
$producer->flush(10000);
$late = null;
$deadline = microtime(true) + 10;
while ($late === null && microtime(true) < $deadline) {
    $m = $reader->consume(1, 200);
    if ($m !== null && $m->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
        $late = $m->payload;
    }
}
echo "through a second Topic object: ", var_export($late, true), "\n";
$reader->consumeStop(1);
$reader->consumeStart(1, RD_KAFKA_OFFSET_BEGINNING);
echo "stopped and started again through that object\n";
$reader->consumeStop(1);

unset($reader, $queue);
$start = microtime(true);
$consumer = null; // stops what is still started (partition 0 of both topics)
echo "consumer destroyed with partitions started: ", microtime(true) - $start < 10 ? 'at once' : 'late', "\n";
?>
--EXPECT--
flush: 0
through the queue: 6 of 6, all of them
RdKafka\Exception: A:0 is already being consumed by the same Consumer instance
through a second Topic object: 'late'
stopped and started again through that object
consumer destroyed with partitions started: at once
