--TEST--
RdKafka\TopicPartition under strict_types: no coercion of scalar arguments
--FILE--
<?php
declare(strict_types=1);

// PHP 8.3 names true and false themselves in the engine's type errors; 8.2 says "bool".
$trueGiven = PHP_VERSION_ID >= 80300 ? 'true given' : 'bool given';

$calls = [
    fn() => new RdKafka\TopicPartition(123, 0),
    fn() => new RdKafka\TopicPartition('t', '0'),
    fn() => new RdKafka\TopicPartition('t', 0, 1.0),
    fn() => (new RdKafka\TopicPartition('t', 0))->setTopic(1),
    fn() => (new RdKafka\TopicPartition('t', 0))->setPartition(true),
    fn() => (new RdKafka\TopicPartition('t', 0))->setOffset('1'),
];
foreach ($calls as $call) {
    try {
        $call();
        echo "no error\n";
    } catch (TypeError $e) {
        echo str_replace($trueGiven, '<true> given', $e->getMessage()), "\n";
    }
}
var_dump((new RdKafka\TopicPartition('ok', 1, 2))->getOffset());
?>
--EXPECT--
RdKafka\TopicPartition::__construct(): Argument #1 ($topic) must be of type string, int given
RdKafka\TopicPartition::__construct(): Argument #2 ($partition) must be of type int, string given
RdKafka\TopicPartition::__construct(): Argument #3 ($offset) must be of type int, float given
RdKafka\TopicPartition::setTopic(): Argument #1 ($topic_name) must be of type string, int given
RdKafka\TopicPartition::setPartition(): Argument #1 ($partition) must be of type int, <true> given
RdKafka\TopicPartition::setOffset(): Argument #1 ($offset) must be of type int, string given
int(2)
