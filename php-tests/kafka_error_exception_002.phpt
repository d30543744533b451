--TEST--
RdKafka\KafkaErrorException: 2 to 6 arguments accepted; missing ones default to "", false, false, false
--FILE--
<?php
$e = new RdKafka\KafkaErrorException('only two', -145);
var_dump($e->getMessage(), $e->getCode(), $e->getErrorString(), $e->isFatal(), $e->isRetriable(), $e->transactionRequiresAbort());

$e = new RdKafka\KafkaErrorException('three', 1, 'err');
var_dump($e->getErrorString(), $e->isFatal(), $e->isRetriable(), $e->transactionRequiresAbort());

$e = new RdKafka\KafkaErrorException('five', 1, 'err', true, true);
var_dump($e->isFatal(), $e->isRetriable(), $e->transactionRequiresAbort());

$calls = [
    fn() => new RdKafka\KafkaErrorException(),
    fn() => new RdKafka\KafkaErrorException('one'),
    fn() => new RdKafka\KafkaErrorException('m', 1, 'e', false, false, false, 'seventh'),
    fn() => new RdKafka\KafkaErrorException([], 1),
    fn() => new RdKafka\KafkaErrorException('m', 'code'),
    fn() => new RdKafka\KafkaErrorException('m', 1, []),
    fn() => new RdKafka\KafkaErrorException('m', 1, 'e', []),
];
foreach ($calls as $call) {
    try {
        $call();
        echo "no error\n";
    } catch (Throwable $t) {
        echo get_class($t), ': ', $t->getMessage(), "\n";
    }
}

// reflection still reports 6 required parameters, as php-rdkafka does
$ctor = new ReflectionMethod(RdKafka\KafkaErrorException::class, '__construct');
// php-rdkafka declares six required parameters; a debug build of PHP, which checks calls
// against that, gets the two that are accepted (README, Differences).
var_dump($ctor->getNumberOfParameters(), $ctor->getNumberOfRequiredParameters() === (PHP_DEBUG ? 2 : 6));
foreach ($ctor->getParameters() as $parameter) {
    echo $parameter->getType(), ' $', $parameter->getName(), "\n";
}
?>
--EXPECT--
string(8) "only two"
int(-145)
string(0) ""
bool(false)
bool(false)
bool(false)
string(3) "err"
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
ArgumentCountError: RdKafka\KafkaErrorException::__construct() expects at least 2 arguments, 0 given
ArgumentCountError: RdKafka\KafkaErrorException::__construct() expects at least 2 arguments, 1 given
ArgumentCountError: RdKafka\KafkaErrorException::__construct() expects at most 6 arguments, 7 given
TypeError: RdKafka\KafkaErrorException::__construct(): Argument #1 ($message) must be of type string, array given
TypeError: RdKafka\KafkaErrorException::__construct(): Argument #2 ($code) must be of type int, string given
TypeError: RdKafka\KafkaErrorException::__construct(): Argument #3 ($error_string) must be of type string, array given
TypeError: RdKafka\KafkaErrorException::__construct(): Argument #4 ($isFatal) must be of type bool, array given
int(6)
bool(true)
string $message
int $code
string $error_string
bool $isFatal
bool $isRetriable
bool $transactionRequiresAbort
