--TEST--
Legacy RdKafka\Consumer with ConsumerTopic: consumeStart/consume, consumeBatch, consumeCallback (a throwing callback leaves the rest queued), "already being consumed" checks, argument validation, -190 errors, partition EOF
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
class CallbackFailed extends RuntimeException {}

function conf(array $settings = []): RdKafka\Conf
{
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
    $conf->set('log_level', '0');
    foreach ($settings as $name => $value) {
        $conf->set($name, $value);
    }
    return $conf;
}

function attempt(string $label, callable $fn): void
{
    try {
        $result = $fn();
        echo "$label: no exception, returned ", var_export($result, true), "\n";
    } catch (Throwable $e) {
        global $topicName;
        echo "$label: ", get_class($e), ' (', $e->getCode(), '): ', str_replace($topicName, 'TOPIC', $e->getMessage()), "\n";
    }
}

/** Everything a consumed message carries, on one line (the topic name checked apart). */
function describe(RdKafka\Message $m): string
{
    global $topicName;
    if ($m->topic_name !== $topicName) {
        return 'wrong topic ' . var_export($m->topic_name, true);
    }
    return sprintf(
        'err=%d p%d o%d payload=%s len=%s key=%s headers=%s ts=%s',
        $m->err, $m->partition, $m->offset, var_export($m->payload, true), var_export($m->len, true),
        var_export($m->key, true), json_encode($m->headers), is_int($m->timestamp) && $m->timestamp > 0 ? 'int' : var_export($m->timestamp, true)
    );
}

const N = 5;
$topicName = 'consumer_topic_legacy_' . uniqid();
$producer = new RdKafka\Producer(conf());
$ptopic = $producer->newTopic($topicName);
$expected = [];
for ($p = 0; $p < 4; $p++) {
    for ($i = 0; $i < N; $i++) {
        if ($i === N - 1) {
            // the last one of each partition: no key, no headers
            $ptopic->producev($p, 0, "p$p-m$i");
            $expected[$p][] = sprintf("err=0 p%d o%d payload='p%d-m%d' len=5 key=NULL headers=[] ts=int", $p, $i, $p, $i);
        } else {
            $ptopic->producev($p, 0, "p$p-m$i", "k$p-$i", ['idx' => "$i", 'bin' => "\0x"]);
            $expected[$p][] = sprintf("err=0 p%d o%d payload='p%d-m%d' len=5 key='k%d-%d' headers={\"idx\":\"%d\",\"bin\":\"\\u0000x\"} ts=int", $p, $i, $p, $i, $p, $i, $i);
        }
    }
}
echo "flush: ", $producer->flush(10000), "\n";

$consumer = new RdKafka\Consumer(conf());
$topic = $consumer->newTopic($topicName);
echo get_class($topic), ' ', var_export($topic->getName() === $topicName, true), "\n";

echo "--- consumeStart + consume (partition 0)\n";
$topic->consumeStart(0, RD_KAFKA_OFFSET_BEGINNING);
$got = [];
$deadline = microtime(true) + 10;
while (count($got) < N && microtime(true) < $deadline) {
    $m = $topic->consume(0, 1000);
    if ($m !== null) {
        $got[] = describe($m);
    }
}
echo implode("\n", $got), "\n";
echo "identical to what was produced: ", var_export($got === $expected[0], true), "\n";
echo "consume on timeout: ", var_export($topic->consume(0, 200), true), "\n";

echo "--- already being consumed\n";
attempt('consumeStart again', fn () => $topic->consumeStart(0, RD_KAFKA_OFFSET_BEGINNING));
$sameName = $consumer->newTopic($topicName);
echo "another Topic object: ", var_export($sameName !== $topic, true), "\n";
$name = fn (string $s) => str_replace($topicName, 'TOPIC', $s);
try {
    $sameName->consumeStart(0, RD_KAFKA_OFFSET_END);
} catch (RdKafka\Exception $e) {
    echo "consumeStart through it: ", get_class($e), ' (', $e->getCode(), '): ', $name($e->getMessage()), "\n";
}
try {
    $sameName->consumeQueueStart(0, RD_KAFKA_OFFSET_END, $consumer->newQueue());
} catch (RdKafka\Exception $e) {
    echo "consumeQueueStart through it: ", get_class($e), ' (', $e->getCode(), '): ', $name($e->getMessage()), "\n";
}
unset($sameName);
echo "message text: ", var_export($e->getMessage() === "$topicName:0 is already being consumed by the same Consumer instance", true), "\n";

echo "--- consumeBatch (partition 1)\n";
$topic->consumeStart(1, RD_KAFKA_OFFSET_BEGINNING);
$got = [];
$deadline = microtime(true) + 10;
while (count($got) < N && microtime(true) < $deadline) {
    foreach ($topic->consumeBatch(1, 1000, 100) as $m) {
        $got[] = describe($m);
    }
}
echo "identical to what was produced: ", var_export($got === $expected[1], true), "\n";
echo "consumeBatch on timeout: ", var_export($topic->consumeBatch(1, 200, 10), true), "\n";

echo "--- consumeCallback (partition 2)\n";
$topic->consumeStart(2, RD_KAFKA_OFFSET_BEGINNING);
$got = [];
$counted = 0;
$deadline = microtime(true) + 10;
while (count($got) < N && microtime(true) < $deadline) {
    $counted += $topic->consumeCallback(2, 1000, function ($m) use (&$got) {
        $got[] = describe($m);
    });
}
// librdkafka also counts the internal ops it served (the barrier queued by consumeStart).
echo "returned counts cover every message: ", var_export($counted >= N && $counted <= N + 1, true), "\n";
echo "identical to what was produced: ", var_export($got === $expected[2], true), "\n";
echo "consumeCallback on timeout: ", $topic->consumeCallback(2, 200, fn ($m) => print("unexpected\n")), "\n";

echo "--- consumeCallback whose callback throws on the 2nd message (partition 3)\n";
$topic->consumeStart(3, RD_KAFKA_OFFSET_BEGINNING);
usleep(1000000); // the five messages are fetched: one consumeCallback serves them all
$seen = [];
$callback = function (RdKafka\Message $m) use (&$seen) {
    $seen[] = $m->payload;
    if (count($seen) === 2) {
        throw new CallbackFailed("failed on $m->payload", 2);
    }
};
$deadline = microtime(true) + 10;
while (microtime(true) < $deadline) {
    try {
        $topic->consumeCallback(3, 1000, $callback);
    } catch (CallbackFailed $e) {
        echo "consumeCallback threw ", get_class($e), ' (', $e->getCode(), '): ', $e->getMessage(), "\n";
        break;
    }
}
echo "callback saw: ", implode(',', $seen), "\n";
$m = $topic->consume(3, 1000);
echo "next consume: ", $m === null ? 'null' : $m->payload, "\n";
echo "then consumeCallback: ", $topic->consumeCallback(3, 1000, function ($m) use (&$seen) { $seen[] = $m->payload; }), "\n";
echo "callback saw: ", implode(',', $seen), "\n";

echo "--- argument checks\n";
attempt('consumeBatch size 0', fn () => $topic->consumeBatch(-5, 100, 0));
attempt('consumeBatch size -3', fn () => $topic->consumeBatch(0, 100, -3));
attempt('consumeBatch partition -5', fn () => $topic->consumeBatch(-5, 100, 1));
attempt('consumeCallback UA', fn () => $topic->consumeCallback(RD_KAFKA_PARTITION_UA, 100, fn () => null));
attempt('offsetStore UA', fn () => $topic->offsetStore(RD_KAFKA_PARTITION_UA, 0));
attempt('consumeStart 2147483648', fn () => $topic->consumeStart(2147483648, RD_KAFKA_OFFSET_BEGINNING));
attempt('consumeStop -2', fn () => $topic->consumeStop(-2));
attempt('consume 2147483648', fn () => $topic->consume(2147483648, 0));
attempt('consumeQueueStart -3', fn () => $topic->consumeQueueStart(-3, 0, $consumer->newQueue()));

echo "--- partitions that were never started\n";
// Partition 7 does not exist in the topic (4 partitions).
attempt('consume not started', fn () => $topic->consume(7, 100));
attempt('consumeStop not started', fn () => $topic->consumeStop(7));
attempt('consumeBatch not started', fn () => $topic->consumeBatch(7, 100, 10));
attempt('consumeCallback not started', fn () => $topic->consumeCallback(7, 100, fn () => print("unexpected\n")));
attempt('offsetStore unknown partition', fn () => $topic->offsetStore(7, 1));
attempt('offsetStore started partition', fn () => $topic->offsetStore(1, 1));
// UA passes the PHP check; librdkafka refuses to start it, and a failed start marks nothing.
attempt('consumeStart UA', fn () => $topic->consumeStart(RD_KAFKA_PARTITION_UA, RD_KAFKA_OFFSET_BEGINNING));
attempt('consumeStart UA again', fn () => $topic->consumeStart(RD_KAFKA_PARTITION_UA, RD_KAFKA_OFFSET_BEGINNING));
// A consumer that never gets metadata knows no partition at all.
$offline = new RdKafka\Consumer(conf(['bootstrap.servers' => '127.0.0.1:1']));
$offlineTopic = $offline->newTopic($topicName);
attempt('offline consume not started', fn () => $offlineTopic->consume(0, 0));
attempt('offline consumeStop not started', fn () => $offlineTopic->consumeStop(0));

echo "--- consumeStop, then start again\n";
for ($p = 0; $p < 4; $p++) {
    $topic->consumeStop($p);
}
echo "stopped\n";
$topic->consumeStart(0, N - 1);
$m = $topic->consume(0, 5000);
echo "restarted at offset ", N - 1, ": ", $m === null ? 'null' : describe($m), "\n";
$topic->consumeStop(0);

echo "--- enable.partition.eof=true\n";
$eofConsumer = new RdKafka\Consumer(conf(['enable.partition.eof' => 'true']));
$eofTopic = $eofConsumer->newTopic($topicName);
$eofTopic->consumeStart(1, RD_KAFKA_OFFSET_BEGINNING);
$got = [];
$deadline = microtime(true) + 10;
while (microtime(true) < $deadline) {
    $m = $eofTopic->consume(1, 1000);
    if ($m === null) {
        continue;
    }
    if ($m->err === RD_KAFKA_RESP_ERR__PARTITION_EOF) {
        break;
    }
    $got[] = describe($m);
}
echo "messages before EOF identical: ", var_export($got === $expected[1], true), "\n";
printf("EOF: err=%d (%s) partition=%d offset=%d topic=%s\n", $m->err, $m->errstr(), $m->partition, $m->offset,
    var_export($m->topic_name === $topicName, true));
echo "after EOF: ", var_export($eofTopic->consume(1, 300), true), "\n";
$eofBatch = $eofConsumer->newTopic($topicName);
$eofBatch->consumeStart(2, RD_KAFKA_OFFSET_BEGINNING);
$errs = [];
$deadline = microtime(true) + 10;
while (microtime(true) < $deadline && !in_array(RD_KAFKA_RESP_ERR__PARTITION_EOF, $errs, true)) {
    foreach ($eofBatch->consumeBatch(2, 1000, 100) as $m) {
        $errs[] = $m->err;
    }
}
echo "consumeBatch errs: ", implode(',', $errs), "\n";
?>
--EXPECT--
flush: 0
RdKafka\ConsumerTopic true
--- consumeStart + consume (partition 0)
err=0 p0 o0 payload='p0-m0' len=5 key='k0-0' headers={"idx":"0","bin":"\u0000x"} ts=int
err=0 p0 o1 payload='p0-m1' len=5 key='k0-1' headers={"idx":"1","bin":"\u0000x"} ts=int
err=0 p0 o2 payload='p0-m2' len=5 key='k0-2' headers={"idx":"2","bin":"\u0000x"} ts=int
err=0 p0 o3 payload='p0-m3' len=5 key='k0-3' headers={"idx":"3","bin":"\u0000x"} ts=int
err=0 p0 o4 payload='p0-m4' len=5 key=NULL headers=[] ts=int
identical to what was produced: true
consume on timeout: NULL
--- already being consumed
consumeStart again: RdKafka\Exception (0): TOPIC:0 is already being consumed by the same Consumer instance
another Topic object: true
consumeStart through it: RdKafka\Exception (0): TOPIC:0 is already being consumed by the same Consumer instance
consumeQueueStart through it: RdKafka\Exception (0): TOPIC:0 is already being consumed by the same Consumer instance
message text: true
--- consumeBatch (partition 1)
identical to what was produced: true
consumeBatch on timeout: array (
)
--- consumeCallback (partition 2)
returned counts cover every message: true
identical to what was produced: true
consumeCallback on timeout: 0
--- consumeCallback whose callback throws on the 2nd message (partition 3)
consumeCallback threw CallbackFailed (2): failed on p3-m1
callback saw: p3-m0,p3-m1
next consume: p3-m2
then consumeCallback: 2
callback saw: p3-m0,p3-m1,p3-m3,p3-m4
--- argument checks
consumeBatch size 0: InvalidArgumentException (0): Out of range value '0' for batch_size
consumeBatch size -3: InvalidArgumentException (0): Out of range value '-3' for batch_size
consumeBatch partition -5: InvalidArgumentException (0): Out of range value '-5' for $partition
consumeCallback UA: InvalidArgumentException (0): Out of range value '-1' for $partition
offsetStore UA: InvalidArgumentException (0): Out of range value '-1' for $partition
consumeStart 2147483648: InvalidArgumentException (0): Out of range value '2147483648' for $partition
consumeStop -2: InvalidArgumentException (0): Out of range value '-2' for $partition
consume 2147483648: InvalidArgumentException (0): Out of range value '2147483648' for $partition
consumeQueueStart -3: InvalidArgumentException (0): Out of range value '-3' for $partition
--- partitions that were never started
consume not started: RdKafka\Exception (-190): Local: Unknown partition
consumeStop not started: RdKafka\Exception (-190): Local: Unknown partition
consumeBatch not started: RdKafka\Exception (-190): Local: Unknown partition
consumeCallback not started: no exception, returned -1
offsetStore unknown partition: RdKafka\Exception (-190): Local: Unknown partition
offsetStore started partition: no exception, returned NULL
consumeStart UA: RdKafka\Exception (-190): Local: Unknown partition
consumeStart UA again: RdKafka\Exception (-190): Local: Unknown partition
offline consume not started: RdKafka\Exception (-190): Local: Unknown partition
offline consumeStop not started: RdKafka\Exception (-190): Local: Unknown partition
--- consumeStop, then start again
stopped
restarted at offset 4: err=0 p0 o4 payload='p0-m4' len=5 key=NULL headers=[] ts=int
--- enable.partition.eof=true
messages before EOF identical: true
EOF: err=-191 (Broker: No more messages) partition=1 offset=5 topic=true
after EOF: NULL
consumeBatch errs: 0,0,0,0,0,-191
