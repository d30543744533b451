--TEST--
RdKafka\Conf::setDefaultTopicConf(): deprecation notice, TypeError texts, what dump() shows
--FILE--
<?php
$conf = new RdKafka\Conf();
$topicConf = new RdKafka\TopicConf();
$topicConf->set('auto.offset.reset', 'earliest');
$topicConf->set('acks', '1');

$before = $conf->dump();
var_dump(array_key_exists('default_topic_conf', $before));

var_dump($conf->setDefaultTopicConf($topicConf));

$after = $conf->dump();
echo "changed keys: ", implode(', ', array_keys(array_diff_assoc($after, $before))), "\n";
var_dump($after['default_topic_conf']);
foreach (['auto.offset.reset', 'request.required.acks', 'acks'] as $name) {
    echo $name, ': ', var_export(array_key_exists($name, $after), true), "\n";
}

echo "the TopicConf itself is unchanged and still usable:\n";
$topicConf->set('auto.offset.reset', 'latest');
var_dump($topicConf->dump()['auto.offset.reset'], $topicConf->dump()['request.required.acks']);

echo "set again with another TopicConf:\n";
$conf->setDefaultTopicConf(new RdKafka\TopicConf());
var_dump(array_key_exists('default_topic_conf', $conf->dump()));

echo "wrong argument types:\n";
$wrong = [
    fn () => $conf->setDefaultTopicConf(new RdKafka\Conf()),
    fn () => $conf->setDefaultTopicConf(null),
    fn () => $conf->setDefaultTopicConf('auto.offset.reset=earliest'),
    fn () => $conf->setDefaultTopicConf(),
];
foreach ($wrong as $call) {
    try {
        $call();
    } catch (Throwable $e) {
        printf("%s %d %s\n", get_class($e), $e->getCode(), $e->getMessage());
    }
}

echo "TypeError location:\n";
try {
    $line = __LINE__ + 1;
    $conf->setDefaultTopicConf(new RdKafka\Conf());
} catch (TypeError $e) {
    var_dump($e->getFile() === __FILE__, $e->getLine() === $line);
}

echo "an unconstructed TopicConf:\n";
$unconstructed = (new ReflectionClass(RdKafka\TopicConf::class))->newInstanceWithoutConstructor();
try {
    $conf->setDefaultTopicConf($unconstructed);
} catch (Exception $e) {
    printf("%s %d %s\n", get_class($e), $e->getCode(), $e->getMessage());
}

echo "the notice is an E_DEPRECATED raised at the calling line:\n";
set_error_handler(function (int $errno, string $errstr, string $errfile, int $errline) use (&$line) {
    var_dump($errno === E_DEPRECATED, $errstr, $errfile === __FILE__, $errline === $line);
    return true;
});
$line = __LINE__ + 1;
$conf->setDefaultTopicConf(new RdKafka\TopicConf());
restore_error_handler();
?>
--EXPECTF--
bool(false)

Deprecated: Method RdKafka\Conf::setDefaultTopicConf() is deprecated in %s on line %d
NULL
changed keys: default_topic_conf
string(%d) "0x%x"
auto.offset.reset: false
request.required.acks: false
acks: false
the TopicConf itself is unchanged and still usable:
string(7) "largest"
string(1) "1"
set again with another TopicConf:

Deprecated: Method RdKafka\Conf::setDefaultTopicConf() is deprecated in %s on line %d
bool(true)
wrong argument types:

Deprecated: Method RdKafka\Conf::setDefaultTopicConf() is deprecated in %s on line %d
TypeError 0 RdKafka\Conf::setDefaultTopicConf(): Argument #1 ($topic_conf) must be of type RdKafka\TopicConf, RdKafka\Conf given

Deprecated: Method RdKafka\Conf::setDefaultTopicConf() is deprecated in %s on line %d
TypeError 0 RdKafka\Conf::setDefaultTopicConf(): Argument #1 ($topic_conf) must be of type RdKafka\TopicConf, null given

Deprecated: Method RdKafka\Conf::setDefaultTopicConf() is deprecated in %s on line %d
TypeError 0 RdKafka\Conf::setDefaultTopicConf(): Argument #1 ($topic_conf) must be of type RdKafka\TopicConf, string given

Deprecated: Method RdKafka\Conf::setDefaultTopicConf() is deprecated in %s on line %d
ArgumentCountError 0 RdKafka\Conf::setDefaultTopicConf() expects exactly 1 argument, 0 given
TypeError location:

Deprecated: Method RdKafka\Conf::setDefaultTopicConf() is deprecated in %s on line %d
bool(true)
bool(true)
an unconstructed TopicConf:

Deprecated: Method RdKafka\Conf::setDefaultTopicConf() is deprecated in %s on line %d
Exception 0 RdKafka\Conf::__construct() has not been called
the notice is an E_DEPRECATED raised at the calling line:
bool(true)
string(56) "Method RdKafka\Conf::setDefaultTopicConf() is deprecated"
bool(true)
bool(true)
