--TEST--
KafkaConsumer: a rebalance, offset-commit or stats callback that throws makes consume() throw that exception, and no message is skipped or duplicated (the messages queued behind the throw come with the next consume() calls)
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
class RebalanceFailed extends RuntimeException {}
class CommitFailed extends RuntimeException {}
class StatsFailed extends RuntimeException {}

function baseConf(): RdKafka\Conf
{
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
    $conf->set('log_level', '0');
    return $conf;
}

$producer = new RdKafka\Producer(baseConf());

echo "--- (a) rebalance callback throws after assign()\n";
$topicName = 'callback_throws_a_' . uniqid();
$topic = $producer->newTopic($topicName);
$expected = [];
for ($i = 0; $i < 10; $i++) {
    $expected[] = "a$i";
    $topic->produce($i % 4, 0, "a$i");
}
echo "flush: ", $producer->flush(10000), "\n";

$conf = baseConf();
$conf->set('group.id', 'callback_throws_a_' . uniqid());
$conf->set('auto.offset.reset', 'earliest');
$events = [];
$conf->setRebalanceCb(function (RdKafka\KafkaConsumer $c, int $err, array $partitions) use (&$events) {
    $events[] = "$err:" . count($partitions);
    if ($err === RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        $c->assign($partitions);
        if (count($events) === 1) {
            throw new RebalanceFailed('rebalance callback failed', 7);
        }
    } else {
        $c->assign(null);
    }
});
$consumer = new RdKafka\KafkaConsumer($conf);
$consumer->subscribe([$topicName]);
$got = [];
$thrown = [];
$timeouts = 0;
$deadline = microtime(true) + 15;
while (microtime(true) < $deadline && count($got) < 10) {
    try {
        $m = $consumer->consume(200);
    } catch (Exception $e) {
        $thrown[] = sprintf('%s (%d): %s, after %d messages', get_class($e), $e->getCode(), $e->getMessage(), count($got));
        continue;
    }
    if ($m->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
        $got[] = $m->payload;
    } elseif ($m->err !== RD_KAFKA_RESP_ERR__TIMED_OUT) {
        echo "consume error: ", $m->errstr(), "\n";
    }
}
// Nothing more, nothing twice.
for ($i = 0; $i < 3; $i++) {
    $m = $consumer->consume(300);
    if ($m->err !== RD_KAFKA_RESP_ERR__TIMED_OUT) {
        echo "unexpected: ", $m->err, ' ', $m->payload, "\n";
    }
}
echo "consume() threw: ", implode("\n", $thrown), "\n";
echo "rebalance events: ", implode(' ', $events), "\n";
echo "assignment kept: ", count($consumer->getAssignment()), " partitions\n";
sort($got);
echo "payloads: ", implode(',', $got), "\n";
echo "every message exactly once: ", var_export($got === $expected, true), "\n";
$consumer->close();
echo "after close: ", implode(' ', $events), "\n";

echo "--- (b) offset commit callback throws while a message is queued\n";
$topicName = 'callback_throws_b_' . uniqid();
$topic = $producer->newTopic($topicName);
for ($i = 0; $i < 3; $i++) {
    $topic->produce(0, 0, "b$i");
}
echo "flush: ", $producer->flush(10000), "\n";

$conf = baseConf();
$conf->set('group.id', 'callback_throws_b_' . uniqid());
$conf->set('enable.auto.commit', 'false');
$commits = [];
$conf->setOffsetCommitCb(function (RdKafka\KafkaConsumer $c, int $err, array $offsets) use (&$commits) {
    $list = implode(',', array_map(fn ($tp) => $tp->getPartition() . '@' . $tp->getOffset(), $offsets));
    $commits[] = "$err:$list";
    if ($list === '0@3') {
        throw new CommitFailed("commit callback failed for $list", 3);
    }
});
$consumer = new RdKafka\KafkaConsumer($conf);
$consumer->assign([new RdKafka\TopicPartition($topicName, 0, RD_KAFKA_OFFSET_BEGINNING)]);

$sequence = [];
/** Consumes until a message comes (commitAsync() after each) or a consume() throws. */
$next = function () use ($consumer, &$sequence) {
    $deadline = microtime(true) + 10;
    while (microtime(true) < $deadline) {
        try {
            $m = $consumer->consume(200);
        } catch (Exception $e) {
            $sequence[] = sprintf('[%s (%d): %s]', get_class($e), $e->getCode(), $e->getMessage());
            return;
        }
        if ($m->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
            $sequence[] = $m->payload;
            $consumer->commitAsync($m);
            return;
        }
        if ($m->err !== RD_KAFKA_RESP_ERR__TIMED_OUT) {
            $sequence[] = 'error ' . $m->errstr();
        }
    }
    $sequence[] = 'nothing';
};
$committed = function () use ($consumer, $topicName) {
    return $consumer->getCommittedOffsets([new RdKafka\TopicPartition($topicName, 0)], 5000)[0]->getOffset();
};
for ($i = 0; $i < 3; $i++) {
    $next();
}
// b2's commit (offset 3) is done on the broker, so its callback is queued...
$deadline = microtime(true) + 10;
while (microtime(true) < $deadline && $committed() !== 3) {
    usleep(50000);
}
usleep(300000);
// ... and b3..b5 are fetched behind it.
for ($i = 3; $i < 6; $i++) {
    $topic->produce(0, 0, "b$i");
}
echo "flush: ", $producer->flush(10000), "\n";
usleep(1500000);
for ($i = 0; $i < 4; $i++) {
    $next();
}
echo "sequence: ", implode(' ', $sequence), "\n";
// The commit callbacks of b3..b5 are not lost either.
$deadline = microtime(true) + 10;
while (microtime(true) < $deadline && count($commits) < 6) {
    $m = $consumer->consume(100);
    if ($m->err !== RD_KAFKA_RESP_ERR__TIMED_OUT) {
        echo "unexpected: ", $m->err, ' ', $m->payload, "\n";
    }
}
echo "commit callbacks: ", implode(' ', $commits), "\n";
echo "committed: ", $committed(), "\n";
$consumer->close();

echo "--- (c) stats callback throws: the events after it wait for the next consume()\n";
$topicName = 'callback_throws_c_' . uniqid();
$topic = $producer->newTopic($topicName);
$conf = baseConf();
$conf->set('group.id', 'callback_throws_c_' . uniqid());
$conf->set('statistics.interval.ms', '50');
$stats = 0;
$conf->setStatsCb(function (RdKafka\KafkaConsumer $c, string $json, int $len) use (&$stats) {
    $stats++;
    if ($stats === 3) {
        throw new StatsFailed("stats callback failed on event $stats");
    }
});
$consumer = new RdKafka\KafkaConsumer($conf);
$consumer->assign([new RdKafka\TopicPartition($topicName, 0, RD_KAFKA_OFFSET_BEGINNING)]);
usleep(1000000); // about 20 statistics events are queued...
for ($i = 0; $i < 5; $i++) {
    $topic->produce(0, 0, "c$i");
}
echo "flush: ", $producer->flush(10000), "\n"; // ... and the messages behind them
$thrown = [];
$got = [];
$servedNext = null;
$deadline = microtime(true) + 10;
while (count($got) < 5 && microtime(true) < $deadline) {
    try {
        $m = $consumer->consume(100);
    } catch (StatsFailed $e) {
        $thrown[] = $e->getMessage() . ", callbacks run: $stats";
        $before = $stats;
        $m = $consumer->consume(100);
        $servedNext = $stats - $before;
    }
    if ($m->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
        $got[] = $m->payload;
    }
}
echo "consume() threw: ", implode(' / ', $thrown), "\n";
echo "the next consume() ran the queued statistics callbacks: ", var_export($servedNext > 5, true), "\n";
echo "payloads: ", implode(',', $got), "\n";
$consumer->close();
?>
--EXPECT--
--- (a) rebalance callback throws after assign()
flush: 0
consume() threw: RebalanceFailed (7): rebalance callback failed, after 0 messages
rebalance events: -175:4
assignment kept: 4 partitions
payloads: a0,a1,a2,a3,a4,a5,a6,a7,a8,a9
every message exactly once: true
after close: -175:4 -174:4
--- (b) offset commit callback throws while a message is queued
flush: 0
flush: 0
sequence: b0 b1 b2 [CommitFailed (3): commit callback failed for 0@3] b3 b4 b5
commit callbacks: 0:0@1 0:0@2 0:0@3 0:0@4 0:0@5 0:0@6
committed: 6
--- (c) stats callback throws: the events after it wait for the next consume()
flush: 0
consume() threw: stats callback failed on event 3, callbacks run: 3
the next consume() ran the queued statistics callbacks: true
payloads: c0,c1,c2,c3,c4
