--TEST--
RdKafka\Message: binary strings with NUL and high bytes are kept as they are
--FILE--
<?php
$binary = "a\0b\xff\xfe\x00\x80end";
$message = new RdKafka\Message();
$message->err = 0;
$message->payload = $binary;
$message->len = strlen($binary);
$message->key = "\0key\xff";
$message->topic_name = "t\0x";
$message->opaque = "\xff\0";
$message->headers = ["h\0name" => "\0\xff"];

var_dump($message->payload === $binary, strlen($message->payload), $message->len);
echo bin2hex($message->payload), "\n";
echo bin2hex($message->key), "\n";
echo bin2hex($message->topic_name), "\n";
echo bin2hex($message->opaque), "\n";
foreach ($message->headers as $name => $value) {
    echo bin2hex($name), ' => ', bin2hex($value), "\n";
}

$restored = unserialize(serialize($message));
var_dump($restored->payload === $binary, $restored->key === "\0key\xff");
$copy = clone $message;
var_dump($copy->payload === $binary);
?>
--EXPECT--
bool(true)
int(10)
int(10)
610062fffe0080656e64
006b6579ff
740078
ff00
68006e616d65 => 00ff
bool(true)
bool(true)
bool(true)
