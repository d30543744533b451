--TEST--
RdKafka\Message can be subclassed; the subclass keeps the typed properties and errstr()
--FILE--
<?php
class MyMessage extends RdKafka\Message
{
    public $extra = 'x';

    public function __construct(int $err, string $payload)
    {
        $this->err = $err;
        $this->payload = $payload;
        $this->len = strlen($payload);
    }

    public function describe(): string
    {
        return sprintf('%s (%d bytes): %s', $this->payload, $this->len, $this->errstr());
    }
}

$message = new MyMessage(RD_KAFKA_RESP_ERR__TIMED_OUT, 'abc');
var_dump($message instanceof RdKafka\Message);
echo $message->describe(), "\n";
var_dump($message);

try {
    $message->partition = 'x';
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}

$copy = clone $message;
var_dump(get_class($copy), $copy->describe());
$restored = unserialize(serialize($message));
var_dump(get_class($restored), $restored->describe());

// errstr() may be overridden, with or without the return type
class Quiet extends RdKafka\Message
{
    #[\ReturnTypeWillChange]
    public function errstr()
    {
        return 'quiet';
    }
}
var_dump((new Quiet())->errstr());
?>
--EXPECT--
bool(true)
abc (3 bytes): Local: Timed out
object(MyMessage)#1 (8) {
  ["err"]=>
  int(-185)
  ["topic_name"]=>
  NULL
  ["timestamp"]=>
  NULL
  ["partition"]=>
  uninitialized(int)
  ["payload"]=>
  string(3) "abc"
  ["len"]=>
  int(3)
  ["key"]=>
  NULL
  ["offset"]=>
  uninitialized(int)
  ["headers"]=>
  uninitialized(array)
  ["opaque"]=>
  NULL
  ["extra"]=>
  string(1) "x"
}
Cannot assign string to property RdKafka\Message::$partition of type int
string(9) "MyMessage"
string(31) "abc (3 bytes): Local: Timed out"
string(9) "MyMessage"
string(31) "abc (3 bytes): Local: Timed out"
string(5) "quiet"
