--TEST--
Fault injection, transactions: the coordinator dies mid-transaction, so commitTransaction() throws a retriable KafkaErrorException and succeeds when retried after recovery; the partition leader dies mid-transaction, which abortTransaction() survives and whose unsent messages it purges; a read_committed consumer sees every committed message once. (The mock writes no transaction markers, so it cannot hide the aborted messages from read_committed consumers: the test shows that limit instead of asserting isolation.)
--SKIPIF--
<?php if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/mock_cluster_fault.inc';

$cluster = RdKafka\Test\MockCluster::create(3);
$cluster->createTopic('ledger', 1, 3);
$cluster->setPartitionLeader('ledger', 0, 2);
$cluster->setCoordinator('transaction', 'ledger-writer', 1);
$producer = new RdKafka\Producer(fault_conf($cluster, ['transactional.id' => 'ledger-writer']));
$producer->initTransactions(FAULT_TIMEOUT_MS);
$topic = $producer->newTopic('ledger');

function produce_batch(RdKafka\ProducerTopic $topic, string $kind, int $count): void
{
    for ($i = 0; $i < $count; $i++) {
        $topic->produce(0, 0, "$kind$i");
    }
}

function describe(RdKafka\KafkaErrorException $e): string
{
    return sprintf('%s (retriable %s, requires abort %s, fatal %s)', rd_kafka_err2name($e->getCode()),
        json_encode($e->isRetriable()), json_encode($e->transactionRequiresAbort()), json_encode($e->isFatal()));
}

echo "--- a committed transaction\n";
$producer->beginTransaction();
produce_batch($topic, 'c', 100);
$producer->commitTransaction(FAULT_TIMEOUT_MS);
echo "committed\n";

echo "--- the coordinator dies before the commit\n";
$producer->beginTransaction();
produce_batch($topic, 'r', 100);
echo "flush: ", $producer->flush(FAULT_TIMEOUT_MS), "\n";
$cluster->setBrokerDown(1);
try {
    $producer->commitTransaction(2000);
    echo "committed without its coordinator\n";
} catch (RdKafka\KafkaErrorException $e) {
    echo "commitTransaction: ", describe($e), "\n";
}
$cluster->setBrokerUp(1);
$producer->commitTransaction(FAULT_TIMEOUT_MS);
echo "retried commit: committed\n";

echo "--- the partition leader dies before the abort\n";
$producer->beginTransaction();
produce_batch($topic, 'a', 100);
echo "flush: ", $producer->flush(FAULT_TIMEOUT_MS), "\n";
$cluster->setBrokerDown(2);
produce_batch($topic, 'a', 10); // never reaches the log
$producer->abortTransaction(FAULT_TIMEOUT_MS);
echo "aborted\n";
$cluster->setBrokerUp(2);

echo "--- a committed transaction after recovery\n";
$producer->beginTransaction();
produce_batch($topic, 'z', 50);
$producer->commitTransaction(FAULT_TIMEOUT_MS);
echo "committed\n";

$log = read_topic($cluster, 'ledger', 1, ['isolation.level' => 'read_committed']);
$payloads = array_map(fn ($entry) => $entry[2], $log[0]);
$kinds = array_count_values(array_map(fn ($payload) => $payload[0], $payloads));
ksort($kinds);
echo "read_committed, committed transactions: ", json_encode(array_diff_key($kinds, ['a' => 0])), "\n";
echo "each message once: ", json_encode(count(array_unique($payloads)) === count($payloads)), "\n";
echo "aborted transaction: ", $kinds['a'] ?? 0, " messages in the log, none of the 10 produced after its leader died\n";
?>
--EXPECT--
--- a committed transaction
committed
--- the coordinator dies before the commit
flush: 0
commitTransaction: _TIMED_OUT (retriable true, requires abort false, fatal false)
retried commit: committed
--- the partition leader dies before the abort
flush: 0
aborted
--- a committed transaction after recovery
committed
read_committed, committed transactions: {"c":100,"r":100,"z":50}
each message once: true
aborted transaction: 100 messages in the log, none of the 10 produced after its leader died
