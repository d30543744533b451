--TEST--
RdKafka\Conf/TopicConf and their subclasses cannot be cloned
--FILE--
<?php
class MyConf extends RdKafka\Conf {}
class MyTopicConf extends RdKafka\TopicConf
{
    public function __clone() { echo "__clone called\n"; }
}

$objects = [
    new RdKafka\Conf(),
    new RdKafka\TopicConf(),
    new MyConf(),
    new MyTopicConf(),
    (new ReflectionClass(RdKafka\Conf::class))->newInstanceWithoutConstructor(),
    unserialize('O:17:"RdKafka\TopicConf":0:{}'),
];
foreach ($objects as $object) {
    try {
        $line = __LINE__ + 1;
        $copy = clone $object;
        echo "cloned\n";
    } catch (Throwable $e) {
        printf("%s %d %s (line ok: %s)\n", get_class($e), $e->getCode(), $e->getMessage(), var_export($e->getLine() === $line, true));
    }
}

echo "the originals still work:\n";
$objects[0]->set('client.id', 'original');
var_dump($objects[0]->dump()['client.id']);
$objects[3]->set('acks', '0');
var_dump($objects[3]->dump()['request.required.acks']);
echo "ReflectionClass::isCloneable():\n";
var_dump((new ReflectionClass(RdKafka\Conf::class))->isCloneable(), (new ReflectionClass(RdKafka\TopicConf::class))->isCloneable(),
    (new ReflectionClass(MyConf::class))->isCloneable());
// with a public __clone() PHP reports true without looking at the handlers
var_dump((new ReflectionClass(MyTopicConf::class))->isCloneable());
?>
--EXPECT--
Error 0 Trying to clone an uncloneable object of class RdKafka\Conf (line ok: true)
Error 0 Trying to clone an uncloneable object of class RdKafka\TopicConf (line ok: true)
Error 0 Trying to clone an uncloneable object of class MyConf (line ok: true)
Error 0 Trying to clone an uncloneable object of class MyTopicConf (line ok: true)
Error 0 Trying to clone an uncloneable object of class RdKafka\Conf (line ok: true)
Error 0 Trying to clone an uncloneable object of class RdKafka\TopicConf (line ok: true)
the originals still work:
string(8) "original"
string(1) "0"
ReflectionClass::isCloneable():
bool(false)
bool(false)
bool(false)
bool(true)
