--TEST--
RdKafka\TopicConf::set(): global names are unknown (-2), invalid values give -1 with canonical names
--FILE--
<?php
$topicConf = new RdKafka\TopicConf();

function attempt(RdKafka\TopicConf $topicConf, string $name, string $value): void
{
    try {
        $topicConf->set($name, $value);
        echo "accepted\n";
    } catch (Exception $e) {
        printf("%s %d %s\n", get_class($e), $e->getCode(), json_encode($e->getMessage()));
    }
}

attempt($topicConf, 'client.id', 'x');
attempt($topicConf, 'bootstrap.servers', 'localhost:9092');
attempt($topicConf, 'group.id', 'g');
attempt($topicConf, 'no.such.property', 'x');
attempt($topicConf, 'acks', 'everyone');
attempt($topicConf, 'request.required.acks', '-5');
attempt($topicConf, 'message.timeout.ms', '-1');
attempt($topicConf, 'auto.offset.reset', 'bad');
attempt($topicConf, 'produce.offset.report', 'perhaps');
attempt($topicConf, 'compression.codec', 'zz');
attempt($topicConf, 'partitioner', 'murmur2');

echo "a failed set() leaves the value unchanged:\n";
var_dump($topicConf->dump()['request.required.acks']);

echo "exception details:\n";
try {
    $line = __LINE__ + 1;
    $topicConf->set('client.id', 'x');
} catch (RdKafka\Exception $e) {
    var_dump(get_class($e), $e->getCode(), $e->getFile() === __FILE__, $e->getLine() === $line);
}
?>
--EXPECT--
RdKafka\Exception -2 "No such configuration property: \"client.id\""
RdKafka\Exception -2 "No such configuration property: \"bootstrap.servers\""
RdKafka\Exception -2 "No such configuration property: \"group.id\""
RdKafka\Exception -2 "No such configuration property: \"no.such.property\""
RdKafka\Exception -1 "Invalid value for configuration property \"request.required.acks\""
RdKafka\Exception -1 "Configuration property \"request.required.acks\" value -5 is outside allowed range -1..1000\n"
RdKafka\Exception -1 "Configuration property \"message.timeout.ms\" value -1 is outside allowed range 0..2147483647\n"
RdKafka\Exception -1 "Invalid value \"bad\" for configuration property \"auto.offset.reset\""
RdKafka\Exception -1 "Expected bool value for \"produce.offset.report\": true or false"
RdKafka\Exception -1 "Invalid value \"zz\" for configuration property \"compression.codec\""
accepted
a failed set() leaves the value unchanged:
string(2) "-1"
exception details:
string(17) "RdKafka\Exception"
int(-2)
bool(true)
bool(true)
