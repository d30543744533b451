--TEST--
KafkaConsumer group: two consumers of one group share a 4-partition topic through an eager rebalance callback (assign on -175, assign(null) on -174); every message is read exactly once, also across a rebalance when one member leaves
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$topicName = 'group_rebalance_' . uniqid();
$group = 'group_rebalance_' . uniqid();

$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf);
$topic = $producer->newTopic($topicName);
// The topic exists (with its 4 partitions) before the consumers subscribe.
echo "metadata: ", count($producer->getMetadata(false, $topic, 10000)->getTopics()), "\n";

$log = ['a' => [], 'b' => []];
$problems = [];

function groupConsumer(string $name, string $group, array &$log, array &$problems): RdKafka\KafkaConsumer
{
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
    $conf->set('log_level', '0');
    $conf->set('group.id', $group);
    $conf->set('auto.offset.reset', 'earliest');
    // The mock coordinator waits up to session.timeout.ms - 1 s for the members to rejoin; the
    // heartbeat tells a member that the group rebalances.
    $conf->set('session.timeout.ms', '6000');
    $conf->set('heartbeat.interval.ms', '500');
    $consumer = null;
    $conf->setRebalanceCb(function ($c, $err, $partitions) use ($name, &$log, &$problems, &$consumer) {
        if ($c !== $consumer) {
            $problems[] = "$name: callback got another consumer object";
        }
        foreach ($partitions as $tp) {
            if (!$tp instanceof RdKafka\TopicPartition) {
                $problems[] = "$name: partition list holds " . get_debug_type($tp);
            }
        }
        switch ($err) {
            case RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS:
                $c->assign($partitions);
                $log[$name][] = 'assign ' . count($partitions);
                if (count($c->getAssignment()) !== count($partitions)) {
                    $problems[] = "$name: assign() did not take";
                }
                break;
            case RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS:
                $c->assign(null);
                $log[$name][] = 'revoke ' . count($partitions);
                try {
                    if ($c->getAssignment() !== []) {
                        $problems[] = "$name: assignment not cleared by assign(null)";
                    }
                } catch (RdKafka\Exception $e) {
                    // Revoked by close(): librdkafka may already refuse queries (-197).
                    if ($e->getCode() !== RD_KAFKA_RESP_ERR__DESTROY) {
                        throw $e;
                    }
                }
                break;
            default:
                $problems[] = "$name: rebalance error $err";
                $c->assign(null);
        }
    });
    $consumer = new RdKafka\KafkaConsumer($conf);
    return $consumer;
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
// The messages are produced once the group has settled: a member that read messages before the
// other joined could see their offsets uncommitted by the rebalance (the mock refuses commits
// while one is under way) and the new owner would read them again, which is the group
// protocol's at-least-once, not what this test is about.
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
foreach ($consumers as $name => $c) {
    foreach ($c->getAssignment() as $tp) {
        if ($tp->getTopic() !== $topicName) {
            $problems[] = "$name: assigned to " . $tp->getTopic();
        }
    }
}
$all = array_merge($got['a'], $got['b']);
echo "messages read: ", count($all), "\n";
sort($all);
echo "every message exactly once: ", var_export($all === $expected, true), "\n";
echo implode(',', $all), "\n";

echo "--- b leaves: a gets the four partitions\n";
// Offsets of the messages handed out are committed; the mock refuses commits once a
// rebalance is under way, so do it now.
foreach ($consumers as $c) {
    try {
        $c->commit();
    } catch (RdKafka\Exception $e) {
        // The auto-commit timer may have committed them all already.
        if ($e->getCode() !== RD_KAFKA_RESP_ERR__NO_OFFSET) {
            throw $e;
        }
    }
}
$heldByB = $n['b'];
$log['a'] = [];
$consumers['b']->close();
echo "b after close: ", end($log['b']) === "revoke $heldByB" ? 'revoked its partitions' : end($log['b']), "\n";
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
$consumers['a']->close();
echo "a after close: ", end($log['a']), "\n";
echo "problems: ", $problems ? implode('; ', $problems) : 'none', "\n";
?>
--EXPECT--
metadata: 1
--- both join at once
flush: 0
a assigned partitions: true
b assigned partitions: true
final assignment sizes sum: 4
messages read: 40
every message exactly once: true
m00,m01,m02,m03,m04,m05,m06,m07,m08,m09,m10,m11,m12,m13,m14,m15,m16,m17,m18,m19,m20,m21,m22,m23,m24,m25,m26,m27,m28,m29,m30,m31,m32,m33,m34,m35,m36,m37,m38,m39
--- b leaves: a gets the four partitions
b after close: revoked its partitions
a: revoke 2, assign 4
redelivered after the rebalance: 0
flush: 0
a read: m40,m41,m42,m43,m44,m45,m46,m47
final assignment size: 4
a after close: revoke 4
problems: none
