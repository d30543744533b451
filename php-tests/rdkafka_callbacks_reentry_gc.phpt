--TEST--
Callbacks may call back into their client (produce and poll from a delivery callback); closures capturing their own client are collected by the GC
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$conf->set('log_level', '0');
$topicName = 'reentry_' . uniqid();
$chain = [];
$conf->setDrMsgCb(function (RdKafka\Producer $producer, RdKafka\Message $message) use (&$chain, $topicName) {
    $chain[] = $message->payload;
    $next = (int) $message->payload + 1;
    if ($next < 5) {
        // Re-entering the client from its own callback.
        $producer->newTopic($topicName)->produce(0, 0, (string) $next);
        $producer->poll(0);
    }
});
$producer = new RdKafka\Producer($conf);
$producer->newTopic($topicName)->produce(0, 0, '0');
$deadline = microtime(true) + 10;
while (count($chain) < 5 && microtime(true) < $deadline) {
    $producer->poll(50);
}
echo "chain: ", implode(' ', $chain), "\n";
echo "flush: ", $producer->flush(5000), "\n";

// A closure that captures the producer it is registered on: a cycle only the GC can free.
function cyclic(): WeakReference {
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', '127.0.0.1:1');
    $conf->set('log_level', '0');
    $holder = new stdClass();
    $conf->setErrorCb(function () use ($holder) {});
    $conf->setDrMsgCb(function () use ($holder) {});
    $holder->producer = new RdKafka\Producer($conf);
    $holder->topic = $holder->producer->newTopic('cycle');
    return WeakReference::create($holder->producer);
}
$before = rd_kafka_thread_cnt();
$weak = cyclic();
echo "alive before collection: ", var_export($weak->get() !== null, true), "\n";
gc_collect_cycles();
echo "collected: ", var_export($weak->get() === null, true), "\n";
echo "threads back: ", var_export(rd_kafka_thread_cnt() <= $before, true), "\n";
?>
--EXPECT--
chain: 0 1 2 3 4
flush: 0
alive before collection: true
collected: true
threads back: true
