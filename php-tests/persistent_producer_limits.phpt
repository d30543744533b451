--TEST--
Persistent producers: the configuration is compared by its final values (setting a property twice is one configuration); at most 4 clients per identity (the least recently used idle one is flushed and closed, with a log line); transactional.id is refused; delivery.report.only.error filters reports without leaking their opaques
--SKIPIF--
<?php if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded'); ?>
--INI--
error_log=
--FILE--
<?php
$cluster = RdKafka\Test\MockCluster::create(1);
function conf(array $properties): RdKafka\Conf
{
    global $cluster;
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', $cluster->getBootstraps());
    $conf->set('log_level', '0');
    $conf->set('php.persistent.id', 'limited');
    foreach ($properties as $name => $value) {
        $conf->set($name, $value);
    }
    return $conf;
}
function clients(): int
{
    ob_start();
    (new ReflectionExtension('rdkafka'))->info();
    return count(preg_grep('/^persistent producer "limited"/', explode("\n", ob_get_clean())));
}

echo "--- final values\n";
$conf = conf(['client.id' => 'first']);
$conf->set('client.id', 'second');
$a = new RdKafka\Producer($conf);
$b = new RdKafka\Producer(conf(['client.id' => 'second']));
echo "clients: ", clients(), "\n";
unset($a, $b);

echo "--- at most 4 per identity\n";
foreach (['c', 'd', 'e', 'f'] as $clientId) {
    $producer = new RdKafka\Producer(conf(['client.id' => $clientId]));
    $producer->newTopic('limits')->produce(0, 0, "from $clientId");
    // Delivered now: the cluster of this script is gone by the time the process exits.
    $producer->flush(10000);
    unset($producer);
}
echo "clients: ", clients(), "\n";

echo "--- transactional.id\n";
try {
    new RdKafka\Producer(conf(['transactional.id' => 'tx']));
} catch (RdKafka\Exception $e) {
    echo $e->getCode(), ": ", $e->getMessage(), "\n";
}

echo "--- delivery.report.only.error\n";
$reports = [];
$conf = conf(['delivery.report.only.error' => 'true']);
$conf->setDrMsgCb(function ($producer, $message) use (&$reports) { $reports[] = $message->err; });
$producer = new RdKafka\Producer($conf);
$producer->newTopic('limits')->produce(0, 0, 'delivered', null, 'opaque');
$producer->newTopic('limits')->produce(5, 0, 'to a partition that does not exist', null, 'opaque');
$producer->flush(10000);
echo "reports: ", json_encode(array_map('rd_kafka_err2name', $reports)), "\n";
$plainConf = conf(['delivery.report.only.error' => 'true', 'php.persistent.id' => '']);
$plainConf->setDrMsgCb(function ($producer, $message) use (&$reports) { $reports[] = $message->err; });
$plain = new RdKafka\Producer($plainConf);
$plain->newTopic('limits')->produce(0, 0, 'delivered', null, 'opaque');
echo "flush: ", $plain->flush(10000), ", reports: ", count($reports), "\n";
?>
--EXPECTF--
--- final values
clients: 1
--- at most 4 per identity
rdkafka: persistent producer "limited": more than 4 configurations in this process; the least recently used client was flushed and closed
clients: 4
--- transactional.id
-186: php.persistent.id cannot be combined with transactional.id: a transaction belongs to one request
--- delivery.report.only.error
rdkafka: persistent producer "limited": more than 4 configurations in this process; the least recently used client was flushed and closed
reports: ["_UNKNOWN_PARTITION"]
flush: 0, reports: 1
