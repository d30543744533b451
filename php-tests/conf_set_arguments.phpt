--TEST--
RdKafka\Conf and RdKafka\TopicConf methods: ArgumentCountError, weak-mode coercion and TypeError, named arguments
--FILE--
<?php
$conf = new RdKafka\Conf();
$topicConf = new RdKafka\TopicConf();

$calls = [
    'set()' => fn () => $conf->set(),
    'set(name)' => fn () => $conf->set('client.id'),
    'set(3 args)' => fn () => $conf->set('client.id', 'a', 'b'),
    'dump(1)' => fn () => $conf->dump(1),
    'new Conf(1)' => fn () => new RdKafka\Conf(1),
    'setErrorCb()' => fn () => $conf->setErrorCb(),
    'setLogCb(a, b)' => fn () => $conf->setLogCb('strlen', 'strlen'),
    'TopicConf set(name)' => fn () => $topicConf->set('acks'),
    'TopicConf dump(1)' => fn () => $topicConf->dump(1),
    'setPartitioner()' => fn () => $topicConf->setPartitioner(),
    'new TopicConf(1)' => fn () => new RdKafka\TopicConf(1),
    'set(array)' => fn () => $conf->set('client.id', []),
    'set(object)' => fn () => $conf->set(new stdClass(), 'x'),
    'setPartitioner(string)' => fn () => $topicConf->setPartitioner('random'),
    'named: unknown' => fn () => $conf->set(name: 'client.id', val: 'x'),
    'named: reversed' => fn () => $conf->set(value: 'named', name: 'client.id'),
    'named: partitioner' => fn () => $topicConf->setPartitioner(partitioner: RD_KAFKA_MSG_PARTITIONER_CONSISTENT),
    'named: callback' => fn () => $conf->setErrorCb(callback: 'strlen'),
    'named: topic_value' => fn () => $topicConf->set(name: 'acks', value: '0'),
];
foreach ($calls as $label => $call) {
    try {
        $result = $call();
        echo $label, ': returned ', get_debug_type($result), "\n";
    } catch (Throwable $e) {
        printf("%s: %s %d %s\n", $label, get_class($e), $e->getCode(), $e->getMessage());
    }
}

echo "weak-mode coercion:\n";
$conf->set('message.max.bytes', 2000);
$conf->set('message.copy.max.bytes', 1.0);
$conf->set('socket.keepalive.enable', true);
$conf->set('client.id', new class { public function __toString(): string { return 'stringable'; } });
$topicConf->set('message.timeout.ms', 0);
$topicConf->setPartitioner('3');
$d = $conf->dump();
var_dump($d['message.max.bytes'], $d['message.copy.max.bytes'], $d['socket.keepalive.enable'], $d['client.id'], $d['socket.keepalive.enable']);
var_dump($topicConf->dump()['message.timeout.ms'], $topicConf->dump()['request.required.acks']);

echo "false and null are the empty string (null with a deprecation):\n";
try {
    $conf->set('enable.auto.commit', false);
} catch (RdKafka\Exception $e) {
    printf("%s %d %s\n", get_class($e), $e->getCode(), $e->getMessage());
}
// null becomes "", which puts client.id back to librdkafka's default
$conf->set('client.id', null);
var_dump($conf->dump()['client.id']);
$topicConf->setPartitioner(4.5);
?>
--EXPECTF--
set(): ArgumentCountError 0 RdKafka\Conf::set() expects exactly 2 arguments, 0 given
set(name): ArgumentCountError 0 RdKafka\Conf::set() expects exactly 2 arguments, 1 given
set(3 args): ArgumentCountError 0 RdKafka\Conf::set() expects exactly 2 arguments, 3 given
dump(1): ArgumentCountError 0 RdKafka\Conf::dump() expects exactly 0 arguments, 1 given
new Conf(1): ArgumentCountError 0 RdKafka\Conf::__construct() expects exactly 0 arguments, 1 given
setErrorCb(): ArgumentCountError 0 RdKafka\Conf::setErrorCb() expects exactly 1 argument, 0 given
setLogCb(a, b): ArgumentCountError 0 RdKafka\Conf::setLogCb() expects exactly 1 argument, 2 given
TopicConf set(name): ArgumentCountError 0 RdKafka\TopicConf::set() expects exactly 2 arguments, 1 given
TopicConf dump(1): ArgumentCountError 0 RdKafka\TopicConf::dump() expects exactly 0 arguments, 1 given
setPartitioner(): ArgumentCountError 0 RdKafka\TopicConf::setPartitioner() expects exactly 1 argument, 0 given
new TopicConf(1): ArgumentCountError 0 RdKafka\TopicConf::__construct() expects exactly 0 arguments, 1 given
set(array): TypeError 0 RdKafka\Conf::set(): Argument #2 ($value) must be of type string, array given
set(object): TypeError 0 RdKafka\Conf::set(): Argument #1 ($name) must be of type string, stdClass given
setPartitioner(string): TypeError 0 RdKafka\TopicConf::setPartitioner(): Argument #1 ($partitioner) must be of type int, string given
named: unknown: Error 0 Unknown named parameter $val
named: reversed: returned null
named: partitioner: returned null
named: callback: returned null
named: topic_value: returned null
weak-mode coercion:
string(4) "2000"
string(1) "1"
string(4) "true"
string(10) "stringable"
string(4) "true"
string(1) "0"
string(1) "0"
false and null are the empty string (null with a deprecation):
RdKafka\Exception -1 Bool configuration property "enable.auto.commit" cannot be set to empty value

Deprecated: RdKafka\Conf::set(): Passing null to parameter #2 ($value) of type string is deprecated in %s on line %d
string(7) "rdkafka"

Deprecated: Implicit conversion from float 4.5 to int loses precision in %s on line %d
