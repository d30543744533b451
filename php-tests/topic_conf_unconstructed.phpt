--TEST--
RdKafka\TopicConf created without its constructor (reflection): every method throws base Exception with the Conf text
--FILE--
<?php
$topicConf = (new ReflectionClass(RdKafka\TopicConf::class))->newInstanceWithoutConstructor();
var_dump($topicConf);

$arguments = [
    'dump' => [],
    'set' => ['acks', '1'],
    'setPartitioner' => [RD_KAFKA_MSG_PARTITIONER_RANDOM],
];
$methods = array_map(fn ($m) => $m->getName(), (new ReflectionClass(RdKafka\TopicConf::class))->getMethods());
sort($methods);
var_dump($methods);

foreach ($arguments as $method => $args) {
    try {
        $line = __LINE__ + 1;
        $topicConf->$method(...$args);
        echo "$method: no exception\n";
    } catch (Throwable $e) {
        printf("%s: %s %d %s (line ok: %s)\n", $method, get_class($e), $e->getCode(), $e->getMessage(),
            var_export($e->getLine() === $line && $e->getFile() === __FILE__, true));
    }
}

echo "argument checks still come first:\n";
try {
    $topicConf->setPartitioner('x');
} catch (TypeError $e) {
    echo get_class($e), ' ', $e->getMessage(), "\n";
}

echo "calling the constructor makes it usable:\n";
$topicConf->__construct();
$topicConf->set('acks', '0');
var_dump($topicConf->dump()['request.required.acks']);
?>
--EXPECTF--
object(RdKafka\TopicConf)#%d (0) {
}
array(4) {
  [0]=>
  string(11) "__construct"
  [1]=>
  string(4) "dump"
  [2]=>
  string(3) "set"
  [3]=>
  string(14) "setPartitioner"
}
dump: Exception 0 RdKafka\Conf::__construct() has not been called (line ok: true)
set: Exception 0 RdKafka\Conf::__construct() has not been called (line ok: true)
setPartitioner: Exception 0 RdKafka\Conf::__construct() has not been called (line ok: true)
argument checks still come first:
TypeError RdKafka\TopicConf::setPartitioner(): Argument #1 ($partitioner) must be of type int, string given
calling the constructor makes it usable:
string(1) "0"
