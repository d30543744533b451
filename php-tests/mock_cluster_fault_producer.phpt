--TEST--
Fault injection, producer without idempotence (acks=all, 3 brokers): under the same faults, no message is silently dropped; each of the 20 000 gets one delivery report, success or error, and every success is in the log
--SKIPIF--
<?php if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/mock_cluster_fault.inc';

$count = 20000;
$partitions = 3;
$cluster = RdKafka\Test\MockCluster::create(3);
$reports = produce_under_faults($cluster, ['enable.idempotence' => 'false'], 'plain', $count);

$perMessage = array_count_values(array_column($reports, 0));
echo "delivery reports: ", count($reports), "\n";
echo "messages with exactly one report: ", count(array_filter($perMessage, fn ($n) => $n === 1)), "\n";
$succeeded = array_filter($reports, fn ($r) => $r[1] === RD_KAFKA_RESP_ERR_NO_ERROR);
$failed = array_filter($reports, fn ($r) => $r[1] !== RD_KAFKA_RESP_ERR_NO_ERROR);
echo "every failure carries an error code: ", count($succeeded) + count($failed) === $count ? 'yes' : 'NO', "\n";

// Without idempotence a retried batch may be written twice: at least once is the guarantee.
$inLog = [];
foreach (read_topic($cluster, 'plain', $partitions) as $messages) {
    foreach ($messages as [, $seq]) {
        $inLog[$seq] = true;
    }
}
$missing = array_filter($succeeded, fn ($r) => !isset($inLog[$r[0]]));
echo "successes missing from the log: ", count($missing), "\n";
?>
--EXPECT--
left in queue: 0
partition 0 deliveries while its leader was down: 0
delivery reports: 20000
messages with exactly one report: 20000
every failure carries an error code: yes
successes missing from the log: 0
