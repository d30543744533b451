--TEST--
RdKafka\Exception thrown by an extension method: file/line of the PHP call site, call frame in the trace
--FILE--
<?php
function configure(RdKafka\Conf $conf, string $name): void
{
    $conf->set($name, 'x');
}

try {
    (new RdKafka\Conf())->set('nope', 'x');
} catch (RdKafka\Exception $e) {
    var_dump(get_class($e), $e->getMessage(), $e->getCode());
    var_dump($e->getFile() === __FILE__, $e->getLine());
    echo $e->getTraceAsString(), "\n";
    var_dump($e->getPrevious());
}

try {
    configure(new RdKafka\Conf(), 'also.nope');
} catch (RdKafka\Exception $e) {
    var_dump($e->getMessage(), $e->getCode(), $e->getLine());
    echo $e->getTraceAsString(), "\n";
    $trace = $e->getTrace();
    var_dump(count($trace), $trace[0]['class'], $trace[0]['type'], $trace[0]['function'], $trace[0]['line'], $trace[1]['function'], $trace[1]['line']);
}

// the uncaught form points at the call line too
(new RdKafka\Conf())->set('uncaught.nope', '1');
?>
--EXPECTF--
string(17) "RdKafka\Exception"
string(38) "No such configuration property: "nope""
int(-2)
bool(true)
int(8)
#0 %sexception_002.php(8): RdKafka\Conf->set('nope', Object(SensitiveParameterValue))
#1 {main}
NULL
string(43) "No such configuration property: "also.nope""
int(-2)
int(4)
#0 %sexception_002.php(4): RdKafka\Conf->set('also.nope', Object(SensitiveParameterValue))
#1 %sexception_002.php(17): configure(Object(RdKafka\Conf), 'also.nope')
#2 {main}
int(2)
string(12) "RdKafka\Conf"
string(2) "->"
string(3) "set"
int(4)
string(9) "configure"
int(17)

Fatal error: Uncaught RdKafka\Exception: No such configuration property: "uncaught.nope" in %sexception_002.php:26
Stack trace:
#0 %sexception_002.php(26): RdKafka\Conf->set('uncaught.nope', Object(SensitiveParameterValue))
#1 {main}
  thrown in %sexception_002.php on line 26
