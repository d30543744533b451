--TEST--
Persistent producers and fork(): the child never reuses the parent's client (the inherited Producer object throws RdKafka\Exception, a new Producer with the same identity gets a client of its own that works), and the parent's client keeps working
--SKIPIF--
<?php
if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded');
if (!function_exists('pcntl_fork')) die('skip pcntl not available');
?>
--FILE--
<?php
$cluster = RdKafka\Test\MockCluster::create(1);
$bootstraps = $cluster->getBootstraps(); // the parent's cluster serves the child over TCP too
function conf(): RdKafka\Conf
{
    global $bootstraps;
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', $bootstraps);
    $conf->set('log_level', '0');
    $conf->set('php.persistent.id', 'forked');
    return $conf;
}
function persistent_rows(): array
{
    ob_start();
    (new ReflectionExtension('rdkafka'))->info();
    return array_values(preg_grep('/^persistent producer "/', explode("\n", ob_get_clean())));
}

$parent = new RdKafka\Producer(conf());
$parent->newTopic('forks')->produce(0, 0, 'from the parent, before');
echo "parent flush: ", $parent->flush(10000), "\n";

$pid = pcntl_fork();
if ($pid === 0) {
    try {
        $parent->flush(100);
        echo "child: inherited Producer worked\n";
    } catch (RdKafka\Exception $e) {
        echo "child: inherited Producer: ", $e->getCode() === RD_KAFKA_RESP_ERR__STATE ? 'refused' : $e->getCode(), "\n";
    }
    $own = new RdKafka\Producer(conf());
    $own->newTopic('forks')->produce(0, 0, 'from the child');
    echo "child: own client flush: ", $own->flush(10000), "\n";
    echo "child: ", json_encode(persistent_rows()), "\n";
    exit(0);
}
pcntl_waitpid($pid, $status);
echo "child exited: ", pcntl_wexitstatus($status), "\n";
$again = new RdKafka\Producer(conf());
$again->newTopic('forks')->produce(0, 0, 'from the parent, after');
echo "parent flush: ", $again->flush(10000), "\n";
echo count(persistent_rows()), " persistent client in the parent\n";
$consumer = new RdKafka\KafkaConsumer((function () { $conf = conf(); $conf->set('group.id', 'g'); return $conf; })());
$consumer->assign([new RdKafka\TopicPartition('forks', 0, RD_KAFKA_OFFSET_BEGINNING)]);
for ($i = 0; $i < 3; $i++) {
    echo "in the topic: ", $consumer->consume(10000)->payload, "\n";
}
?>
--EXPECT--
parent flush: 0
child: inherited Producer: refused
child: own client flush: 0
child: ["persistent producer \"forked\" => 1 Producer objects, 0 messages queued; reports after their Producer object was freed: 0 delivered, 0 failed"]
child exited: 0
parent flush: 0
1 persistent client in the parent
in the topic: from the parent, before
in the topic: from the child
in the topic: from the parent, after
