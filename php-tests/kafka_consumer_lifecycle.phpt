--TEST--
KafkaConsumer lifecycle: constructor errors, subscriptions (caller's array untouched, regex), assign/incremental assign, close() and later calls, threads, GC of callback cycles, KafkaConsumerTopic, broker queries
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$brokers = getenv('TEST_KAFKA_BROKERS');
$prefix = 'kafka_consumer_lifecycle_' . uniqid();

function conf(string $brokers, ?string $group = 'kafka_consumer_lifecycle'): RdKafka\Conf
{
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', $brokers);
    $conf->set('log_level', '0');
    if ($group !== null) {
        $conf->set('group.id', $group . '_' . uniqid());
    }
    $conf->set('auto.offset.reset', 'earliest');
    return $conf;
}

function attempt(callable $fn): void
{
    try {
        $result = $fn();
        echo "ok: ", json_encode($result), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ' (', $e->getCode(), '): ', $e->getMessage(), "\n";
    }
}

function tps(array $partitions, string $prefix): string
{
    $out = [];
    foreach ($partitions as $i => $tp) {
        $out[] = sprintf('[%d] %s/%d@%d%s', $i, str_replace($prefix, 'P', $tp->getTopic()), $tp->getPartition(),
            $tp->getOffset(), $tp->getErr() ? ' err=' . $tp->getErr() : '');
    }
    return $out ? implode(' ', $out) : '(none)';
}

function tp(string $topic, int $partition, int $offset = 0): RdKafka\TopicPartition
{
    return new RdKafka\TopicPartition($topic, $partition, $offset);
}

function waitFor(RdKafka\KafkaConsumer $consumer, callable $done): void
{
    $deadline = microtime(true) + 30;
    while (!$done() && microtime(true) < $deadline) {
        $m = $consumer->consume(200);
        if ($m->err !== RD_KAFKA_RESP_ERR__TIMED_OUT) {
            echo "unexpected message: ", $m->err, "\n";
        }
    }
    if (!$done()) {
        echo "timed out\n";
    }
}

echo "--- constructor errors\n";
echo "threads: ", rd_kafka_thread_cnt(), "\n";
attempt(fn () => new RdKafka\KafkaConsumer(conf($brokers, null)));
$empty = conf($brokers, null);
$empty->set('group.id', '');
attempt(fn () => new RdKafka\KafkaConsumer($empty));
// PHP's error mode is normal again: a warning stays a warning (PHP 8.6 no longer names the
// file in this one)
var_dump(file_get_contents('/nonexistent/kafka_consumer_lifecycle'));
attempt(fn () => new RdKafka\KafkaConsumer());
attempt(fn () => new RdKafka\KafkaConsumer(null));
attempt(fn () => new RdKafka\KafkaConsumer(new RdKafka\TopicConf()));
echo "threads: ", rd_kafka_thread_cnt(), "\n";

echo "--- second __construct()\n";
$conf = conf($brokers);
$consumer = new RdKafka\KafkaConsumer($conf);
echo "threads running: ", var_export(rd_kafka_thread_cnt() > 0, true), "\n";
attempt(fn () => $consumer->__construct($conf));
attempt(fn () => $consumer->getSubscription());

echo "--- subscribe() / getSubscription() / unsubscribe()\n";
$topics = [1 => 123, 'x' => "{$prefix}_name"];
attempt(fn () => $consumer->subscribe($topics));
var_dump($topics);
echo "subscription: ", str_replace($prefix, 'P', json_encode($consumer->getSubscription())), "\n";
attempt(fn () => $consumer->subscribe(["{$prefix}_b", "{$prefix}_a", "^{$prefix}_re.*"]));
echo "subscription: ", str_replace($prefix, 'P', json_encode($consumer->getSubscription())), "\n";
attempt(fn () => $consumer->subscribe([]));
echo "subscription: ", str_replace($prefix, 'P', json_encode($consumer->getSubscription())), "\n";
attempt(fn () => $consumer->unsubscribe());
attempt(fn () => $consumer->getSubscription());

echo "--- assign() / getAssignment()\n";
attempt(fn () => $consumer->assign(['a' => tp("{$prefix}_x", 1), 'b' => tp("{$prefix}_x", 0, 5)]));
echo "assignment: ", tps($consumer->getAssignment(), $prefix), "\n";
attempt(fn () => $consumer->assign(null));
echo "assignment: ", tps($consumer->getAssignment(), $prefix), "\n";
attempt(fn () => $consumer->assign([tp("{$prefix}_x", 2, RD_KAFKA_OFFSET_END)]));
echo "assignment: ", tps($consumer->getAssignment(), $prefix), "\n";
attempt(fn () => $consumer->assign());
attempt(fn () => $consumer->getAssignment());
attempt(fn () => $consumer->assign([tp("{$prefix}_x", 2), new stdClass()]));
attempt(fn () => $consumer->assign([null]));
attempt(fn () => $consumer->getAssignment());

echo "--- close()\n";
attempt(fn () => $consumer->close());
echo "threads: ", rd_kafka_thread_cnt(), "\n";
$calls = [
    'close' => [], 'consume' => [0], 'subscribe' => [['a']], 'getSubscription' => [], 'unsubscribe' => [],
    'assign' => [], 'getAssignment' => [], 'incrementalAssign' => [[]], 'incrementalUnassign' => [[]],
    'commit' => [], 'commitAsync' => [], 'newTopic' => ['a'], 'getMetadata' => [true, null, 100],
    'getControllerId' => [100], 'getCommittedOffsets' => [[], 100], 'getOffsetPositions' => [[]],
    'offsetsForTimes' => [[], 100], 'pausePartitions' => [[]], 'resumePartitions' => [[]],
];
foreach ($calls as $method => $args) {
    echo "$method: ";
    attempt(fn () => $consumer->$method(...$args));
}
$low = $high = -5;
echo "queryWatermarkOffsets: ";
attempt(fn () => $consumer->queryWatermarkOffsets('a', 0, $low, $high, 100));
echo "low/high untouched: $low/$high\n";
unset($consumer, $conf);

echo "--- regex subscription\n";
$producer = new RdKafka\Producer(conf($brokers, null));
$producer->newTopic("{$prefix}_ra")->produce(0, 0, 'ra');
$producer->newTopic("{$prefix}_rb")->produce(1, 0, 'rb');
$producer->newTopic("other_{$prefix}_rc")->produce(0, 0, 'rc');
echo "flush: ", $producer->flush(10000), "\n";
$producerController = $producer->getControllerId(10000);
// creates the topic of the cooperative-sticky consumer below (the mock cluster auto-creates on metadata requests)
$producer->getMetadata(false, $producer->newTopic("{$prefix}_coop"), 10000);
unset($producer);

$conf = conf($brokers);
$conf->set('enable.auto.commit', 'false');
$consumer = new RdKafka\KafkaConsumer($conf);
$consumer->subscribe(["^{$prefix}_r.*"]);
$got = [];
$deadline = microtime(true) + 30;
while (count($got) < 2 && microtime(true) < $deadline) {
    $m = $consumer->consume(500);
    if ($m->err === 0) {
        $got[] = $m->payload;
    } elseif ($m->err !== RD_KAFKA_RESP_ERR__TIMED_OUT) {
        echo "unexpected message: ", $m->err, "\n";
    }
}
sort($got);
echo "consumed: ", implode(',', $got), "\n";
echo "subscription: ", str_replace($prefix, 'P', json_encode($consumer->getSubscription())), "\n";
echo "assignment: ", tps($consumer->getAssignment(), $prefix), "\n";
$consumer->unsubscribe();
echo "subscription: ", json_encode($consumer->getSubscription()), "\n";
waitFor($consumer, fn () => $consumer->getAssignment() === []);
echo "assignment: ", tps($consumer->getAssignment(), $prefix), "\n";
$consumer->close();
unset($consumer);

$conf = conf($brokers);
$conf->set('enable.auto.commit', 'false');
$consumer = new RdKafka\KafkaConsumer($conf);

echo "--- broker queries\n";
$consumer->queryWatermarkOffsets("{$prefix}_ra", 0, $low, $high, 10000);
echo "watermarks ra/0: $low $high\n";
$consumer->queryWatermarkOffsets("{$prefix}_ra", 1, $low, $high, 10000);
echo "watermarks ra/1: $low $high\n";
$low = $high = -5;
attempt(fn () => $consumer->queryWatermarkOffsets("{$prefix}_ra", 9, $low, $high, 10000));
echo "low/high untouched: $low/$high\n";
$controller = $consumer->getControllerId(10000);
echo "controller: ", get_debug_type($controller), ' ', var_export($controller >= 0 && $controller === $producerController, true), "\n";
$metadata = $consumer->getMetadata(true, null, 10000);
echo "brokers: ", count($metadata->getBrokers()), "\n";
$topicA = $consumer->newTopic("{$prefix}_ra");
echo get_class($topicA), ' ', str_replace($prefix, 'P', $topicA->getName()), "\n";
foreach ($consumer->getMetadata(false, $topicA, 10000)->getTopics() as $t) {
    echo "metadata: ", str_replace($prefix, 'P', $t->getTopic()), ' partitions=', count($t->getPartitions()), ' err=', $t->getErr(), "\n";
}
// -2 / -1 are the earliest / latest offset; the mock cluster does not look up real timestamps
$times = $consumer->offsetsForTimes([tp("{$prefix}_ra", 0, -1), tp("{$prefix}_ra", 1, -2), tp("{$prefix}_rb", 1, -1), tp("{$prefix}_rb", 0, -2)], 10000);
echo "offsetsForTimes: ", tps($times, $prefix), "\n";

echo "--- pause / resume\n";
$consumer->assign([tp("{$prefix}_ra", 0, RD_KAFKA_OFFSET_BEGINNING), tp("{$prefix}_ra", 2)]);
echo "paused: ", tps($consumer->pausePartitions([tp("{$prefix}_ra", 0), tp("{$prefix}_ra", 3), tp("{$prefix}_nope", 0)]), $prefix), "\n";
$m = $consumer->consume(1500);
echo "consume while paused: ", $m->err, "\n";
echo "resumed: ", tps($consumer->resumePartitions(['k' => tp("{$prefix}_ra", 0), 'l' => tp("{$prefix}_nope", 0)]), $prefix), "\n";
$m = $consumer->consume(10000);
echo "consume after resume: ", $m->err, ' ', $m->payload, "\n";

echo "--- KafkaConsumerTopic::offsetStore()\n";
attempt(fn () => $topicA->offsetStore(2, 6));
attempt(fn () => $topicA->offsetStore(3, 0));
attempt(fn () => $topicA->offsetStore(-1, 0));
attempt(fn () => $consumer->commit());
echo "committed: ", tps($consumer->getCommittedOffsets([tp("{$prefix}_ra", 0), tp("{$prefix}_ra", 2)], 10000), $prefix), "\n";
unset($topicA);
$topicA = $consumer->newTopic("{$prefix}_ra");
attempt(fn () => $topicA->offsetStore(0, 3));
unset($topicA);
$m = $consumer->consume(500);
echo "consume after unset: ", $m->err, "\n";
attempt(fn () => $consumer->commit());
echo "committed: ", tps($consumer->getCommittedOffsets([tp("{$prefix}_ra", 0), tp("{$prefix}_ra", 2)], 10000), $prefix), "\n";
$consumer->close();
unset($consumer);
echo "threads: ", rd_kafka_thread_cnt(), "\n";

echo "--- cooperative-sticky: incrementalAssign() / incrementalUnassign()\n";
$topic = "{$prefix}_coop";
$conf = conf($brokers);
$conf->set('partition.assignment.strategy', 'cooperative-sticky');
$conf->setRebalanceCb(function (RdKafka\KafkaConsumer $consumer, int $err, array $partitions) use ($prefix) {
    echo "rebalance: $err ", tps($partitions, $prefix), "\n";
    if ($err === RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        attempt(fn () => $consumer->assign($partitions));
        $consumer->incrementalAssign($partitions);
    } else {
        $consumer->incrementalUnassign($partitions);
    }
    echo "assignment: ", tps($consumer->getAssignment(), $prefix), "\n";
});
$consumer = new RdKafka\KafkaConsumer($conf);
$consumer->subscribe([$topic]);
waitFor($consumer, fn () => count($consumer->getAssignment()) === 4);
attempt(fn () => $consumer->incrementalUnassign([tp($topic, 2)]));
echo "assignment: ", tps($consumer->getAssignment(), $prefix), "\n";
attempt(fn () => $consumer->incrementalUnassign([tp($topic, 2)]));
attempt(fn () => $consumer->incrementalUnassign([tp('zz', 0)]));
attempt(fn () => $consumer->incrementalAssign([tp($topic, 2, 5)]));
echo "assignment: ", tps($consumer->getAssignment(), $prefix), "\n";
attempt(fn () => $consumer->incrementalAssign([tp($topic, 0)]));
attempt(fn () => $consumer->assign(null));
attempt(fn () => $consumer->incrementalAssign([]));
attempt(fn () => $consumer->incrementalAssign([new stdClass()]));
attempt(fn () => $consumer->incrementalUnassign(['x']));
echo "assignment: ", tps($consumer->getAssignment(), $prefix), "\n";
echo "close:\n";
$consumer->close();
attempt(fn () => $consumer->getAssignment());
echo "threads: ", rd_kafka_thread_cnt(), "\n";
unset($consumer, $conf);

echo "--- callbacks capturing the consumer do not keep it alive\n";
foreach (['assign()' => false, 'subscribe()' => true] as $label => $subscribe) {
    echo "$label:\n";
    $holder = new stdClass();
    $conf = conf($brokers);
    $conf->setRebalanceCb(function (RdKafka\KafkaConsumer $c, int $err, array $partitions) use ($holder, &$consumer) {
        echo "rebalance: $err ", count($partitions), ' ', var_export($c === $holder->consumer && $c === $consumer, true), "\n";
        $c->assign($err === RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS ? $partitions : null);
    });
    $conf->setErrorCb(function ($c, int $err, string $reason) use ($holder, &$consumer) {
        echo "error: $err $reason\n";
    });
    $consumer = new RdKafka\KafkaConsumer($conf);
    $holder->consumer = $consumer;
    $weak = WeakReference::create($consumer);
    if ($subscribe) {
        $consumer->subscribe(["{$prefix}_coop"]);
        waitFor($consumer, fn () => count($consumer->getAssignment()) === 4);
    } else {
        $consumer->assign([tp("{$prefix}_ra", 0, RD_KAFKA_OFFSET_END)]);
        $m = $consumer->consume(100);
    }
    echo "assignment: ", count($consumer->getAssignment()), "\n";
    $alias = $consumer;
    unset($consumer, $conf, $holder);
    echo "before gc: ", $weak->get() === null ? 'freed' : 'alive', "\n";
    unset($alias);
    // destruction leaves the group without calling the PHP rebalance callback
    gc_collect_cycles();
    echo "after gc: ", $weak->get() === null ? 'freed' : 'alive', "\n";
    echo "threads: ", rd_kafka_thread_cnt(), "\n";
}

echo "--- a KafkaConsumerTopic outliving its consumer\n";
$consumer = new RdKafka\KafkaConsumer(conf($brokers));
$topic = $consumer->newTopic("{$prefix}_ra");
unset($consumer);
echo str_replace($prefix, 'P', $topic->getName()), "\n";
unset($topic);
echo "threads: ", rd_kafka_thread_cnt(), "\n";
?>
--EXPECTF--
--- constructor errors
threads: 0
RdKafka\Exception (0): "group.id" must be configured
RdKafka\Exception (0): "group.id" must be configured

Warning: file_get_contents(%S): Failed to open stream: No such file or directory in %s on line %d
bool(false)
ArgumentCountError (0): RdKafka\KafkaConsumer::__construct() expects exactly 1 argument, 0 given
TypeError (0): RdKafka\KafkaConsumer::__construct(): Argument #1 ($conf) must be of type RdKafka\Conf, null given
TypeError (0): RdKafka\KafkaConsumer::__construct(): Argument #1 ($conf) must be of type RdKafka\Conf, RdKafka\TopicConf given
threads: 0
--- second __construct()
threads running: true
RdKafka\Exception (-172): RdKafka\KafkaConsumer::__construct() has already been called
ok: []
--- subscribe() / getSubscription() / unsubscribe()
ok: null
array(2) {
  [1]=>
  int(123)
  ["x"]=>
  string(%d) "kafka_consumer_lifecycle_%s_name"
}
subscription: ["123","P_name"]
ok: null
subscription: ["^P_re.*","P_a","P_b"]
RdKafka\Exception (-186): Local: Invalid argument or configuration
subscription: ["^P_re.*","P_a","P_b"]
ok: null
ok: []
--- assign() / getAssignment()
ok: null
assignment: [0] P_x/0@5 [1] P_x/1@0
ok: null
assignment: (none)
ok: null
assignment: [0] P_x/2@-1
ok: null
ok: []
TypeError (0): Argument 1 passed to RdKafka\KafkaConsumer::assign() must be an array of RdKafka\TopicPartition, at least one element is a(n) stdClass
TypeError (0): Argument 1 passed to RdKafka\KafkaConsumer::assign() must be an array of RdKafka\TopicPartition, at least one element is a(n) null
ok: []
--- close()
ok: null
threads: 0
close: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
consume: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
subscribe: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
getSubscription: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
unsubscribe: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
assign: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
getAssignment: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
incrementalAssign: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
incrementalUnassign: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
commit: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
commitAsync: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
newTopic: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
getMetadata: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
getControllerId: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
getCommittedOffsets: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
getOffsetPositions: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
offsetsForTimes: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
pausePartitions: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
resumePartitions: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
queryWatermarkOffsets: Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
low/high untouched: -5/-5
--- regex subscription
flush: 0
consumed: ra,rb
subscription: ["^P_r.*"]
assignment: [0] P_ra/0@-1000 [1] P_ra/1@-1000 [2] P_ra/2@-1000 [3] P_ra/3@-1000 [4] P_rb/0@-1000 [5] P_rb/1@-1000 [6] P_rb/2@-1000 [7] P_rb/3@-1000
subscription: []
assignment: (none)
--- broker queries
watermarks ra/0: 0 1
watermarks ra/1: 0 0
RdKafka\Exception (-190): Local: Unknown partition
low/high untouched: -5/-5
controller: int true
brokers: 3
RdKafka\KafkaConsumerTopic P_ra
metadata: P_ra partitions=4 err=0
offsetsForTimes: [0] P_ra/0@1 [1] P_ra/1@0 [2] P_rb/1@1 [3] P_rb/0@0
--- pause / resume
paused: [0] P_ra/0@0 [1] P_ra/3@0 [2] P_nope/0@0 err=-190
consume while paused: -185
resumed: [0] P_ra/0@0 [1] P_nope/0@0 err=-190
consume after resume: 0 ra
--- KafkaConsumerTopic::offsetStore()
ok: null
RdKafka\Exception (-172): Local: Erroneous state
InvalidArgumentException (0): Out of range value '-1' for $partition
ok: null
committed: [0] P_ra/0@1 [1] P_ra/2@7
ok: null
consume after unset: -185
ok: null
committed: [0] P_ra/0@4 [1] P_ra/2@7
threads: 0
--- cooperative-sticky: incrementalAssign() / incrementalUnassign()
rebalance: -175 [0] P_coop/0@-1001 [1] P_coop/1@-1001 [2] P_coop/2@-1001 [3] P_coop/3@-1001
RdKafka\Exception (-172): Local: Erroneous state
assignment: [0] P_coop/0@-1000 [1] P_coop/1@-1000 [2] P_coop/2@-1000 [3] P_coop/3@-1000
ok: null
assignment: [0] P_coop/0@-1000 [1] P_coop/1@-1000 [2] P_coop/3@-1000
RdKafka\Exception (0): kafka_consumer_lifecycle_%s_coop [2] can't be unassigned since it is not in the current assignment
RdKafka\Exception (0): zz [0] can't be unassigned since it is not in the current assignment
ok: null
assignment: [0] P_coop/0@-1000 [1] P_coop/1@-1000 [2] P_coop/2@5 [3] P_coop/3@-1000
RdKafka\Exception (0): kafka_consumer_lifecycle_%s_coop [0] is already part of the current assignment
RdKafka\Exception (-172): Local: Erroneous state
ok: null
TypeError (0): Argument 1 passed to RdKafka\KafkaConsumer::incrementalAssign() must be an array of RdKafka\TopicPartition, at least one element is a(n) stdClass
TypeError (0): Argument 1 passed to RdKafka\KafkaConsumer::incrementalUnassign() must be an array of RdKafka\TopicPartition, at least one element is a(n) string
assignment: [0] P_coop/0@-1000 [1] P_coop/1@-1000 [2] P_coop/2@5 [3] P_coop/3@-1000
close:
rebalance: -174 [0] P_coop/0@-1001 [1] P_coop/1@-1001 [2] P_coop/2@-1001 [3] P_coop/3@-1001
assignment: (none)
Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
threads: 0
--- callbacks capturing the consumer do not keep it alive
assign():
assignment: 1
before gc: alive
after gc: freed
threads: 0
subscribe():
rebalance: -175 4 true
assignment: 4
before gc: alive
after gc: freed
threads: 0
--- a KafkaConsumerTopic outliving its consumer
P_ra
threads: 0
