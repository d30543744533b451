--TEST--
KafkaConsumer::commit() is synchronous but bounded: with the group coordinator gone it throws RD_KAFKA_RESP_ERR__TIMED_OUT after socket.timeout.ms instead of blocking for ever; once the coordinator is back, commits work and the offset_commit callback still reports them
--SKIPIF--
<?php if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded'); ?>
--FILE--
<?php
$cluster = RdKafka\Test\MockCluster::create(2);
$cluster->createTopic('ledger', 1, 2);
$cluster->setPartitionLeader('ledger', 0, 2);
$cluster->setCoordinator('group', 'bookkeepers', 1);

$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $cluster->getBootstraps());
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf);
$producer->newTopic('ledger')->produce(0, 0, 'entry');
$producer->flush(10000);

$conf->set('group.id', 'bookkeepers');
$conf->set('enable.auto.commit', 'false');
$conf->set('socket.timeout.ms', '2000');
$commits = [];
$conf->setOffsetCommitCb(function ($consumer, $err, $partitions) use (&$commits) {
    $commits[] = rd_kafka_err2name($err) . ' ' . json_encode(array_map(fn ($tp) => $tp->getOffset(), $partitions));
});
$consumer = new RdKafka\KafkaConsumer($conf);
$consumer->assign([new RdKafka\TopicPartition('ledger', 0, RD_KAFKA_OFFSET_BEGINNING)]);
$message = $consumer->consume(10000);
echo "consumed: ", $message->payload, "\n";

$cluster->setBrokerDown(1);
foreach (['commit($message)' => fn () => $consumer->commit($message), 'commit()' => fn () => $consumer->commit()] as $what => $commit) {
    $started = microtime(true);
    try {
        $commit();
        echo "$what: committed without a coordinator\n";
    } catch (RdKafka\Exception $e) {
        printf("%s: %s, %s\n", $what, rd_kafka_err2name($e->getCode()), microtime(true) - $started < 30 ? 'bounded' : 'took ' . (microtime(true) - $started));
    }
}

$cluster->setBrokerUp(1);
$deadline = microtime(true) + 30;
while (true) {
    try {
        $consumer->commit($message);
        break;
    } catch (RdKafka\Exception $e) {
        if (microtime(true) > $deadline) {
            throw $e;
        }
    }
}
echo "after recovery: committed\n";
$consumer->consume(100); // serves the offset_commit callbacks
echo "offset_commit callback saw the successful commit: ", json_encode(in_array('NO_ERROR [1]', $commits, true)), "\n";
$committed = $consumer->getCommittedOffsets([new RdKafka\TopicPartition('ledger', 0)], 10000);
echo "committed offset: ", $committed[0]->getOffset(), "\n";
?>
--EXPECT--
consumed: entry
commit($message): _TIMED_OUT, bounded
commit(): _TIMED_OUT, bounded
after recovery: committed
offset_commit callback saw the successful commit: true
committed offset: 1
