--TEST--
Fault injection, KafkaConsumer group of two members with manual commits (periodic, and on revocation in the rebalance callback): the coordinator moves, a broker goes down and comes back, OffsetCommit requests fail with retriable errors; every message is processed at least once, nothing committed is delivered again, and every partition ends up assigned
--SKIPIF--
<?php if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/mock_cluster_fault.inc';

use RdKafka\Test\ApiKey;

$count = 3000;
$partitions = 6;
$cluster = RdKafka\Test\MockCluster::create(3);
$cluster->createTopic('orders', $partitions, 3);
$cluster->setCoordinator('group', 'workers', 1);
$producer = new RdKafka\Producer(fault_conf($cluster, []));
$topic = $producer->newTopic('orders');
for ($seq = 0; $seq < $count; $seq++) {
    $topic->produce($seq % $partitions, 0, "m$seq");
}
echo "produced: ", $producer->flush(FAULT_TIMEOUT_MS) === RD_KAFKA_RESP_ERR_NO_ERROR ? $count : 'NOT ALL', "\n";

$processed = [];          // seq => times processed
$committed = array_fill(0, $partitions, 0); // the group's committed offset, as acknowledged
$pending = ['a' => [], 'b' => []];          // partition => next offset, processed not committed
$redelivered = 0;

/** Commits what $name processed of $owned partitions; a failed commit is retried by the next one. */
function commit_processed(RdKafka\KafkaConsumer $consumer, string $name, array $owned): void
{
    global $pending, $committed;
    $offsets = [];
    foreach ($pending[$name] as $partition => $offset) {
        if (in_array($partition, $owned, true)) {
            $offsets[] = new RdKafka\TopicPartition('orders', $partition, $offset);
        }
    }
    if ($offsets === []) {
        return;
    }
    try {
        $consumer->commit($offsets);
    } catch (RdKafka\Exception $e) {
        return;
    }
    foreach ($offsets as $tp) {
        $committed[$tp->getPartition()] = max($committed[$tp->getPartition()], $tp->getOffset());
        unset($pending[$name][$tp->getPartition()]);
    }
}

$members = [];
foreach (['a', 'b'] as $name) {
    $conf = fault_conf($cluster, [
        'group.id' => 'workers',
        'enable.auto.commit' => 'false',
        'auto.offset.reset' => 'earliest',
        'session.timeout.ms' => 6000,
        'heartbeat.interval.ms' => 500,
    ]);
    // The usual at-least-once pattern: commit what was processed before giving partitions up.
    $conf->setRebalanceCb(function (RdKafka\KafkaConsumer $consumer, int $err, ?array $partitions) use ($name) {
        global $pending;
        if ($err === RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
            $consumer->assign($partitions);
            return;
        }
        commit_processed($consumer, $name, array_map(fn ($tp) => $tp->getPartition(), $partitions ?? []));
        $pending[$name] = [];
        $consumer->assign(null);
    });
    $members[$name] = new RdKafka\KafkaConsumer($conf);
    $members[$name]->subscribe(['orders']);
}

$faults = [
    500 => fn () => $cluster->setCoordinator('group', 'workers', 2),
    1000 => fn () => $cluster->pushRequestErrors(ApiKey::OffsetCommit, 4,
        RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE, RD_KAFKA_RESP_ERR_NOT_COORDINATOR,
        RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT, RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS),
    1500 => fn () => $cluster->setBrokerDown(3),
    2000 => fn () => $cluster->setBrokerUp(3),
    2500 => fn () => $cluster->setCoordinator('group', 'workers', 3),
];

$deadline = microtime(true) + 60;
while ((count($processed) < $count || $committed != array_fill(0, $partitions, $count / $partitions)) && microtime(true) < $deadline) {
    foreach ($members as $name => $consumer) {
        $message = $consumer->consume(100);
        if ($message->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
            if ($message->offset < $committed[$message->partition]) {
                $redelivered++;
            }
            $seq = (int) substr($message->payload, 1);
            $processed[$seq] = ($processed[$seq] ?? 0) + 1;
            $pending[$name][$message->partition] = $message->offset + 1;
            if (count($processed) % 500 === 0 && isset($faults[count($processed)])) {
                $faults[count($processed)]();
                unset($faults[count($processed)]);
            }
        }
        // Every 25 messages, or when idle.
        if (count($processed) % 25 === 0 || $message->err !== RD_KAFKA_RESP_ERR_NO_ERROR) {
            commit_processed($consumer, $name, array_map(fn ($tp) => $tp->getPartition(), $consumer->getAssignment()));
        }
    }
}

echo "processed at least once: ", count($processed) === $count ? 'all' : count($processed) . " of $count", "\n";
echo "faults injected: ", count($faults) === 0 ? 'all' : 'NOT ALL', "\n";
echo "committed to the end of every partition: ", $committed == array_fill(0, $partitions, $count / $partitions) ? 'yes' : json_encode($committed), "\n";
echo "committed messages delivered again: $redelivered\n";
$assigned = [];
foreach ($members as $consumer) {
    foreach ($consumer->getAssignment() as $tp) {
        $assigned[] = $tp->getPartition();
    }
}
sort($assigned);
echo "assigned partitions: ", json_encode($assigned), "\n";
foreach ($members as $consumer) {
    $consumer->close();
}
?>
--EXPECT--
produced: 3000
processed at least once: all
faults injected: all
committed to the end of every partition: yes
committed messages delivered again: 0
assigned partitions: [0,1,2,3,4,5]
