--TEST--
RdKafka\Message: plain properties in get_object_vars(), (array), json_encode(), clone and serialize()
--FILE--
<?php
$message = new RdKafka\Message();
$message->err = 0;
$message->topic_name = 'orders';
$message->partition = 1;
$message->payload = 'hello';
$message->len = 5;
$message->offset = 10;
$message->headers = ['h' => 'v'];

// uninitialized typed properties are left out, everything else is a normal property
echo json_encode(get_object_vars(new RdKafka\Message())), "\n";
echo json_encode(get_object_vars($message)), "\n";
echo json_encode((array) $message), "\n";
echo json_encode($message), "\n";

// clone is allowed and makes an independent copy
$copy = clone $message;
var_dump($copy == $message, $copy === $message, get_class($copy));
$copy->payload = 'changed';
var_dump($message->payload, $copy->payload);

// serialize/unserialize round trip
$serialized = serialize($message);
echo $serialized, "\n";
$restored = unserialize($serialized);
var_dump($restored == $message, $restored->errstr());
var_dump($restored);

echo serialize(new RdKafka\Message()), "\n";
var_dump(unserialize(serialize(new RdKafka\Message())) == new RdKafka\Message());
?>
--EXPECT--
{"topic_name":null,"timestamp":null,"payload":null,"len":null,"key":null,"opaque":null}
{"err":0,"topic_name":"orders","timestamp":null,"partition":1,"payload":"hello","len":5,"key":null,"offset":10,"headers":{"h":"v"},"opaque":null}
{"err":0,"topic_name":"orders","timestamp":null,"partition":1,"payload":"hello","len":5,"key":null,"offset":10,"headers":{"h":"v"},"opaque":null}
{"err":0,"topic_name":"orders","timestamp":null,"partition":1,"payload":"hello","len":5,"key":null,"offset":10,"headers":{"h":"v"},"opaque":null}
bool(true)
bool(false)
string(15) "RdKafka\Message"
string(5) "hello"
string(7) "changed"
O:15:"RdKafka\Message":10:{s:3:"err";i:0;s:10:"topic_name";s:6:"orders";s:9:"timestamp";N;s:9:"partition";i:1;s:7:"payload";s:5:"hello";s:3:"len";i:5;s:3:"key";N;s:6:"offset";i:10;s:7:"headers";a:1:{s:1:"h";s:1:"v";}s:6:"opaque";N;}
bool(true)
string(7) "Success"
object(RdKafka\Message)#3 (10) {
  ["err"]=>
  int(0)
  ["topic_name"]=>
  string(6) "orders"
  ["timestamp"]=>
  NULL
  ["partition"]=>
  int(1)
  ["payload"]=>
  string(5) "hello"
  ["len"]=>
  int(5)
  ["key"]=>
  NULL
  ["offset"]=>
  int(10)
  ["headers"]=>
  array(1) {
    ["h"]=>
    string(1) "v"
  }
  ["opaque"]=>
  NULL
}
O:15:"RdKafka\Message":6:{s:10:"topic_name";N;s:9:"timestamp";N;s:7:"payload";N;s:3:"len";N;s:3:"key";N;s:6:"opaque";N;}
bool(true)
