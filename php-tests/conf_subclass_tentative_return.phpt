--TEST--
RdKafka\Conf/TopicConf subclasses overriding methods without return types get only the tentative-return-type deprecation
--FILE--
<?php
class LooseConf extends RdKafka\Conf
{
    public function dump() { return parent::dump(); }
}

class LooseTopicConf extends RdKafka\TopicConf
{
    public function setPartitioner($partitioner) { parent::setPartitioner($partitioner); return 'chained'; }
}

class SuppressedConf extends RdKafka\Conf
{
    #[\ReturnTypeWillChange]
    public function setErrorCb($callback) { parent::setErrorCb($callback); return $this; }
}

$conf = new LooseConf();
var_dump(is_array($conf->dump()), $conf->dump()['client.id']);
$topicConf = new LooseTopicConf();
var_dump($topicConf->setPartitioner(RD_KAFKA_MSG_PARTITIONER_RANDOM));
$suppressed = new SuppressedConf();
var_dump($suppressed->setErrorCb('strlen') === $suppressed);

echo "tentative return types:\n";
foreach (['dump', 'set', 'setErrorCb', 'setDefaultTopicConf'] as $method) {
    $m = new ReflectionMethod(RdKafka\Conf::class, $method);
    echo $method, ': ', var_export($m->hasReturnType(), true), ' ', var_export($m->hasTentativeReturnType(), true), ' ', $m->getTentativeReturnType(), "\n";
}
foreach (['dump', 'set', 'setPartitioner'] as $method) {
    $m = new ReflectionMethod(RdKafka\TopicConf::class, $method);
    echo 'TopicConf::', $method, ': ', var_export($m->hasReturnType(), true), ' ', var_export($m->hasTentativeReturnType(), true), ' ', $m->getTentativeReturnType(), "\n";
}
?>
--EXPECTF--
Deprecated: Return type of LooseConf::dump() should either be compatible with RdKafka\Conf::dump(): array, or the #[\ReturnTypeWillChange] attribute should be used to temporarily suppress the notice in %s on line %d

Deprecated: Return type of LooseTopicConf::setPartitioner($partitioner) should either be compatible with RdKafka\TopicConf::setPartitioner(int $partitioner): void, or the #[\ReturnTypeWillChange] attribute should be used to temporarily suppress the notice in %s on line %d
bool(true)
string(7) "rdkafka"
string(7) "chained"
bool(true)
tentative return types:
dump: false true array
set: false true void
setErrorCb: false true void
setDefaultTopicConf: false true void
TopicConf::dump: false true array
TopicConf::set: false true void
TopicConf::setPartitioner: false true void
