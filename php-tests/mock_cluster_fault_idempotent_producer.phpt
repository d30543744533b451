--TEST--
Fault injection, idempotent producer (acks=all, 3 brokers): 20 000 messages while leaders move, a broker goes down and comes back and retriable Produce errors are pushed; every message gets exactly one delivery report, and every delivered one is in the log exactly once, in order per partition, at its reported offset
--SKIPIF--
<?php if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/mock_cluster_fault.inc';

$count = 20000;
$partitions = 3;
$cluster = RdKafka\Test\MockCluster::create(3);
$reports = produce_under_faults($cluster, ['enable.idempotence' => 'true'], 'idempotent', $count);

$perMessage = array_count_values(array_column($reports, 0));
echo "delivery reports: ", count($reports), "\n";
echo "messages with exactly one report: ", count(array_filter($perMessage, fn ($n) => $n === 1)), "\n";
$failed = array_filter($reports, fn ($r) => $r[1] !== RD_KAFKA_RESP_ERR_NO_ERROR);
echo "failed (each reported with its error): ", count($failed), "\n";
foreach (array_slice($failed, 0, 5) as [$seq, $err]) {
    echo "  m$seq: ", rd_kafka_err2name($err), "\n";
}

$log = read_topic($cluster, 'idempotent', $partitions);
$delivered = [];
foreach ($reports as [$seq, $err, $partition, $offset]) {
    if ($err === RD_KAFKA_RESP_ERR_NO_ERROR) {
        $delivered[$partition][$offset] = $seq;
    }
}
$problems = 0;
for ($p = 0; $p < $partitions; $p++) {
    $seqs = array_column($log[$p], 1);
    $offsets = array_column($log[$p], 0);
    // Each partition got every third sequence number in increasing order.
    $inOrder = true;
    for ($i = 1; $i < count($seqs); $i++) {
        $inOrder = $inOrder && $seqs[$i] > $seqs[$i - 1];
    }
    $atReportedOffsets = array_combine($offsets, $seqs) == ($delivered[$p] ?? []);
    $duplicates = count($seqs) - count(array_unique($seqs));
    printf("partition %d: %s messages, duplicates %d, in production order %s, at the reported offsets %s\n",
        $p, count($seqs) === count($delivered[$p] ?? []) ? 'all delivered' : 'MISMATCH', $duplicates,
        $inOrder ? 'yes' : 'NO', $atReportedOffsets ? 'yes' : 'NO');
    $problems += (int) !$inOrder + (int) !$atReportedOffsets + $duplicates;
}
echo "in the log exactly once: ", array_sum(array_map('count', $log)) === count($reports) - count($failed) && $problems === 0 ? 'yes' : 'NO', "\n";
?>
--EXPECT--
left in queue: 0
partition 0 deliveries while its leader was down: 0
delivery reports: 20000
messages with exactly one report: 20000
failed (each reported with its error): 0
partition 0: all delivered messages, duplicates 0, in production order yes, at the reported offsets yes
partition 1: all delivered messages, duplicates 0, in production order yes, at the reported offsets yes
partition 2: all delivered messages, duplicates 0, in production order yes, at the reported offsets yes
in the log exactly once: yes
