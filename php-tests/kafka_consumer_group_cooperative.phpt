--TEST--
KafkaConsumer group with partition.assignment.strategy=cooperative-sticky: a rebalance callback using incrementalAssign()/incrementalUnassign(); getAssignment() follows each step and every message is read exactly once
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$topicName = 'group_cooperative_' . uniqid();
$group = 'group_cooperative_' . uniqid();

$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf);
$topic = $producer->newTopic($topicName);
// The topic exists (with its 4 partitions) before the consumers subscribe.
echo "metadata: ", count($producer->getMetadata(false, $topic, 10000)->getTopics()), "\n";

$log = ['a' => [], 'b' => []];
$problems = [];

/** "topic[partition]" names, sorted. */
function names(array $partitions): array
{
    $names = array_map(fn ($tp) => $tp->getTopic() . '[' . $tp->getPartition() . ']', $partitions);
    sort($names);
    return $names;
}

function groupConsumer(string $name, string $group, array &$log, array &$problems): RdKafka\KafkaConsumer
{
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
    $conf->set('log_level', '0');
    $conf->set('group.id', $group);
    $conf->set('auto.offset.reset', 'earliest');
    $conf->set('partition.assignment.strategy', 'cooperative-sticky');
    // The mock coordinator waits up to session.timeout.ms - 1 s for the members to rejoin; the
    // heartbeat tells a member that the group rebalances.
    $conf->set('session.timeout.ms', '6000');
    $conf->set('heartbeat.interval.ms', '500');
    $known = [];
    // Once close() has left the group, librdkafka may refuse queries (-197) in the revocation it
    // serves: the assignment is then what the callback itself knows it to be.
    $assignment = function (RdKafka\KafkaConsumer $c, array $fallback): array {
        try {
            return names($c->getAssignment());
        } catch (RdKafka\Exception $e) {
            if ($e->getCode() !== RD_KAFKA_RESP_ERR__DESTROY) {
                throw $e;
            }
            return $fallback;
        }
    };
    $conf->setRebalanceCb(function (RdKafka\KafkaConsumer $c, int $err, array $partitions) use ($name, &$log, &$problems, &$known, $assignment) {
        $before = $assignment($c, $known);
        $change = names($partitions);
        switch ($err) {
            case RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS:
                $c->incrementalAssign($partitions);
                $want = array_merge($before, $change);
                sort($want);
                $sign = '+';
                break;
            case RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS:
                $c->incrementalUnassign($partitions);
                $want = array_values(array_diff($before, $change));
                $sign = '-';
                break;
            default:
                $problems[] = "$name: rebalance error $err";
                return;
        }
        $known = $assignment($c, $want);
        // A cooperative round that moves nothing for this member (+0) is not a step of its own.
        if ($partitions !== []) {
            $log[$name][] = $sign . count($partitions) . ' => ' . count($known);
        }
        if ($known !== $want) {
            $problems[] = "$name: assignment " . implode(',', $known) . ', expected ' . implode(',', $want);
        }
    });
    return new RdKafka\KafkaConsumer($conf);
}

$consumers = [
    'a' => groupConsumer('a', $group, $log, $problems),
    'b' => groupConsumer('b', $group, $log, $problems),
];
foreach ($consumers as $c) {
    $c->subscribe([$topicName]);
}

$got = ['a' => [], 'b' => []];
$read = function (int $timeout) use (&$consumers, &$got, &$problems, $topicName) {
    foreach ($consumers as $name => $c) {
        $m = $c->consume($timeout);
        if ($m->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
            if ($m->topic_name !== $topicName) {
                $problems[] = "$name: message of topic " . var_export($m->topic_name, true);
            }
            $got[$name][] = $m->payload;
        } elseif ($m->err !== RD_KAFKA_RESP_ERR__TIMED_OUT) {
            $problems[] = "$name: consume error " . $m->errstr();
        }
    }
};
$sizes = function () use (&$consumers) {
    return array_map(fn ($c) => count($c->getAssignment()), $consumers);
};
$readQuietly = function () use ($read) {
    // A little longer: a duplicate delivered late would show up here.
    $quiet = microtime(true) + 1;
    while (microtime(true) < $quiet) {
        $read(100);
    }
};

echo "--- both join at once\n";
// The messages are produced once the group has settled: offsets of messages read on a partition
// that then moves may not be committed yet (the mock refuses commits during a rebalance), and
// the new owner would read them again: the protocol's at-least-once, not what this test checks.
$deadline = microtime(true) + 20;
while (microtime(true) < $deadline) {
    $read(100);
    $n = $sizes();
    if ($n['a'] > 0 && $n['b'] > 0 && array_sum($n) === 4) {
        break;
    }
}
$expected = [];
for ($i = 0; $i < 40; $i++) {
    $expected[] = sprintf('m%02d', $i);
    $topic->produce($i % 4, 0, sprintf('m%02d', $i));
}
echo "flush: ", $producer->flush(10000), "\n";
$deadline = microtime(true) + 20;
while (microtime(true) < $deadline && count($got['a']) + count($got['b']) < 40) {
    $read(100);
}
$readQuietly();
$n = $sizes();
echo "a assigned partitions: ", var_export($n['a'] > 0, true), "\n";
echo "b assigned partitions: ", var_export($n['b'] > 0, true), "\n";
echo "final assignment sizes sum: ", array_sum($n), "\n";
$union = array_merge(names($consumers['a']->getAssignment()), names($consumers['b']->getAssignment()));
sort($union);
echo "disjoint and complete: ", var_export($union === names(array_map(fn ($p) => new RdKafka\TopicPartition($topicName, $p), range(0, 3))), true), "\n";
echo "a: ", implode(', ', $log['a']), "\n";
echo "b: ", implode(', ', $log['b']), "\n";
$all = array_merge($got['a'], $got['b']);
echo "messages read: ", count($all), "\n";
sort($all);
echo "every message exactly once: ", var_export($all === $expected, true), "\n";
echo implode(',', $all), "\n";

echo "--- b leaves: a gets b's partitions added, keeping its own\n";
foreach ($consumers as $c) {
    try {
        $c->commit(); // the mock refuses commits once a rebalance is under way
    } catch (RdKafka\Exception $e) {
        // The auto-commit timer may have committed them all already.
        if ($e->getCode() !== RD_KAFKA_RESP_ERR__NO_OFFSET) {
            throw $e;
        }
    }
}
$log = ['a' => [], 'b' => []];
$consumers['b']->close();
echo "b: ", implode(', ', $log['b']), "\n";
unset($consumers['b']);
$got = ['a' => []];
$deadline = microtime(true) + 15;
while (microtime(true) < $deadline && count($consumers['a']->getAssignment()) !== 4) {
    $read(100);
}
echo "a: ", implode(', ', $log['a']), "\n";
echo "redelivered after the rebalance: ", count($got['a']), "\n";
for ($i = 40; $i < 48; $i++) {
    $topic->produce($i % 4, 0, sprintf('m%02d', $i));
}
echo "flush: ", $producer->flush(10000), "\n";
$deadline = microtime(true) + 10;
while (microtime(true) < $deadline && count($got['a']) < 8) {
    $read(100);
}
$readQuietly();
sort($got['a']);
echo "a read: ", implode(',', $got['a']), "\n";
echo "final assignment size: ", count($consumers['a']->getAssignment()), "\n";

echo "--- incremental errors\n";
try {
    $consumers['a']->incrementalUnassign([new RdKafka\TopicPartition('zz', 0)]);
} catch (RdKafka\Exception $e) {
    echo get_class($e), ' (', $e->getCode(), '): ', $e->getMessage(), "\n";
}
try {
    $consumers['a']->incrementalAssign([new RdKafka\TopicPartition($topicName, 1)]);
} catch (RdKafka\Exception $e) {
    echo get_class($e), ' (', $e->getCode(), '): ', str_replace($topicName, 'TOPIC', $e->getMessage()), "\n";
}
$consumers['a']->close();
echo "a: ", implode(', ', $log['a']), "\n";
echo "problems: ", $problems ? implode('; ', $problems) : 'none', "\n";
?>
--EXPECT--
metadata: 1
--- both join at once
flush: 0
a assigned partitions: true
b assigned partitions: true
final assignment sizes sum: 4
disjoint and complete: true
a: +2 => 2
b: +2 => 2
messages read: 40
every message exactly once: true
m00,m01,m02,m03,m04,m05,m06,m07,m08,m09,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24,m25,m26,m27,m28,m29,m30,m31,m32,m33,m34,m35,m36,m37,m38,m39
--- b leaves: a gets b's partitions added, keeping its own
b: -2 => 0
a: +2 => 4
redelivered after the rebalance: 0
flush: 0
a read: m40,m41,m42,m43,m44,m45,m46,m47
final assignment size: 4
--- incremental errors
RdKafka\Exception (0): zz [0] can't be unassigned since it is not in the current assignment
RdKafka\Exception (0): TOPIC [1] is already part of the current assignment
a: +2 => 4, -4 => 0
problems: none
