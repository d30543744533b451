--TEST--
RdKafka\TopicPartition without its constructor: empty debug info, methods throw "__construct() has not been called"
--FILE--
<?php
class MyTopicPartition extends RdKafka\TopicPartition
{
    public function __construct()
    {
        // parent::__construct() deliberately not called
    }
}

function check(RdKafka\TopicPartition $tp): void
{
    var_dump($tp);
    $calls = [
        'getTopic' => [],
        'getPartition' => [],
        'getOffset' => [],
        'getErr' => [],
        'setTopic' => ['t'],
        'setPartition' => [1],
        'setOffset' => [2],
    ];
    foreach ($calls as $method => $args) {
        try {
            $tp->$method(...$args);
            echo "$method: no exception\n";
        } catch (Throwable $e) {
            printf("%s: %s(%d) %s\n", $method, get_class($e), $e->getCode(), $e->getMessage());
        }
    }
}

check(new MyTopicPartition());
check((new ReflectionClass(RdKafka\TopicPartition::class))->newInstanceWithoutConstructor());

// serialize() keeps none of the native state
$serialized = serialize(new RdKafka\TopicPartition('topic', 1, 2));
echo $serialized, "\n";
$restored = unserialize($serialized);
var_dump($restored);
try {
    $restored->getTopic();
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// calling the parent constructor later makes the object usable
class LateTopicPartition extends RdKafka\TopicPartition
{
    public function __construct()
    {
    }

    public function init(): void
    {
        parent::__construct('late', 3, 4);
    }
}
$late = new LateTopicPartition();
$late->init();
var_dump($late->getTopic(), $late->getPartition(), $late->getOffset());
?>
--EXPECTF--
object(MyTopicPartition)#%d (0) {
}
getTopic: Exception(0) RdKafka\TopicPartition::__construct() has not been called
getPartition: Exception(0) RdKafka\TopicPartition::__construct() has not been called
getOffset: Exception(0) RdKafka\TopicPartition::__construct() has not been called
getErr: Exception(0) RdKafka\TopicPartition::__construct() has not been called
setTopic: Exception(0) RdKafka\TopicPartition::__construct() has not been called
setPartition: Exception(0) RdKafka\TopicPartition::__construct() has not been called
setOffset: Exception(0) RdKafka\TopicPartition::__construct() has not been called
object(RdKafka\TopicPartition)#%d (0) {
}
getTopic: Exception(0) RdKafka\TopicPartition::__construct() has not been called
getPartition: Exception(0) RdKafka\TopicPartition::__construct() has not been called
getOffset: Exception(0) RdKafka\TopicPartition::__construct() has not been called
getErr: Exception(0) RdKafka\TopicPartition::__construct() has not been called
setTopic: Exception(0) RdKafka\TopicPartition::__construct() has not been called
setPartition: Exception(0) RdKafka\TopicPartition::__construct() has not been called
setOffset: Exception(0) RdKafka\TopicPartition::__construct() has not been called
O:22:"RdKafka\TopicPartition":0:{}
object(RdKafka\TopicPartition)#%d (0) {
}
Exception: RdKafka\TopicPartition::__construct() has not been called
string(4) "late"
int(3)
int(4)
