--TEST--
RdKafka\Conf created without its constructor (reflection): every method throws base Exception "RdKafka\Conf::__construct() has not been called"
--FILE--
<?php
$conf = (new ReflectionClass(RdKafka\Conf::class))->newInstanceWithoutConstructor();
var_dump($conf);

$arguments = [
    'dump' => [],
    'set' => ['client.id', 'x'],
    'setDefaultTopicConf' => [new RdKafka\TopicConf()],
    'setErrorCb' => ['strlen'],
    'setDrMsgCb' => ['strlen'],
    'setStatsCb' => ['strlen'],
    'setRebalanceCb' => ['strlen'],
    'setConsumeCb' => ['strlen'],
    'setOffsetCommitCb' => ['strlen'],
    'setLogCb' => ['strlen'],
    'setOauthbearerTokenRefreshCb' => ['strlen'],
];
$methods = array_map(fn ($m) => $m->getName(), (new ReflectionClass(RdKafka\Conf::class))->getMethods());
sort($methods);
$tested = array_keys($arguments);
$tested[] = '__construct';
sort($tested);
var_dump($methods === $tested);

foreach ($arguments as $method => $args) {
    try {
        $line = __LINE__ + 1;
        @$conf->$method(...$args);
        echo "$method: no exception\n";
    } catch (Throwable $e) {
        printf("%s: %s %d %s (line ok: %s)\n", $method, get_class($e), $e->getCode(), $e->getMessage(),
            var_export($e->getLine() === $line && $e->getFile() === __FILE__, true));
    }
}

echo "argument checks still come first:\n";
try {
    $conf->set([], 'x');
} catch (TypeError $e) {
    echo get_class($e), ' ', $e->getMessage(), "\n";
}
try {
    $conf->setErrorCb('no_such_function');
} catch (TypeError $e) {
    echo get_class($e), ' ', $e->getMessage(), "\n";
}

echo "clients refuse it:\n";
foreach ([RdKafka\Producer::class, RdKafka\Consumer::class] as $class) {
    try {
        new $class($conf);
        echo "$class: no exception\n";
    } catch (Throwable $e) {
        printf("%s: %s %d %s\n", $class, get_class($e), $e->getCode(), $e->getMessage());
    }
}

echo "calling the constructor makes it usable:\n";
$conf->__construct();
$conf->set('client.id', 'constructed');
var_dump($conf->dump()['client.id']);
?>
--EXPECTF--
object(RdKafka\Conf)#%d (0) {
}
bool(true)
dump: Exception 0 RdKafka\Conf::__construct() has not been called (line ok: true)
set: Exception 0 RdKafka\Conf::__construct() has not been called (line ok: true)
setDefaultTopicConf: Exception 0 RdKafka\Conf::__construct() has not been called (line ok: true)
setErrorCb: Exception 0 RdKafka\Conf::__construct() has not been called (line ok: true)
setDrMsgCb: Exception 0 RdKafka\Conf::__construct() has not been called (line ok: true)
setStatsCb: Exception 0 RdKafka\Conf::__construct() has not been called (line ok: true)
setRebalanceCb: Exception 0 RdKafka\Conf::__construct() has not been called (line ok: true)
setConsumeCb: Exception 0 RdKafka\Conf::__construct() has not been called (line ok: true)
setOffsetCommitCb: Exception 0 RdKafka\Conf::__construct() has not been called (line ok: true)
setLogCb: Exception 0 RdKafka\Conf::__construct() has not been called (line ok: true)
setOauthbearerTokenRefreshCb: Exception 0 RdKafka\Conf::__construct() has not been called (line ok: true)
argument checks still come first:
TypeError RdKafka\Conf::set(): Argument #1 ($name) must be of type string, array given
TypeError RdKafka\Conf::setErrorCb(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
clients refuse it:
RdKafka\Producer: Exception 0 RdKafka\Conf::__construct() has not been called
RdKafka\Consumer: Exception 0 RdKafka\Conf::__construct() has not been called
calling the constructor makes it usable:
string(11) "constructed"
