--TEST--
flush() and purge() results: 0 when delivered, -185 when something is left, -170 on a Consumer; purged messages are reported on the next poll with -152 and their opaque
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$conf->set('log_level', '0');
$consumer = new RdKafka\Consumer($conf);
echo "consumer flush: ", $consumer->flush(100), "\n";
echo "consumer purge: ", $consumer->purge(RD_KAFKA_PURGE_F_QUEUE), "\n";
echo "consumer poll: ", $consumer->poll(0), "\n";

$producer = new RdKafka\Producer($conf);
echo "empty flush: ", $producer->flush(1000), "\n";

// Nothing listens on port 1: messages stay queued.
$unreachable = new RdKafka\Conf();
$unreachable->set('bootstrap.servers', '127.0.0.1:1');
$unreachable->set('log_level', '0');
$reports = [];
$unreachable->setDrMsgCb(function ($producer, $message) use (&$reports) {
    $reports[] = sprintf('%s err=%d (%s) offset=%d opaque=%s', $message->payload, $message->err,
        $message->errstr(), $message->offset, var_export($message->opaque, true));
});
$producer = new RdKafka\Producer($unreachable);
$topic = $producer->newTopic('flush_purge');
$topic->produce(RD_KAFKA_PARTITION_UA, 0, 'first', null, 'opaque-1');
$topic->produce(RD_KAFKA_PARTITION_UA, 0, 'second');
echo "flush with nothing reachable: ", $producer->flush(200), "\n";
echo "queue length: ", $producer->getOutQLen(), "\n";
echo "purge: ", $producer->purge(RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_NON_BLOCKING), "\n";
echo "reports before poll: ", count($reports), "\n";
$deadline = microtime(true) + 5;
while (count($reports) < 2 && microtime(true) < $deadline) {
    $producer->poll(50);
}
echo implode("\n", $reports), "\n";
echo "flush after purge: ", $producer->flush(1000), "\n";
?>
--EXPECT--
consumer flush: -170
consumer purge: -170
consumer poll: 0
empty flush: 0
flush with nothing reachable: -185
queue length: 2
purge: 0
reports before poll: 0
first err=-152 (Local: Purged in queue) offset=-1001 opaque='opaque-1'
second err=-152 (Local: Purged in queue) offset=-1001 opaque=NULL
flush after purge: 0
