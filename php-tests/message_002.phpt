--TEST--
RdKafka\Message: properties are writable, typed (TypeError) and coerced in weak mode
--FILE--
<?php
$message = new RdKafka\Message();

$message->err = RD_KAFKA_RESP_ERR__PARTITION_EOF;
$message->topic_name = 'topic';
$message->timestamp = 1700000000000;
$message->partition = 3;
$message->payload = 'payload';
$message->len = 7;
$message->key = 'key';
$message->offset = 42;
$message->headers = ['a' => 'b'];
$message->opaque = 'opaque';
var_dump($message);

// TypeError with the standard engine text
$attempts = [
    'err' => 'not a number',
    'partition' => [],
    'offset' => null,
    'headers' => 'x',
    'len' => 'abc',
    'topic_name' => [],
    'timestamp' => new stdClass(),
];
foreach ($attempts as $name => $value) {
    try {
        $message->$name = $value;
        echo "$name: no error\n";
    } catch (TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

// weak-mode coercion
$message->payload = 5;
var_dump($message->payload);
$message->err = '12';
var_dump($message->err);
$message->len = '99';
var_dump($message->len);
$message->key = 1.5;
var_dump($message->key);
$message->offset = true;
var_dump($message->offset);

// nullable properties accept null again
$message->payload = null;
$message->key = null;
$message->topic_name = null;
var_dump($message->payload, $message->key, $message->topic_name);
?>
--EXPECT--
object(RdKafka\Message)#1 (10) {
  ["err"]=>
  int(-191)
  ["topic_name"]=>
  string(5) "topic"
  ["timestamp"]=>
  int(1700000000000)
  ["partition"]=>
  int(3)
  ["payload"]=>
  string(7) "payload"
  ["len"]=>
  int(7)
  ["key"]=>
  string(3) "key"
  ["offset"]=>
  int(42)
  ["headers"]=>
  array(1) {
    ["a"]=>
    string(1) "b"
  }
  ["opaque"]=>
  string(6) "opaque"
}
TypeError: Cannot assign string to property RdKafka\Message::$err of type int
TypeError: Cannot assign array to property RdKafka\Message::$partition of type int
TypeError: Cannot assign null to property RdKafka\Message::$offset of type int
TypeError: Cannot assign string to property RdKafka\Message::$headers of type array
TypeError: Cannot assign string to property RdKafka\Message::$len of type ?int
TypeError: Cannot assign array to property RdKafka\Message::$topic_name of type ?string
TypeError: Cannot assign stdClass to property RdKafka\Message::$timestamp of type ?int
string(1) "5"
int(12)
int(99)
string(3) "1.5"
int(1)
NULL
NULL
NULL
