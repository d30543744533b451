--TEST--
RdKafka\TopicConf::set() and dump(): topic-level properties only, string values, canonical alias names
--FILE--
<?php
$topicConf = new RdKafka\TopicConf();

echo "fresh dump:\n";
foreach ($topicConf->dump() as $name => $value) {
    echo $name, ' = ', var_export($value, true), "\n";
}

echo "after set():\n";
$topicConf->set('acks', 'all');
$topicConf->set('auto.offset.reset', 'earliest');
$topicConf->set('message.timeout.ms', 5000);
$topicConf->set('produce.offset.report', true);
$topicConf->set('compression.type', 'lz4');
$topicConf->set('topic.request.timeout.ms', '1234');
$topicConf->set('partitioner', 'murmur2');
$dump = $topicConf->dump();
var_dump($dump['request.required.acks'], $dump['auto.offset.reset'], $dump['message.timeout.ms'],
    $dump['produce.offset.report'], $dump['compression.codec'], $dump['request.timeout.ms'], $dump['partitioner']);
foreach (['acks', 'compression.type', 'topic.request.timeout.ms', 'client.id', 'metadata.broker.list'] as $name) {
    echo $name, ': ', var_export(array_key_exists($name, $dump), true), "\n";
}
var_dump(count($dump));

echo "acks values:\n";
foreach (['0', '1', '-1', 'all', 3] as $acks) {
    $topicConf->set('request.required.acks', $acks);
    var_dump($topicConf->dump()['request.required.acks']);
}

echo "two TopicConf objects are independent:\n";
$other = new RdKafka\TopicConf();
var_dump($other->dump()['request.required.acks'], $topicConf->dump()['request.required.acks']);
?>
--EXPECT--
fresh dump:
request.required.acks = '-1'
request.timeout.ms = '30000'
message.timeout.ms = '300000'
queuing.strategy = 'fifo'
produce.offset.report = 'false'
partitioner = 'consistent_random'
compression.codec = 'inherit'
compression.level = '-1'
auto.commit.enable = 'true'
auto.commit.interval.ms = '60000'
auto.offset.reset = 'largest'
offset.store.path = '.'
offset.store.sync.interval.ms = '-1'
offset.store.method = 'broker'
consume.callback.max.messages = '0'
after set():
string(2) "-1"
string(8) "smallest"
string(4) "5000"
string(4) "true"
string(3) "lz4"
string(4) "1234"
string(7) "murmur2"
acks: false
compression.type: false
topic.request.timeout.ms: false
client.id: false
metadata.broker.list: false
int(15)
acks values:
string(1) "0"
string(1) "1"
string(2) "-1"
string(2) "-1"
string(1) "3"
two TopicConf objects are independent:
string(2) "-1"
string(1) "3"
