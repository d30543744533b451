--TEST--
RD_KAFKA_MSG_F_BLOCK with a full queue and a delivery callback: produce waits while serving delivery reports instead of deadlocking
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$conf->set('log_level', '0');
$conf->set('queue.buffering.max.messages', '5');
$delivered = 0;
$conf->setDrMsgCb(function ($producer, $message) use (&$delivered) {
    $delivered += $message->err === 0;
});
$producer = new RdKafka\Producer($conf);
$topic = $producer->newTopic('block_' . uniqid());

try {
    for ($i = 0; $i < 6; $i++) {
        $topic->produce(0, 0, "no block $i");
    }
} catch (RdKafka\Exception $e) {
    echo "without F_BLOCK: ", $e->getCode(), ' ', $e->getMessage(), " after $i messages\n";
}
for ($i = 0; $i < 200; $i++) {
    $topic->produce(0, RD_KAFKA_MSG_F_BLOCK, "block $i", null, "opaque $i");
}
echo "produced 200 with F_BLOCK, reports served meanwhile: ", var_export($delivered >= 190, true), "\n";
echo "flush: ", $producer->flush(10000), "\n";
echo "delivered: $delivered\n";

// A callback that throws while produce() waits: produce throws it, the message is not queued.
$conf->setDrMsgCb(function () {
    throw new RuntimeException('stop');
});
$producer = new RdKafka\Producer($conf);
$topic = $producer->newTopic('block_' . uniqid());
try {
    for ($i = 0; $i < 10; $i++) {
        $topic->produce(0, RD_KAFKA_MSG_F_BLOCK, "m$i");
    }
} catch (RuntimeException $e) {
    echo "produce threw: ", $e->getMessage(), " at message $i\n";
}
?>
--EXPECT--
without F_BLOCK: -184 Local: Queue full after 5 messages
produced 200 with F_BLOCK, reports served meanwhile: true
flush: 0
delivered: 205
produce threw: stop at message 5
