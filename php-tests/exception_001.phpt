--TEST--
RdKafka\Exception: plain subclass of \Exception; file, line and trace come from the `new` site
--FILE--
<?php
function make(string $message, int $code): RdKafka\Exception
{
    return new RdKafka\Exception($message, $code);
}

$e = new RdKafka\Exception('hello', RD_KAFKA_RESP_ERR__TRANSPORT);
var_dump(get_class($e), get_parent_class($e));
var_dump($e->getMessage(), $e->getCode(), basename($e->getFile()), $e->getLine(), $e->getPrevious());
var_dump($e instanceof Exception, $e instanceof Throwable, $e instanceof RdKafka\KafkaErrorException);

$e = make('from function', 7);
var_dump($e->getLine());
echo $e->getTraceAsString(), "\n";

$default = new RdKafka\Exception();
var_dump($default->getMessage(), $default->getCode());

$previous = new RuntimeException('cause');
$chained = new RdKafka\Exception('outer', 1, $previous);
var_dump($chained->getPrevious() === $previous);

// adds nothing to \Exception
$class = new ReflectionClass(RdKafka\Exception::class);
var_dump($class->isFinal(), $class->isAbstract());
var_dump(array_values(array_filter(
    array_map(fn($m) => $m->class . '::' . $m->name, $class->getMethods()),
    fn($name) => str_starts_with($name, 'RdKafka')
)));
var_dump(array_map(fn($p) => $p->class . '::$' . $p->name, array_filter(
    $class->getProperties(),
    fn($p) => $p->class !== Exception::class
)));

class MyKafkaException extends RdKafka\Exception
{
}
try {
    throw new MyKafkaException('custom', 9);
} catch (RdKafka\Exception $caught) {
    echo get_class($caught), ': ', $caught->getMessage(), ' (', $caught->getCode(), ")\n";
}
?>
--EXPECTF--
string(17) "RdKafka\Exception"
string(9) "Exception"
string(5) "hello"
int(-195)
string(%d) "exception_001.php"
int(7)
NULL
bool(true)
bool(true)
bool(false)
int(4)
#0 %sexception_001.php(12): make('from function', 7)
#1 {main}
string(0) ""
int(0)
bool(true)
bool(false)
bool(false)
array(0) {
}
array(0) {
}
MyKafkaException: custom (9)
