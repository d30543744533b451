--TEST--
KafkaConsumer::close() called again from a callback that close() is serving (rebalance, offset commit) returns at once instead of hanging; the outer close() completes and the consumer is closed afterwards
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$brokers = getenv('TEST_KAFKA_BROKERS');
$topicName = 'close_nested_' . uniqid();

$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $brokers);
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf);
$topic = $producer->newTopic($topicName);
for ($i = 0; $i < 4; $i++) {
    $topic->produce(RD_KAFKA_PARTITION_UA, 0, "m$i");
}
echo "flush: ", $producer->flush(10000), "\n";

function nestedCloseConsumer(string $brokers, string $topicName, string $from, array &$log): RdKafka\KafkaConsumer
{
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', $brokers);
    $conf->set('log_level', '0');
    $conf->set('group.id', 'close_nested_' . uniqid());
    $conf->set('auto.offset.reset', 'earliest');
    $conf->set('enable.auto.commit', 'true');
    $consumer = null;
    $closing = false;
    $conf->setRebalanceCb(function ($c, $err, $partitions) use ($from, &$log, &$closing) {
        if ($err === RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
            $c->assign($partitions);
            return;
        }
        if ($closing && $from === 'rebalance') {
            $start = microtime(true);
            $c->close();
            $log[] = sprintf('nested close() in the revocation returned (%s)', microtime(true) - $start < 5 ? 'at once' : 'late');
        }
        $c->assign(null);
    });
    $conf->setOffsetCommitCb(function ($c, $err, $partitions) use ($from, &$log, &$closing) {
        if ($closing && $from === 'commit') {
            $c->close();
            $log[] = 'nested close() in the offset commit callback returned';
        }
    });
    $consumer = new RdKafka\KafkaConsumer($conf);
    $consumer->subscribe([$topicName]);
    $read = 0;
    $deadline = microtime(true) + 15;
    while ($read < 4 && microtime(true) < $deadline) {
        $m = $consumer->consume(200);
        if ($m->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
            $read++;
        }
    }
    $log[] = "read $read";
    $closing = true;
    return $consumer;
}

foreach (['rebalance', 'commit'] as $from) {
    echo "--- close() from the $from callback\n";
    $log = [];
    $consumer = nestedCloseConsumer($brokers, $topicName, $from, $log);
    $start = microtime(true);
    $consumer->close();
    echo implode("\n", $log), "\n";
    echo "outer close() returned: ", microtime(true) - $start < 20 ? 'yes' : 'late', "\n";
    try {
        $consumer->getAssignment();
    } catch (Exception $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
flush: 0
--- close() from the rebalance callback
read 4
nested close() in the revocation returned (at once)
outer close() returned: yes
Exception: RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
--- close() from the commit callback
read 4
nested close() in the offset commit callback returned
outer close() returned: yes
Exception: RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
