--TEST--
RdKafka\TopicPartition: constructor, debug shape, getters and fluent setters
--FILE--
<?php
$tp = new RdKafka\TopicPartition('test', RD_KAFKA_PARTITION_UA, 42);
var_dump($tp);
var_dump($tp->getTopic(), $tp->getPartition(), $tp->getOffset(), $tp->getErr());

// setters return the very same object
var_dump($tp->setTopic('foo') === $tp);
var_dump($tp->setPartition(123) === $tp);
var_dump($tp->setOffset(RD_KAFKA_OFFSET_BEGINNING) === $tp);
var_dump($tp);

$chained = (new RdKafka\TopicPartition('a', 0))->setTopic('b')->setPartition(7)->setOffset(-1001);
var_dump($chained->getTopic(), $chained->getPartition(), $chained->getOffset());

// offset defaults to 0, err is 0 on a constructed object
$default = new RdKafka\TopicPartition('default', 2);
var_dump($default->getOffset(), $default->getErr());

// empty topic name is allowed
$empty = new RdKafka\TopicPartition('', 0);
var_dump($empty->getTopic());

// named arguments use the documented parameter names
$named = new RdKafka\TopicPartition(offset: 5, partition: 1, topic: 'named');
var_dump($named->getTopic(), $named->getPartition(), $named->getOffset());
var_dump($named->setTopic(topic_name: 'renamed')->getTopic());
print_r($named);
echo "\n";
?>
--EXPECT--
object(RdKafka\TopicPartition)#1 (4) {
  ["topic"]=>
  string(4) "test"
  ["partition"]=>
  int(-1)
  ["offset"]=>
  int(42)
  ["err"]=>
  int(0)
}
string(4) "test"
int(-1)
int(42)
int(0)
bool(true)
bool(true)
bool(true)
object(RdKafka\TopicPartition)#1 (4) {
  ["topic"]=>
  string(3) "foo"
  ["partition"]=>
  int(123)
  ["offset"]=>
  int(-2)
  ["err"]=>
  int(0)
}
string(1) "b"
int(7)
int(-1001)
int(0)
int(0)
string(0) ""
string(5) "named"
int(1)
int(5)
string(7) "renamed"
RdKafka\TopicPartition Object
(
    [topic] => renamed
    [partition] => 1
    [offset] => 5
    [err] => 0
)
