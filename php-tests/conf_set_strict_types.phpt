--TEST--
RdKafka\Conf::set(), RdKafka\TopicConf::set()/setPartitioner() under strict_types=1: TypeError for non-string/non-int arguments
--FILE--
<?php
declare(strict_types=1);

// PHP 8.3 names true and false themselves in the engine's type errors; 8.2 says "bool".
$trueGiven = PHP_VERSION_ID >= 80300 ? 'true given' : 'bool given';

$conf = new RdKafka\Conf();
$topicConf = new RdKafka\TopicConf();

$calls = [
    fn () => $conf->set(1, 2),
    fn () => $conf->set('message.max.bytes', 2000),
    fn () => $conf->set('enable.auto.commit', true),
    fn () => $conf->set('client.id', null),
    fn () => $conf->set('client.id', 1.5),
    fn () => $topicConf->set('request.required.acks', 1),
    fn () => $topicConf->set(5, '1'),
    fn () => $topicConf->setPartitioner('2'),
    fn () => $topicConf->setPartitioner(2.0),
    fn () => $topicConf->setPartitioner(null),
];
foreach ($calls as $call) {
    try {
        $call();
        echo "no exception\n";
    } catch (Throwable $e) {
        printf("%s %d %s\n", get_class($e), $e->getCode(), str_replace($trueGiven, '<true> given', $e->getMessage()));
    }
}

echo "strings are accepted:\n";
$conf->set('message.max.bytes', '2000');
$topicConf->set('request.required.acks', '1');
$topicConf->setPartitioner(RD_KAFKA_MSG_PARTITIONER_RANDOM);
var_dump($conf->dump()['message.max.bytes'], $topicConf->dump()['request.required.acks']);
?>
--EXPECT--
TypeError 0 RdKafka\Conf::set(): Argument #1 ($name) must be of type string, int given
TypeError 0 RdKafka\Conf::set(): Argument #2 ($value) must be of type string, int given
TypeError 0 RdKafka\Conf::set(): Argument #2 ($value) must be of type string, <true> given
TypeError 0 RdKafka\Conf::set(): Argument #2 ($value) must be of type string, null given
TypeError 0 RdKafka\Conf::set(): Argument #2 ($value) must be of type string, float given
TypeError 0 RdKafka\TopicConf::set(): Argument #2 ($value) must be of type string, int given
TypeError 0 RdKafka\TopicConf::set(): Argument #1 ($name) must be of type string, int given
TypeError 0 RdKafka\TopicConf::setPartitioner(): Argument #1 ($partitioner) must be of type int, string given
TypeError 0 RdKafka\TopicConf::setPartitioner(): Argument #1 ($partitioner) must be of type int, float given
TypeError 0 RdKafka\TopicConf::setPartitioner(): Argument #1 ($partitioner) must be of type int, null given
strings are accepted:
string(4) "2000"
string(1) "1"
