--TEST--
KafkaConsumer destroyed without close() while it holds an assignment and has a rebalance callback: destruction leaves the group (the revocation falls back to dropping the assignment, the PHP callback is not called) and does not hang
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$topicName = 'destroy_rebalance_cb_' . uniqid();
$group = 'destroy_rebalance_cb_' . uniqid();
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf);
$topic = $producer->newTopic($topicName);
for ($i = 0; $i < 4; $i++) {
    $topic->produce($i, 0, "m$i");
}
echo "flush: ", $producer->flush(10000), "\n";

function consumer(string $group, string $strategy, array &$events): RdKafka\KafkaConsumer
{
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
    $conf->set('log_level', '0');
    $conf->set('group.id', $group);
    $conf->set('auto.offset.reset', 'earliest');
    $conf->set('partition.assignment.strategy', $strategy);
    $conf->set('session.timeout.ms', '6000');
    $conf->set('heartbeat.interval.ms', '500');
    $conf->setRebalanceCb(function (RdKafka\KafkaConsumer $c, int $err, array $partitions) use (&$events, $strategy) {
        $events[] = "$err:" . count($partitions);
        $incremental = $strategy === 'cooperative-sticky';
        if ($err === RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
            $incremental ? $c->incrementalAssign($partitions) : $c->assign($partitions);
        } else {
            $incremental ? $c->incrementalUnassign($partitions) : $c->assign(null);
        }
    });
    return new RdKafka\KafkaConsumer($conf);
}

function readAll(RdKafka\KafkaConsumer $c, int $count): int
{
    $n = 0;
    $deadline = microtime(true) + 15;
    while ($n < $count && microtime(true) < $deadline) {
        if ($c->consume(100)->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
            $n++;
        }
    }
    return $n;
}

foreach (['range' => 'eager', 'cooperative-sticky' => 'cooperative'] as $strategy => $label) {
    echo "--- $label\n";
    $events = [];
    $consumer = consumer($group . $label, $strategy, $events);
    $consumer->subscribe([$topicName]);
    echo "read: ", readAll($consumer, 4), "\n";
    echo "assigned: ", count($consumer->getAssignment()), "\n";
    $weak = WeakReference::create($consumer);
    // Watchdog: a destructor that blocks forever would otherwise stall the whole run.
    if (function_exists('pcntl_alarm')) {
        pcntl_alarm(8);
    }
    unset($consumer);
    if (function_exists('pcntl_alarm')) {
        pcntl_alarm(0);
    }
    echo "destroyed: ", var_export($weak->get(), true), "\n";
    echo "callback events: ", implode(' ', $events), "\n";

    // The group was left: a new member of the group gets all four partitions.
    $events = [];
    $next = consumer($group . $label, $strategy, $events);
    $next->subscribe([$topicName]);
    $deadline = microtime(true) + 15;
    while (count($next->getAssignment()) < 4 && microtime(true) < $deadline) {
        $next->consume(100);
    }
    echo "next member assigned: ", count($next->getAssignment()), "\n";
    $next->close();
    echo "after close: ", implode(' ', $events), "\n";
}
?>
--EXPECT--
flush: 0
--- eager
read: 4
assigned: 4
destroyed: NULL
callback events: -175:4
next member assigned: 4
after close: -175:4 -174:4
--- cooperative
read: 4
assigned: 4
destroyed: NULL
callback events: -175:4
next member assigned: 4
after close: -175:4 -174:4
