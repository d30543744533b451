--TEST--
RdKafka\KafkaErrorException without its constructor: getters throw the typed-property Error
--FILE--
<?php
$e = (new ReflectionClass(RdKafka\KafkaErrorException::class))->newInstanceWithoutConstructor();
foreach (['getErrorString', 'isFatal', 'isRetriable', 'transactionRequiresAbort'] as $method) {
    try {
        var_dump($e->$method());
    } catch (Error $error) {
        echo get_class($error), ': ', $error->getMessage(), "\n";
    }
}
var_dump($e->getMessage(), $e->getCode());

ob_start();
var_dump($e);
$dump = ob_get_clean();
echo implode("\n", array_slice(explode("\n", $dump), -10));

// a subclass that skips the parent constructor behaves the same
class NoParent extends RdKafka\KafkaErrorException
{
    public function __construct()
    {
    }
}
try {
    (new NoParent())->getErrorString();
} catch (Error $error) {
    echo get_class($error), ': ', $error->getMessage(), "\n";
}

// and a subclass that calls it works
class WithParent extends RdKafka\KafkaErrorException
{
    public function __construct()
    {
        parent::__construct('sub', 3, 'from subclass', false, true, false);
    }
}
$w = new WithParent();
var_dump($w->getErrorString(), $w->isRetriable(), $w instanceof RdKafka\KafkaErrorException);
?>
--EXPECT--
Error: Typed property RdKafka\KafkaErrorException::$error_string must not be accessed before initialization
Error: Typed property RdKafka\KafkaErrorException::$isFatal must not be accessed before initialization
Error: Typed property RdKafka\KafkaErrorException::$isRetriable must not be accessed before initialization
Error: Typed property RdKafka\KafkaErrorException::$transactionRequiresAbort must not be accessed before initialization
string(0) ""
int(0)
  ["error_string":"RdKafka\KafkaErrorException":private]=>
  uninitialized(string)
  ["isFatal":"RdKafka\KafkaErrorException":private]=>
  uninitialized(bool)
  ["isRetriable":"RdKafka\KafkaErrorException":private]=>
  uninitialized(bool)
  ["transactionRequiresAbort":"RdKafka\KafkaErrorException":private]=>
  uninitialized(bool)
}
Error: Typed property RdKafka\KafkaErrorException::$error_string must not be accessed before initialization
string(13) "from subclass"
bool(true)
bool(true)
