--TEST--
A delivery callback that throws: poll()/flush() throw that exception unchanged, and the reports not yet served are served by the next call (none is lost)
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
class Boom extends RuntimeException {}

$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$conf->set('log_level', '0');
$conf->set('linger.ms', '100'); // five messages, one batch, one delivery-report event
$seen = [];
$throwOn = [];
$conf->setDrMsgCb(function (RdKafka\Producer $producer, RdKafka\Message $message) use (&$seen, &$throwOn) {
    $seen[] = $message->opaque;
    if (in_array($message->opaque, $throwOn, true)) {
        throw new Boom("callback failed on $message->opaque", 42);
    }
});
$producer = new RdKafka\Producer($conf);
$topic = $producer->newTopic('callback_throws_' . uniqid());

// poll(): five reports queued, the first callback throws.
$throwOn = ['a0'];
for ($i = 0; $i < 5; $i++) {
    $topic->produce(0, 0, "payload $i", null, "a$i");
}
usleep(1500000); // every report is queued; nothing runs without poll
echo "before poll: ", count($seen), " callbacks\n";
try {
    $producer->poll(0);
} catch (Boom $e) {
    echo "poll threw ", get_class($e), " (", $e->getCode(), "): ", $e->getMessage(), "\n";
}
echo "seen: ", implode(',', $seen), "\n";
echo "next poll served events: ", var_export($producer->poll(0) > 0, true), "\n";
echo "seen: ", implode(',', $seen), "\n";
echo "queue length: ", $producer->getOutQLen(), "\n";

// flush(): throws on the third report; the next flush serves the rest and succeeds.
$seen = [];
$throwOn = ['b2'];
for ($i = 0; $i < 5; $i++) {
    $topic->produce(0, 0, "payload $i", null, "b$i");
}
try {
    $producer->flush(10000);
} catch (Boom $e) {
    echo "flush threw: ", $e->getMessage(), "\n";
}
echo "seen: ", implode(',', $seen), "\n";
echo "flush: ", $producer->flush(10000), "\n";
echo "seen: ", implode(',', $seen), "\n";

// Two throws in a row: each poll surfaces one, the remaining reports keep their order.
$seen = [];
$throwOn = ['c0', 'c1'];
for ($i = 0; $i < 4; $i++) {
    $topic->produce(0, 0, "payload $i", null, "c$i");
}
usleep(1500000);
for ($attempt = 0; $attempt < 3; $attempt++) {
    try {
        $producer->poll(0);
        echo "poll ok\n";
    } catch (Boom $e) {
        echo "poll threw: ", $e->getMessage(), "\n";
    }
}
echo "seen: ", implode(',', $seen), "\n";
echo "flush: ", $producer->flush(10000), "\n";
?>
--EXPECT--
before poll: 0 callbacks
poll threw Boom (42): callback failed on a0
seen: a0
next poll served events: true
seen: a0,a1,a2,a3,a4
queue length: 0
flush threw: callback failed on b2
seen: b0,b1,b2
flush: 0
seen: b0,b1,b2,b3,b4
poll threw: callback failed on c0
poll threw: callback failed on c1
poll ok
seen: c0,c1,c2,c3
flush: 0
