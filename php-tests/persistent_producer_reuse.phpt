--TEST--
Persistent producers (php.persistent.id): a Producer with the same identity and configuration reuses the native client; another configuration gets its own; reports of a freed Producer object reach no callable and are counted; php --ri lists the clients
--SKIPIF--
<?php if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded'); ?>
--FILE--
<?php
$cluster = RdKafka\Test\MockCluster::create(1);

function conf(string $id, array $properties = []): RdKafka\Conf
{
    global $cluster;
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', $cluster->getBootstraps());
    $conf->set('log_level', '0');
    $conf->set('php.persistent.id', $id);
    foreach ($properties as $name => $value) {
        $conf->set($name, $value);
    }
    return $conf;
}

function persistent_rows(): array
{
    ob_start();
    (new ReflectionExtension('rdkafka'))->info();
    return array_values(preg_grep('/^persistent/', explode("\n", ob_get_clean())));
}

echo "--- Conf\n";
$conf = conf('orders', ['php.persistent.flush.timeout.ms' => '2000']);
print_r(array_filter($conf->dump(), fn ($name) => str_starts_with($name, 'php.'), ARRAY_FILTER_USE_KEY));
foreach (['-1', 'soon', ''] as $invalid) {
    try {
        $conf->set('php.persistent.flush.timeout.ms', $invalid);
    } catch (RdKafka\Exception $e) {
        echo $e->getCode(), ': ', $e->getMessage(), "\n";
    }
}

echo "--- the first request's Producer\n";
$reports = [];
$conf->setDrMsgCb(function ($producer, $message) use (&$reports) {
    $reports[] = "first object: {$message->payload} " . var_export($message->opaque, true);
});
$first = new RdKafka\Producer($conf);
$first->newTopic('orders')->produce(0, 0, 'placed', null, 'opaque 1');
echo "flush: ", $first->flush(10000), "\n";
$first->newTopic('orders')->produce(0, 0, 'in flight when the object goes', null, 'opaque 2');
$first->newTopic('orders')->produce(0, 0, 'also in flight');
echo "queued: ", $first->getOutQLen(), "\n";
unset($first);

echo "--- the next request's Producer: the same client\n";
$conf = conf('orders', ['php.persistent.flush.timeout.ms' => '2000']);
$conf->setDrMsgCb(function ($producer, $message) use (&$reports) {
    $reports[] = "second object: {$message->payload} " . var_export($message->opaque, true);
});
$second = new RdKafka\Producer($conf);
$second->newTopic('orders')->produce(0, 0, 'paid', null, 'opaque 3');
echo "flush: ", $second->flush(10000), "\n";
print_r($reports);
print_r(persistent_rows());

echo "--- another configuration, another client\n";
$other = new RdKafka\Producer(conf('orders', ['linger.ms' => '50']));
$named = new RdKafka\Producer(conf('audit'));
$plain = new RdKafka\Producer(conf('orders', ['php.persistent.id' => '']));
print_r(persistent_rows());

echo "--- consumers do not persist\n";
$consumerConf = conf('orders', ['group.id' => 'g']);
$consumer = new RdKafka\KafkaConsumer($consumerConf);
$legacy = new RdKafka\Consumer($consumerConf);
echo count(persistent_rows()) - 1, " persistent clients\n";

echo "--- every message is in the log\n";
$consumer->assign([new RdKafka\TopicPartition('orders', 0, RD_KAFKA_OFFSET_BEGINNING)]);
for ($i = 0; $i < 4; $i++) {
    echo $consumer->consume(10000)->payload, "\n";
}
?>
--EXPECT--
--- Conf
Array
(
    [php.persistent.id] => orders
    [php.persistent.flush.timeout.ms] => 2000
)
-186: Invalid value "-1" for configuration property "php.persistent.flush.timeout.ms"
-186: Invalid value "soon" for configuration property "php.persistent.flush.timeout.ms"
-186: Invalid value "" for configuration property "php.persistent.flush.timeout.ms"
--- the first request's Producer
flush: 0
queued: 2
--- the next request's Producer: the same client
flush: 0
Array
(
    [0] => first object: placed 'opaque 1'
    [1] => second object: paid 'opaque 3'
)
Array
(
    [0] => persistent producers => 1
    [1] => persistent producer "orders" => 2 Producer objects, 0 messages queued; reports after their Producer object was freed: 2 delivered, 0 failed
)
--- another configuration, another client
Array
(
    [0] => persistent producers => 3
    [1] => persistent producer "orders" => 2 Producer objects, 0 messages queued; reports after their Producer object was freed: 2 delivered, 0 failed
    [2] => persistent producer "orders" => 1 Producer objects, 0 messages queued; reports after their Producer object was freed: 0 delivered, 0 failed
    [3] => persistent producer "audit" => 1 Producer objects, 0 messages queued; reports after their Producer object was freed: 0 delivered, 0 failed
)
--- consumers do not persist
3 persistent clients
--- every message is in the log
placed
in flight when the object goes
also in flight
paid
