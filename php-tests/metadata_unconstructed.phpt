--TEST--
Metadata classes: private constructors, objects made without the constructor, subclasses with their own constructor
--FILE--
<?php
function show(Throwable $e): void
{
    printf("%s(%d): %s\n", get_class($e), $e->getCode(), $e->getMessage());
}

class MyMetadata extends RdKafka\Metadata
{
    public function __construct()
    {
    }

    public function callParent(): void
    {
        parent::__construct();
    }
}

class MyTopic extends RdKafka\Metadata\Topic
{
    public function __construct()
    {
    }
}

class MyBroker extends RdKafka\Metadata\Broker
{
    public function __construct()
    {
    }
}

class MyPartition extends RdKafka\Metadata\Partition
{
    public function __construct()
    {
    }
}

class MyCollection extends RdKafka\Metadata\Collection
{
    public function __construct()
    {
    }
}

$classes = [
    RdKafka\Metadata::class => MyMetadata::class,
    RdKafka\Metadata\Topic::class => MyTopic::class,
    RdKafka\Metadata\Broker::class => MyBroker::class,
    RdKafka\Metadata\Partition::class => MyPartition::class,
    RdKafka\Metadata\Collection::class => MyCollection::class,
];

foreach ($classes as $class => $subclass) {
    echo "== $class\n";
    try {
        new $class();
        echo "new: no exception\n";
    } catch (Error $e) {
        show($e);
    }

    $reflection = new ReflectionClass($class);
    $constructor = $reflection->getConstructor();
    echo "constructor: ", $constructor->isPrivate() ? 'private' : 'not private', ', ', $constructor->getNumberOfParameters(), " parameters\n";

    $methods = [];
    foreach ($reflection->getMethods() as $method) {
        if ($method->getName() !== '__construct') {
            $methods[] = $method->getName();
        }
    }
    echo "methods: ", implode(', ', $methods), "\n";

    foreach (['newInstanceWithoutConstructor' => $reflection->newInstanceWithoutConstructor(), 'subclass' => new $subclass()] as $how => $object) {
        echo "-- $how\n";
        var_dump($object);
        print_r($object);
        echo "\n";
        foreach ($methods as $method) {
            try {
                $line = __LINE__ + 1;
                $object->$method();
                echo "$method: no exception\n";
            } catch (Throwable $e) {
                echo "$method: ";
                if ($e->getLine() !== $line || $e->getFile() !== __FILE__) {
                    echo "(wrong location ", $e->getFile(), ':', $e->getLine(), ") ";
                }
                show($e);
            }
        }
    }

    echo "-- private constructor reached through reflection\n";
    try {
        $constructor->invoke(new $subclass());
        echo "no exception\n";
    } catch (Throwable $e) {
        show($e);
    }

    echo "-- unserialize\n";
    $serialized = serialize($reflection->newInstanceWithoutConstructor());
    echo $serialized, "\n";
    $restored = unserialize($serialized);
    var_dump($restored);
    try {
        $restored->{$methods[0]}();
    } catch (Exception $e) {
        show($e);
    }

    echo "-- clone\n";
    try {
        clone $reflection->newInstanceWithoutConstructor();
        echo "no exception\n";
    } catch (Error $e) {
        show($e);
    }
}

echo "== parent::__construct() from a subclass\n";
$metadata = new MyMetadata();
try {
    $metadata->callParent();
    echo "no exception\n";
} catch (Throwable $e) {
    show($e);
}

echo "== iterating an unconstructed Collection\n";
foreach ([(new ReflectionClass(RdKafka\Metadata\Collection::class))->newInstanceWithoutConstructor(), new MyCollection()] as $collection) {
    try {
        foreach ($collection as $item) {
            echo "item\n";
        }
        echo "no exception\n";
    } catch (Exception $e) {
        show($e);
    }
    try {
        count($collection);
        echo "no exception\n";
    } catch (Exception $e) {
        show($e);
    }
    try {
        iterator_to_array($collection);
        echo "no exception\n";
    } catch (Exception $e) {
        show($e);
    }
}
?>
--EXPECTF--
== RdKafka\Metadata
Error(0): Call to private RdKafka\Metadata::__construct() from global scope
constructor: private, 0 parameters
methods: getOrigBrokerId, getOrigBrokerName, getBrokers, getTopics
-- newInstanceWithoutConstructor
object(RdKafka\Metadata)#%d (0) {
}
RdKafka\Metadata Object
(
)

getOrigBrokerId: Exception(0): RdKafka\Metadata::__construct() has not been called
getOrigBrokerName: Exception(0): RdKafka\Metadata::__construct() has not been called
getBrokers: Exception(0): RdKafka\Metadata::__construct() has not been called
getTopics: Exception(0): RdKafka\Metadata::__construct() has not been called
-- subclass
object(MyMetadata)#%d (0) {
}
MyMetadata Object
(
)

getOrigBrokerId: Exception(0): RdKafka\Metadata::__construct() has not been called
getOrigBrokerName: Exception(0): RdKafka\Metadata::__construct() has not been called
getBrokers: Exception(0): RdKafka\Metadata::__construct() has not been called
getTopics: Exception(0): RdKafka\Metadata::__construct() has not been called
-- private constructor reached through reflection
Exception(0): Private constructor
-- unserialize
O:16:"RdKafka\Metadata":0:{}
object(RdKafka\Metadata)#%d (0) {
}
Exception(0): RdKafka\Metadata::__construct() has not been called
-- clone
Error(0): Trying to clone an uncloneable object of class RdKafka\Metadata
== RdKafka\Metadata\Topic
Error(0): Call to private RdKafka\Metadata\Topic::__construct() from global scope
constructor: private, 0 parameters
methods: getTopic, getErr, getPartitions
-- newInstanceWithoutConstructor
object(RdKafka\Metadata\Topic)#%d (0) {
}
RdKafka\Metadata\Topic Object
(
)

getTopic: Exception(0): RdKafka\Metadata\Topic::__construct() has not been called
getErr: Exception(0): RdKafka\Metadata\Topic::__construct() has not been called
getPartitions: Exception(0): RdKafka\Metadata\Topic::__construct() has not been called
-- subclass
object(MyTopic)#%d (0) {
}
MyTopic Object
(
)

getTopic: Exception(0): RdKafka\Metadata\Topic::__construct() has not been called
getErr: Exception(0): RdKafka\Metadata\Topic::__construct() has not been called
getPartitions: Exception(0): RdKafka\Metadata\Topic::__construct() has not been called
-- private constructor reached through reflection
Exception(0): Private constructor
-- unserialize
O:22:"RdKafka\Metadata\Topic":0:{}
object(RdKafka\Metadata\Topic)#%d (0) {
}
Exception(0): RdKafka\Metadata\Topic::__construct() has not been called
-- clone
Error(0): Trying to clone an uncloneable object of class RdKafka\Metadata\Topic
== RdKafka\Metadata\Broker
Error(0): Call to private RdKafka\Metadata\Broker::__construct() from global scope
constructor: private, 0 parameters
methods: getId, getHost, getPort
-- newInstanceWithoutConstructor
object(RdKafka\Metadata\Broker)#%d (0) {
}
RdKafka\Metadata\Broker Object
(
)

getId: Exception(0): RdKafka\Metadata\Broker::__construct() has not been called
getHost: Exception(0): RdKafka\Metadata\Broker::__construct() has not been called
getPort: Exception(0): RdKafka\Metadata\Broker::__construct() has not been called
-- subclass
object(MyBroker)#%d (0) {
}
MyBroker Object
(
)

getId: Exception(0): RdKafka\Metadata\Broker::__construct() has not been called
getHost: Exception(0): RdKafka\Metadata\Broker::__construct() has not been called
getPort: Exception(0): RdKafka\Metadata\Broker::__construct() has not been called
-- private constructor reached through reflection
Exception(0): Private constructor
-- unserialize
O:23:"RdKafka\Metadata\Broker":0:{}
object(RdKafka\Metadata\Broker)#%d (0) {
}
Exception(0): RdKafka\Metadata\Broker::__construct() has not been called
-- clone
Error(0): Trying to clone an uncloneable object of class RdKafka\Metadata\Broker
== RdKafka\Metadata\Partition
Error(0): Call to private RdKafka\Metadata\Partition::__construct() from global scope
constructor: private, 0 parameters
methods: getId, getErr, getLeader, getReplicas, getIsrs
-- newInstanceWithoutConstructor
object(RdKafka\Metadata\Partition)#%d (0) {
}
RdKafka\Metadata\Partition Object
(
)

getId: Exception(0): RdKafka\Metadata\Partition::__construct() has not been called
getErr: Exception(0): RdKafka\Metadata\Partition::__construct() has not been called
getLeader: Exception(0): RdKafka\Metadata\Partition::__construct() has not been called
getReplicas: Exception(0): RdKafka\Metadata\Partition::__construct() has not been called
getIsrs: Exception(0): RdKafka\Metadata\Partition::__construct() has not been called
-- subclass
object(MyPartition)#%d (0) {
}
MyPartition Object
(
)

getId: Exception(0): RdKafka\Metadata\Partition::__construct() has not been called
getErr: Exception(0): RdKafka\Metadata\Partition::__construct() has not been called
getLeader: Exception(0): RdKafka\Metadata\Partition::__construct() has not been called
getReplicas: Exception(0): RdKafka\Metadata\Partition::__construct() has not been called
getIsrs: Exception(0): RdKafka\Metadata\Partition::__construct() has not been called
-- private constructor reached through reflection
Exception(0): Private constructor
-- unserialize
O:26:"RdKafka\Metadata\Partition":0:{}
object(RdKafka\Metadata\Partition)#%d (0) {
}
Exception(0): RdKafka\Metadata\Partition::__construct() has not been called
-- clone
Error(0): Trying to clone an uncloneable object of class RdKafka\Metadata\Partition
== RdKafka\Metadata\Collection
Error(0): Call to private RdKafka\Metadata\Collection::__construct() from global scope
constructor: private, 0 parameters
methods: count, current, key, next, rewind, valid
-- newInstanceWithoutConstructor
object(RdKafka\Metadata\Collection)#%d (0) {
}
RdKafka\Metadata\Collection Object
(
)

count: Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
current: Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
key: Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
next: Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
rewind: Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
valid: Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
-- subclass
object(MyCollection)#%d (0) {
}
MyCollection Object
(
)

count: Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
current: Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
key: Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
next: Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
rewind: Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
valid: Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
-- private constructor reached through reflection
Exception(0): Private constructor
-- unserialize
O:27:"RdKafka\Metadata\Collection":0:{}
object(RdKafka\Metadata\Collection)#%d (0) {
}
Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
-- clone
Error(0): Trying to clone an uncloneable object of class RdKafka\Metadata\Collection
== parent::__construct() from a subclass
Error(0): Cannot call private RdKafka\Metadata::__construct()
== iterating an unconstructed Collection
Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
Exception(0): RdKafka\Metadata\Collection::__construct() has not been called
