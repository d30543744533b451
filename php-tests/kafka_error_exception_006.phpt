--TEST--
RdKafka\KafkaErrorException extends RdKafka\Exception extends \Exception; catchable at every level
--FILE--
<?php
var_dump(get_parent_class(RdKafka\KafkaErrorException::class));
var_dump(get_parent_class(RdKafka\Exception::class));
$interfaces = class_implements(RdKafka\KafkaErrorException::class);
ksort($interfaces);
var_dump($interfaces);
var_dump(is_subclass_of(RdKafka\KafkaErrorException::class, Throwable::class));

$e = new RdKafka\KafkaErrorException('m', 1, 's', false, false, false);
var_dump($e instanceof RdKafka\KafkaErrorException, $e instanceof RdKafka\Exception, $e instanceof Exception, $e instanceof Throwable, $e instanceof Error);

try {
    throw new RdKafka\KafkaErrorException('level 1', 2, 's', true, false, false);
} catch (RdKafka\KafkaErrorException $caught) {
    echo 'caught as KafkaErrorException: ', $caught->getMessage(), "\n";
}
try {
    throw new RdKafka\KafkaErrorException('level 2', 2, 's', true, false, false);
} catch (RdKafka\Exception $caught) {
    echo 'caught as RdKafka\Exception: ', $caught->getMessage(), "\n";
}
try {
    throw new RdKafka\KafkaErrorException('level 3', 2, 's', true, false, false);
} catch (Exception $caught) {
    echo 'caught as Exception: ', $caught->getMessage(), "\n";
}
try {
    throw new RdKafka\KafkaErrorException('level 4', 2, 's', true, false, false);
} catch (Throwable $caught) {
    echo 'caught as Throwable: ', $caught->getMessage(), "\n";
}
// a plain RdKafka\Exception is not a KafkaErrorException
try {
    try {
        throw new RdKafka\Exception('plain', 5);
    } catch (RdKafka\KafkaErrorException $caught) {
        echo "wrongly caught\n";
    }
} catch (RdKafka\Exception $caught) {
    echo 'plain RdKafka\Exception passed through: ', $caught->getMessage(), "\n";
}

function thrower(): void
{
    throw new RdKafka\KafkaErrorException('deep', 3, 'd', false, false, true);
}
try {
    thrower();
} catch (RdKafka\Exception $caught) {
    echo get_class($caught), ' caught as RdKafka\Exception: ', $caught->getMessage(), "\n";
}
try {
    thrower();
} catch (Exception $caught) {
    echo get_class($caught), ' caught as Exception, ', $caught->transactionRequiresAbort() ? 'abort' : 'no abort', "\n";
}

// the string form is the standard exception one
echo new RdKafka\KafkaErrorException('stringified', 4), "\n";
?>
--EXPECTF--
string(17) "RdKafka\Exception"
string(9) "Exception"
array(2) {
  ["Stringable"]=>
  string(10) "Stringable"
  ["Throwable"]=>
  string(9) "Throwable"
}
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
caught as KafkaErrorException: level 1
caught as RdKafka\Exception: level 2
caught as Exception: level 3
caught as Throwable: level 4
plain RdKafka\Exception passed through: plain
RdKafka\KafkaErrorException caught as RdKafka\Exception: deep
RdKafka\KafkaErrorException caught as Exception, abort
RdKafka\KafkaErrorException: stringified in %s:%d
Stack trace:
#0 {main}
