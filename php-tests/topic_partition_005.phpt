--TEST--
RdKafka\TopicPartition: argument errors use PHP's standard TypeError/ArgumentCountError texts
--FILE--
<?php
$tp = new RdKafka\TopicPartition('t', 0);
$calls = [
    fn() => new RdKafka\TopicPartition(),
    fn() => new RdKafka\TopicPartition('t'),
    fn() => new RdKafka\TopicPartition('t', 0, 0, 'extra'),
    fn() => new RdKafka\TopicPartition([], 0),
    fn() => new RdKafka\TopicPartition(new stdClass(), 0),
    fn() => new RdKafka\TopicPartition('t', 'zero'),
    fn() => new RdKafka\TopicPartition('t', 0, 'x'),
    fn() => new RdKafka\TopicPartition('t', 0, null),
    fn() => new RdKafka\TopicPartition('t', 1.5e30),
    fn() => $tp->setTopic([]),
    fn() => $tp->setTopic(),
    fn() => $tp->setPartition('p'),
    fn() => $tp->setOffset([]),
    fn() => $tp->getTopic(1),
    fn() => $tp->getErr(null),
];
foreach ($calls as $call) {
    try {
        $call();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

// numeric strings are accepted in weak mode
$tp = new RdKafka\TopicPartition(123, '4', '5');
var_dump($tp->getTopic(), $tp->getPartition(), $tp->getOffset());
?>
--EXPECTF--
ArgumentCountError: RdKafka\TopicPartition::__construct() expects at least 2 arguments, 0 given
ArgumentCountError: RdKafka\TopicPartition::__construct() expects at least 2 arguments, 1 given
ArgumentCountError: RdKafka\TopicPartition::__construct() expects at most 3 arguments, 4 given
TypeError: RdKafka\TopicPartition::__construct(): Argument #1 ($topic) must be of type string, array given
TypeError: RdKafka\TopicPartition::__construct(): Argument #1 ($topic) must be of type string, stdClass given
TypeError: RdKafka\TopicPartition::__construct(): Argument #2 ($partition) must be of type int, string given
TypeError: RdKafka\TopicPartition::__construct(): Argument #3 ($offset) must be of type int, string given

Deprecated: RdKafka\TopicPartition::__construct(): Passing null to parameter #3 ($offset) of type int is deprecated in %s on line %d
no error
TypeError: RdKafka\TopicPartition::__construct(): Argument #2 ($partition) must be of type int, float given
TypeError: RdKafka\TopicPartition::setTopic(): Argument #1 ($topic_name) must be of type string, array given
ArgumentCountError: RdKafka\TopicPartition::setTopic() expects exactly 1 argument, 0 given
TypeError: RdKafka\TopicPartition::setPartition(): Argument #1 ($partition) must be of type int, string given
TypeError: RdKafka\TopicPartition::setOffset(): Argument #1 ($offset) must be of type int, array given
ArgumentCountError: RdKafka\TopicPartition::getTopic() expects exactly 0 arguments, 1 given
ArgumentCountError: RdKafka\TopicPartition::getErr() expects exactly 0 arguments, 1 given
string(3) "123"
int(4)
int(5)
