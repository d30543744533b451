--TEST--
RdKafka\Producer/Consumer: a configuration librdkafka rejects throws RdKafka\Exception with code 0
--FILE--
<?php
function conf(array $settings): RdKafka\Conf
{
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS') ?: '127.0.0.1:1');
    $conf->set('log_level', '0');
    foreach ($settings as $name => $value) {
        $conf->set($name, $value);
    }
    return $conf;
}

$threads = rd_kafka_thread_cnt();
$rejected = [
    ['enable.idempotence' => 'true', 'acks' => '1'],
    ['transactional.id' => 'txn', 'enable.idempotence' => 'false'],
];
foreach ($rejected as $settings) {
    try {
        new RdKafka\Producer(conf($settings));
        echo "no exception\n";
    } catch (RdKafka\Exception $e) {
        printf("%s(%d): %s (line %d)\n", get_class($e), $e->getCode(), $e->getMessage(), $e->getLine());
    }
}
// no client was left behind
var_dump(rd_kafka_thread_cnt() === $threads);

// a Conf that has not been constructed
$unconstructed = (new ReflectionClass(RdKafka\Conf::class))->newInstanceWithoutConstructor();
foreach ([RdKafka\Producer::class, RdKafka\Consumer::class] as $class) {
    try {
        new $class($unconstructed);
        echo "no exception\n";
    } catch (Exception $e) {
        printf("%s(%d): %s\n", get_class($e), $e->getCode(), $e->getMessage());
    }
}

// the object whose construction failed can still be constructed afterwards
$producer = (new ReflectionClass(RdKafka\Producer::class))->newInstanceWithoutConstructor();
try {
    $producer->__construct(conf(['enable.idempotence' => 'true', 'acks' => '1']));
} catch (RdKafka\Exception $e) {
    echo $e->getMessage(), "\n";
}
$producer->__construct(conf([]));
var_dump(rd_kafka_thread_cnt() > $threads);
unset($producer);
echo "done\n";
?>
--EXPECT--
RdKafka\Exception(0): `acks` must be set to `all` when `enable.idempotence` is true (line 20)
RdKafka\Exception(0): `transactional.id` requires `enable.idempotence=true` (line 20)
bool(true)
Exception(0): RdKafka\Conf::__construct() has not been called
Exception(0): RdKafka\Conf::__construct() has not been called
`acks` must be set to `all` when `enable.idempotence` is true
bool(true)
done
