--TEST--
RdKafka\KafkaErrorException: 6-argument constructor and all getters
--FILE--
<?php
$e = new RdKafka\KafkaErrorException('message', RD_KAFKA_RESP_ERR__FENCED, 'error string', true, false, true);
$line = __LINE__ - 1;

var_dump($e->getMessage());
var_dump($e->getCode());
var_dump($e->getErrorString());
var_dump($e->isFatal());
var_dump($e->isRetriable());
var_dump($e->transactionRequiresAbort());
var_dump($e->getFile() === __FILE__, $e->getLine() === $line);
var_dump($e->getPrevious());
var_dump($e->getTrace());

$e = new RdKafka\KafkaErrorException('m', 1, 'es', false, true, false);
var_dump($e->isFatal(), $e->isRetriable(), $e->transactionRequiresAbort());

// named arguments use the documented parameter names
$e = new RdKafka\KafkaErrorException(
    transactionRequiresAbort: false,
    isRetriable: false,
    isFatal: true,
    error_string: 'named',
    code: 7,
    message: 'by name',
);
var_dump($e->getMessage(), $e->getCode(), $e->getErrorString(), $e->isFatal());

// weak-mode coercion of the scalar arguments
$e = new RdKafka\KafkaErrorException(123, '45', 6.0, 1, 0, 'yes');
var_dump($e->getMessage(), $e->getCode(), $e->getErrorString(), $e->isFatal(), $e->isRetriable(), $e->transactionRequiresAbort());
?>
--EXPECT--
string(7) "message"
int(-144)
string(12) "error string"
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
NULL
array(0) {
}
bool(false)
bool(true)
bool(false)
string(7) "by name"
int(7)
string(5) "named"
bool(true)
string(3) "123"
int(45)
string(1) "6"
bool(true)
bool(false)
bool(true)
