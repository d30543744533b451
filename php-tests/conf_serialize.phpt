--TEST--
RdKafka\Conf/TopicConf: serialize() gives an empty object, unserialize() gives an unconstructed object
--FILE--
<?php
$conf = new RdKafka\Conf();
$conf->set('client.id', 'lost');
$conf->setErrorCb('strlen');
$topicConf = new RdKafka\TopicConf();
$topicConf->set('acks', '0');

var_dump(serialize($conf), serialize(new RdKafka\Conf()), serialize($topicConf));

function attempt(string $label, callable $call): void
{
    try {
        $call();
        echo "$label: no exception\n";
    } catch (Throwable $e) {
        printf("%s: %s %d %s\n", $label, get_class($e), $e->getCode(), $e->getMessage());
    }
}

echo "unserialize('O:12:\"RdKafka\\Conf\":0:{}'):\n";
$restored = unserialize('O:12:"RdKafka\Conf":0:{}');
var_dump($restored);
attempt('dump', fn () => $restored->dump());
attempt('set', fn () => $restored->set('client.id', 'x'));
attempt('setErrorCb', fn () => $restored->setErrorCb('strlen'));
attempt('setLogCb', fn () => $restored->setLogCb('strlen'));
attempt('setDefaultTopicConf', fn () => @$restored->setDefaultTopicConf(new RdKafka\TopicConf()));
attempt('new Producer', fn () => new RdKafka\Producer($restored));

echo "round trip of a configured Conf:\n";
$copy = unserialize(serialize($conf));
attempt('dump', fn () => $copy->dump());

echo "TopicConf:\n";
$restoredTopic = unserialize(serialize($topicConf));
var_dump($restoredTopic);
attempt('dump', fn () => $restoredTopic->dump());
attempt('set', fn () => $restoredTopic->set('acks', '1'));
attempt('setPartitioner', fn () => $restoredTopic->setPartitioner(RD_KAFKA_MSG_PARTITIONER_RANDOM));
attempt('setDefaultTopicConf', fn () => @$conf->setDefaultTopicConf($restoredTopic));

echo "the original objects are not affected:\n";
var_dump($conf->dump()['client.id'], $topicConf->dump()['request.required.acks']);

echo "constructing an unserialized object makes it usable:\n";
$restored->__construct();
var_dump($restored->dump()['client.id']);
?>
--EXPECTF--
string(24) "O:12:"RdKafka\Conf":0:{}"
string(24) "O:12:"RdKafka\Conf":0:{}"
string(29) "O:17:"RdKafka\TopicConf":0:{}"
unserialize('O:12:"RdKafka\Conf":0:{}'):
object(RdKafka\Conf)#%d (0) {
}
dump: Exception 0 RdKafka\Conf::__construct() has not been called
set: Exception 0 RdKafka\Conf::__construct() has not been called
setErrorCb: Exception 0 RdKafka\Conf::__construct() has not been called
setLogCb: Exception 0 RdKafka\Conf::__construct() has not been called
setDefaultTopicConf: Exception 0 RdKafka\Conf::__construct() has not been called
new Producer: Exception 0 RdKafka\Conf::__construct() has not been called
round trip of a configured Conf:
dump: Exception 0 RdKafka\Conf::__construct() has not been called
TopicConf:
object(RdKafka\TopicConf)#%d (0) {
}
dump: Exception 0 RdKafka\Conf::__construct() has not been called
set: Exception 0 RdKafka\Conf::__construct() has not been called
setPartitioner: Exception 0 RdKafka\Conf::__construct() has not been called
setDefaultTopicConf: Exception 0 RdKafka\Conf::__construct() has not been called
the original objects are not affected:
string(4) "lost"
string(1) "0"
constructing an unserialized object makes it usable:
string(7) "rdkafka"
