--TEST--
RdKafka\Message::errstr(): librdkafka's text for $err, Error when $err is uninitialized
--FILE--
<?php
$message = new RdKafka\Message();

try {
    $message->errstr();
    echo "no error\n";
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    var_dump($message->err);
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

foreach ([0, -185, RD_KAFKA_RESP_ERR__PARTITION_EOF, 1, -1, 12345, -12345] as $err) {
    $message->err = $err;
    var_dump($message->errstr());
    var_dump($message->errstr() === rd_kafka_err2str($err));
}

// the payload does not matter
$message->err = 0;
$message->payload = 'some text';
var_dump($message->errstr());

try {
    $message->errstr('extra');
    echo "no error\n";
} catch (ArgumentCountError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
Error: Typed property RdKafka\Message::$err must not be accessed before initialization
Error: Typed property RdKafka\Message::$err must not be accessed before initialization
string(7) "Success"
bool(true)
string(16) "Local: Timed out"
bool(true)
string(24) "Broker: No more messages"
bool(true)
string(27) "Broker: Offset out of range"
bool(true)
string(20) "Unknown broker error"
bool(true)
string(10) "Err-12345?"
bool(true)
string(11) "Err--12345?"
bool(true)
string(7) "Success"
ArgumentCountError: RdKafka\Message::errstr() expects exactly 0 arguments, 1 given
