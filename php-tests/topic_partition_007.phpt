--TEST--
RdKafka\TopicPartition: clone is refused, native state is invisible to property APIs
--FILE--
<?php
$tp = new RdKafka\TopicPartition('topic', 1, 2);
try {
    $copy = clone $tp;
    echo "cloned\n";
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

class SubTopicPartition extends RdKafka\TopicPartition
{
    public $extra = 'x';
}
try {
    $copy = clone new SubTopicPartition('t', 0);
    echo "cloned\n";
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// debug info only: the data is not made of properties
var_dump(get_object_vars($tp), (array) $tp, json_encode($tp));
foreach ($tp as $key => $value) {
    echo "$key\n";
}

// a subclass' own properties are regular properties, but var_dump shows the debug info
$sub = new SubTopicPartition('sub', 4, 5);
var_dump(get_object_vars($sub));
var_dump($sub);

// the object still works after all of the above
var_dump($tp->getTopic(), $tp->getPartition(), $tp->getOffset());
?>
--EXPECT--
Error: Trying to clone an uncloneable object of class RdKafka\TopicPartition
Error: Trying to clone an uncloneable object of class SubTopicPartition
array(0) {
}
array(0) {
}
string(2) "{}"
array(1) {
  ["extra"]=>
  string(1) "x"
}
object(SubTopicPartition)#2 (4) {
  ["topic"]=>
  string(3) "sub"
  ["partition"]=>
  int(4)
  ["offset"]=>
  int(5)
  ["err"]=>
  int(0)
}
string(5) "topic"
int(1)
int(2)
