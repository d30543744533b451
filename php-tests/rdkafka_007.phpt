--TEST--
RdKafka\Producer/Consumer cannot be cloned
--FILE--
<?php
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS') ?: '127.0.0.1:1');
$conf->set('log_level', '0');

class ClonableProducer extends RdKafka\Producer
{
    public function __clone()
    {
        echo "__clone called\n";
    }
}

$objects = [
    new RdKafka\Producer($conf),
    new RdKafka\Consumer($conf),
    new ClonableProducer($conf),
    (new ReflectionClass(RdKafka\Producer::class))->newInstanceWithoutConstructor(),
];
foreach ($objects as $object) {
    try {
        $copy = clone $object;
        echo "cloned\n";
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump((new ReflectionClass(RdKafka\Producer::class))->isCloneable());
unset($objects);
echo "done\n";
?>
--EXPECT--
Error: Trying to clone an uncloneable object of class RdKafka\Producer
Error: Trying to clone an uncloneable object of class RdKafka\Consumer
Error: Trying to clone an uncloneable object of class ClonableProducer
Error: Trying to clone an uncloneable object of class RdKafka\Producer
bool(false)
done
