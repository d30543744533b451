--TEST--
10 000 messages produced and flushed: 10 000 delivery reports, each with its own payload, key and opaque
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$conf->set('log_level', '0');
$reports = 0;
$mismatches = 0;
$errors = 0;
$opaques = [];
$conf->setDrMsgCb(function (RdKafka\Producer $producer, RdKafka\Message $message) use (&$reports, &$mismatches, &$errors, &$opaques) {
    $reports++;
    $errors += $message->err !== RD_KAFKA_RESP_ERR_NO_ERROR;
    $n = substr($message->payload, 8);
    if ($message->opaque !== "opaque-$n" || $message->key !== "key-$n") {
        $mismatches++;
    }
    $opaques[$message->opaque] = true;
});
$producer = new RdKafka\Producer($conf);
$topic = $producer->newTopic('delivery_10k_' . uniqid());
for ($i = 0; $i < 10000; $i++) {
    $topic->produce(RD_KAFKA_PARTITION_UA, 0, "payload-$i", "key-$i", "opaque-$i");
    if ($i % 1000 === 0) {
        $producer->poll(0);
    }
}
echo "flush: ", $producer->flush(30000), "\n";
echo "reports: $reports, distinct opaques: ", count($opaques), ", mismatches: $mismatches, errors: $errors\n";
echo "queue length: ", $producer->getOutQLen(), "\n";
?>
--EXPECT--
flush: 0
reports: 10000, distinct opaques: 10000, mismatches: 0, errors: 0
queue length: 0
