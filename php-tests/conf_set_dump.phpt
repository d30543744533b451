--TEST--
RdKafka\Conf::set() and dump(): value types, string results, canonical alias names, topic-level names
--FILE--
<?php
$conf = new RdKafka\Conf();

$fresh = $conf->dump();
echo "fresh dump:\n";
var_dump(is_array($fresh), count($fresh) > 50);
$nonString = array_filter($fresh, fn ($v, $k) => !is_string($k) || !is_string($v), ARRAY_FILTER_USE_BOTH);
var_dump($nonString);
var_dump($fresh['client.id'], $fresh['client.software.name'], $fresh['message.max.bytes'], $fresh['log.queue'], $fresh['enable.auto.commit']);

echo "only global properties:\n";
foreach (['request.required.acks', 'request.timeout.ms', 'message.timeout.ms', 'queuing.strategy',
          'produce.offset.report', 'partitioner', 'auto.offset.reset', 'consume.callback.max.messages',
          'default_topic_conf', 'metadata.broker.list', 'bootstrap.servers', 'group.id'] as $name) {
    echo $name, ': ', var_export(array_key_exists($name, $fresh), true), "\n";
}

echo "string, int and bool values:\n";
$conf->set('client.id', 'my-client');
$conf->set('message.max.bytes', 1 << 20);
$conf->set('statistics.interval.ms', 0);
$conf->set('enable.auto.commit', 'false');
$conf->set('socket.keepalive.enable', true);
$conf->set('enable.partition.eof', 'true');
$conf->set('compression.codec', 'gzip');
$conf->set('group.id', 'my-group');
$dump = $conf->dump();
var_dump($dump['client.id'], $dump['message.max.bytes'], $dump['statistics.interval.ms'],
    $dump['enable.auto.commit'], $dump['socket.keepalive.enable'], $dump['enable.partition.eof'],
    $dump['compression.codec'], $dump['group.id']);
var_dump(count(array_filter($dump, 'is_string')) === count($dump));

echo "aliases are stored under their canonical name:\n";
$conf->set('bootstrap.servers', 'host1:9092,host2:9092');
$conf->set('linger.ms', '7');
$conf->set('retries', '3');
$conf->set('sasl.mechanism', 'PLAIN');
$dump = $conf->dump();
var_dump($dump['metadata.broker.list'], array_key_exists('bootstrap.servers', $dump));
var_dump($dump['queue.buffering.max.ms'], array_key_exists('linger.ms', $dump));
var_dump($dump['message.send.max.retries'], $dump['sasl.mechanisms'], array_key_exists('retries', $dump), array_key_exists('sasl.mechanism', $dump));

echo "topic-level names are accepted and not listed:\n";
$conf->set('acks', 'all');
$conf->set('auto.offset.reset', 'earliest');
$conf->set('message.timeout.ms', '1000');
$conf->set('topic.request.timeout.ms', '2000');
$dump = $conf->dump();
foreach (['acks', 'request.required.acks', 'auto.offset.reset', 'message.timeout.ms', 'request.timeout.ms', 'topic.request.timeout.ms'] as $name) {
    echo $name, ': ', var_export(array_key_exists($name, $dump), true), "\n";
}
var_dump($dump['default_topic_conf']);

echo "the last value wins:\n";
$conf->set('client.id', 'first');
$conf->set('client.id', 'second');
var_dump($conf->dump()['client.id']);

echo "set() returns nothing:\n";
var_dump($conf->set('client.id', 'third'));
?>
--EXPECTF--
fresh dump:
bool(true)
bool(true)
array(0) {
}
string(7) "rdkafka"
string(10) "librdkafka"
string(7) "1000000"
string(5) "false"
string(4) "true"
only global properties:
request.required.acks: false
request.timeout.ms: false
message.timeout.ms: false
queuing.strategy: false
produce.offset.report: false
partitioner: false
auto.offset.reset: false
consume.callback.max.messages: false
default_topic_conf: false
metadata.broker.list: false
bootstrap.servers: false
group.id: false
string, int and bool values:
string(9) "my-client"
string(7) "1048576"
string(1) "0"
string(5) "false"
string(4) "true"
string(4) "true"
string(4) "gzip"
string(8) "my-group"
bool(true)
aliases are stored under their canonical name:
string(21) "host1:9092,host2:9092"
bool(false)
string(1) "7"
bool(false)
string(1) "3"
string(5) "PLAIN"
bool(false)
bool(false)
topic-level names are accepted and not listed:
acks: false
request.required.acks: false
auto.offset.reset: false
message.timeout.ms: false
request.timeout.ms: false
topic.request.timeout.ms: false
string(%d) "0x%x"
the last value wins:
string(6) "second"
set() returns nothing:
NULL
