--TEST--
A Producer destroyed with messages pending purges them, releases every opaque and runs no PHP code; a Topic keeps its Producer alive
--FILE--
<?php
function producer(): array {
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', '127.0.0.1:1'); // nothing listens: messages stay queued
    $conf->set('log_level', '0');
    $conf->setDrMsgCb(function () {
        echo "delivery callback ran\n";
    });
    $conf->setErrorCb(function () {
        echo "error callback ran\n";
    });
    $producer = new RdKafka\Producer($conf);
    return [$producer, $producer->newTopic('destroy_pending')];
}

[$producer, $topic] = producer();
$weak = WeakReference::create($producer);
unset($producer);
echo "producer alive while its topic exists: ", var_export($weak->get() !== null, true), "\n";
$topic->produce(RD_KAFKA_PARTITION_UA, 0, 'queued through a topic whose producer variable is gone');
unset($topic);
echo "producer gone with its topic: ", var_export($weak->get() === null, true), "\n";

$before = memory_get_usage();
for ($round = 0; $round < 3; $round++) {
    [$producer, $topic] = producer();
    for ($i = 0; $i < 20; $i++) {
        // Opaque strings built at run time: each is a separate 100 KB allocation.
        $topic->produce(RD_KAFKA_PARTITION_UA, 0, "payload $i", null, str_repeat(chr(65 + $i), 100000) . $round);
    }
    echo "round $round: messages queued: ", var_export($producer->getOutQLen() >= 20, true), "\n";
    $start = microtime(true);
    unset($producer, $topic);
    echo "round $round: destroyed quickly: ", var_export(microtime(true) - $start < 2, true), "\n";
}
$growth = memory_get_usage() - $before;
echo "opaques released: ", var_export($growth < 1000000, true), "\n";
echo "done\n";
?>
--EXPECT--
producer alive while its topic exists: true
producer gone with its topic: true
round 0: messages queued: true
round 0: destroyed quickly: true
round 1: messages queued: true
round 1: destroyed quickly: true
round 2: messages queued: true
round 2: destroyed quickly: true
opaques released: true
done
