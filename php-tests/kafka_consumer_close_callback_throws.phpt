--TEST--
KafkaConsumer::close() when a callback throws during the close: close() throws that exception, still completes (no hang waiting for the revocation) and the consumer is closed afterwards
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
class CallbackFailed extends RuntimeException {}

$topicName = 'close_callback_throws_' . uniqid();
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf);
$topic = $producer->newTopic($topicName);
for ($i = 0; $i < 4; $i++) {
    $topic->produce($i, 0, "m$i");
}
echo "flush: ", $producer->flush(10000), "\n";

/** A subscribed consumer that has read the four messages; $throw says which callback throws in close(). */
function consumer(string $throw, array &$events, bool &$closing): RdKafka\KafkaConsumer
{
    global $topicName;
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
    $conf->set('log_level', '0');
    $conf->set('group.id', 'close_callback_throws_' . uniqid());
    $conf->set('auto.offset.reset', 'earliest');
    $conf->set('statistics.interval.ms', '100');
    $conf->setStatsCb(function () use ($throw, &$closing) {
        if ($closing && $throw === 'stats') {
            $closing = false;
            throw new CallbackFailed('stats callback failed');
        }
    });
    $conf->setOffsetCommitCb(function ($c, $err, $offsets) use ($throw, &$events, &$closing) {
        $events[] = "commit $err";
        if ($closing && $throw === 'commit') {
            $closing = false;
            throw new CallbackFailed('offset commit callback failed');
        }
    });
    $conf->setRebalanceCb(function (RdKafka\KafkaConsumer $c, int $err, array $partitions) use ($throw, &$events, &$closing) {
        $events[] = "rebalance $err";
        if ($err === RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
            $c->assign($partitions);
            return;
        }
        $c->assign(null);
        if ($closing && $throw === 'revoke') {
            $closing = false;
            throw new CallbackFailed('revoke callback failed');
        }
    });
    $consumer = new RdKafka\KafkaConsumer($conf);
    $consumer->subscribe([$topicName]);
    $n = 0;
    $deadline = microtime(true) + 15;
    while ($n < 4 && microtime(true) < $deadline) {
        if ($consumer->consume(100)->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
            $n++;
        }
    }
    echo "read: $n\n";
    return $consumer;
}

// revoke: the rebalance callback drops the assignment, then throws.
// commit: the offset commit of the revoked partitions (auto commit) reports to a throwing callback.
// stats: statistics events queued before close() come first; the first one throws, and the
//        revocation follows within the same close().
foreach (['revoke', 'commit', 'stats'] as $throw) {
    echo "--- $throw callback throws\n";
    $events = [];
    $closing = false;
    $consumer = consumer($throw, $events, $closing);
    usleep(500000); // statistics events pile up
    $closing = true;
    $start = microtime(true);
    // Watchdog: a close() that blocks forever would otherwise stall the whole run.
    if (function_exists('pcntl_alarm')) {
        pcntl_alarm(8);
    }
    try {
        $consumer->close();
        echo "close() returned\n";
    } catch (CallbackFailed $e) {
        echo "close() threw: ", $e->getMessage(), "\n";
    }
    if (function_exists('pcntl_alarm')) {
        pcntl_alarm(0);
    }
    echo "fast: ", var_export(microtime(true) - $start < 5, true), "\n";
    try {
        $consumer->getAssignment();
    } catch (Exception $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
    // With a throwing stats callback, whether the revocation still reaches the PHP callback is
    // left open; the revocation itself must happen for close() to finish.
    $rebalances = array_values(array_filter($events, fn ($e) => str_starts_with($e, 'rebalance')));
    echo "rebalance events: ", $throw === 'stats' ? $rebalances[0] : implode(', ', $rebalances), "\n";
    if ($throw === 'commit') {
        echo "commit callback ran: ", var_export(in_array('commit 0', $events, true), true), "\n";
    }
}
?>
--EXPECT--
flush: 0
--- revoke callback throws
read: 4
close() threw: revoke callback failed
fast: true
Exception: RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
rebalance events: rebalance -175, rebalance -174
--- commit callback throws
read: 4
close() threw: offset commit callback failed
fast: true
Exception: RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
rebalance events: rebalance -175, rebalance -174
commit callback ran: true
--- stats callback throws
read: 4
close() threw: stats callback failed
fast: true
Exception: RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
rebalance events: rebalance -175
