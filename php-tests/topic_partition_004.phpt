--TEST--
RdKafka\TopicPartition: topic names with NUL and high bytes are kept whole
--FILE--
<?php
$tp = new RdKafka\TopicPartition("a\0b", 0);
var_dump(bin2hex($tp->getTopic()), strlen($tp->getTopic()));

$tp->setTopic("\0lead\xff\0");
var_dump(bin2hex($tp->getTopic()), strlen($tp->getTopic()));

ob_start();
var_dump($tp);
echo addcslashes(ob_get_clean(), "\0\177..\377");

// the constructor and the setter agree
$a = new RdKafka\TopicPartition("x\0y", 1);
$b = (new RdKafka\TopicPartition('', 1))->setTopic("x\0y");
var_dump($a->getTopic() === $b->getTopic(), $a->getTopic() === "x\0y");
?>
--EXPECT--
string(6) "610062"
int(3)
string(14) "006c656164ff00"
int(7)
object(RdKafka\TopicPartition)#1 (4) {
  ["topic"]=>
  string(7) "\000lead\377\000"
  ["partition"]=>
  int(0)
  ["offset"]=>
  int(0)
  ["err"]=>
  int(0)
}
bool(true)
bool(true)
