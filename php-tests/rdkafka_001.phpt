--TEST--
RdKafka: abstract base class with a private constructor; Producer and Consumer extend it
--FILE--
<?php
try {
    new RdKafka();
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

$class = new ReflectionClass('RdKafka');
var_dump($class->isAbstract(), $class->isFinal(), $class->isInternal(), $class->getNamespaceName());
$ctor = $class->getConstructor();
var_dump($ctor->class, $ctor->isPrivate(), $ctor->getNumberOfParameters());

foreach ([RdKafka\Producer::class, RdKafka\Consumer::class] as $name) {
    $child = new ReflectionClass($name);
    $childCtor = $child->getConstructor();
    printf(
        "%s extends %s, abstract=%s, ctor %s::%s public=%s params=%s\n",
        $name,
        $child->getParentClass()->getName(),
        var_export($child->isAbstract(), true),
        $childCtor->class,
        $childCtor->name,
        var_export($childCtor->isPublic(), true),
        implode(', ', array_map(
            fn($p) => $p->getType() . ' $' . $p->getName() . ($p->isDefaultValueAvailable() ? ' = ' . var_export($p->getDefaultValue(), true) : ''),
            $childCtor->getParameters()
        ))
    );
}

// a user class extending RdKafka directly cannot reach the private constructor
class Direct extends RdKafka
{
}
try {
    new Direct();
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// reaching the private constructor through reflection (accessible since PHP 8.1) throws
// php-rdkafka's base Exception
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS') ?: '127.0.0.1:1');
$conf->set('log_level', '0');
foreach ([new RdKafka\Producer($conf), (new ReflectionClass(RdKafka\Consumer::class))->newInstanceWithoutConstructor()] as $client) {
    try {
        $ctor->invoke($client);
        echo "no exception\n";
    } catch (Exception $e) {
        printf("%s(%d): %s\n", get_class($e), $e->getCode(), $e->getMessage());
    }
}

// KafkaConsumer is not an RdKafka
var_dump(is_subclass_of('RdKafka\KafkaConsumer', 'RdKafka', true) ?: 'no');
?>
--EXPECT--
Error: Cannot instantiate abstract class RdKafka
bool(true)
bool(false)
bool(true)
string(0) ""
string(7) "RdKafka"
bool(true)
int(0)
RdKafka\Producer extends RdKafka, abstract=false, ctor RdKafka\Producer::__construct public=true params=?RdKafka\Conf $conf = NULL
RdKafka\Consumer extends RdKafka, abstract=false, ctor RdKafka\Consumer::__construct public=true params=?RdKafka\Conf $conf = NULL
Error: Call to private RdKafka::__construct() from global scope
Exception(0): Private constructor
Exception(0): Private constructor
string(2) "no"
