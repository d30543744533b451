--TEST--
RdKafka\KafkaErrorException: serialize/unserialize keeps message, code, file, line and the 4 private values
--FILE--
<?php
$e = new RdKafka\KafkaErrorException('txn failed', RD_KAFKA_RESP_ERR__STATE, 'Local: Erroneous state', false, true, true);
$restored = unserialize(serialize($e));

var_dump(get_class($restored));
var_dump($restored->getMessage() === $e->getMessage());
var_dump($restored->getCode(), $restored->getErrorString());
var_dump($restored->isFatal(), $restored->isRetriable(), $restored->transactionRequiresAbort());
var_dump($restored->getFile() === $e->getFile(), $restored->getLine() === $e->getLine());
var_dump($restored == $e);

$serialized = serialize($e);
var_dump(str_contains($serialized, '"' . "\0RdKafka\\KafkaErrorException\0error_string" . '"'));
var_dump(str_contains($serialized, "\0RdKafka\\KafkaErrorException\0transactionRequiresAbort\";b:1;"));

// default (2-argument) values survive as well
$restored = unserialize(serialize(new RdKafka\KafkaErrorException('two', 2)));
var_dump($restored->getErrorString(), $restored->isFatal());

// the restored exception can be thrown again
try {
    throw $restored;
} catch (RdKafka\KafkaErrorException $caught) {
    var_dump($caught === $restored);
}
?>
--EXPECT--
string(27) "RdKafka\KafkaErrorException"
bool(true)
int(-172)
string(22) "Local: Erroneous state"
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(0) ""
bool(false)
bool(true)
