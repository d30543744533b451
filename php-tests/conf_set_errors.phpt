--TEST--
RdKafka\Conf::set(): RdKafka\Exception codes and messages for unknown properties and invalid values
--FILE--
<?php
$conf = new RdKafka\Conf();

function attempt(RdKafka\Conf $conf, string $name, string $value): void
{
    try {
        $conf->set($name, $value);
        echo "accepted\n";
    } catch (Exception $e) {
        printf("%s %d %s\n", get_class($e), $e->getCode(), json_encode($e->getMessage()));
    }
}

attempt($conf, 'no.such.property', 'x');
attempt($conf, '', 'x');
attempt($conf, 'CLIENT.ID', 'x');
attempt($conf, 'enable.auto.commit', 'maybe');
attempt($conf, 'topic.metadata.refresh.sparse', 'yes');
attempt($conf, 'message.max.bytes', '1');
attempt($conf, 'message.max.bytes', '1000000001');
attempt($conf, 'message.max.bytes', 'abc');
attempt($conf, 'compression.codec', 'zz');
attempt($conf, 'broker.address.family', 'v5');
attempt($conf, 'debug', 'nonsense');
// topic-level names are routed to the default topic conf, errors use canonical names
attempt($conf, 'acks', 'everyone');
attempt($conf, 'request.required.acks', '5000');
attempt($conf, 'auto.offset.reset', 'nowhere');
// empty values for these are accepted
attempt($conf, 'bootstrap.servers', '');
attempt($conf, 'group.id', '');

echo "failed set() leaves the value unchanged:\n";
$conf->set('message.max.bytes', '2000');
attempt($conf, 'message.max.bytes', '1');
var_dump($conf->dump()['message.max.bytes']);

echo "exception details:\n";
try {
    $line = __LINE__ + 1;
    $conf->set('unknown.thing', 'x');
} catch (RdKafka\Exception $e) {
    var_dump(get_class($e), $e instanceof Exception, $e->getPrevious());
    var_dump($e->getFile() === __FILE__, $e->getLine() === $line);
}
try {
    $line = __LINE__ + 1;
    $conf->set('enable.idempotence', 'nope');
} catch (RdKafka\Exception $e) {
    var_dump($e->getCode(), $e->getFile() === __FILE__, $e->getLine() === $line);
}
try {
    $conf->set('message.max.bytes', '0');
} catch (RdKafka\Exception $e) {
    var_dump(str_ends_with($e->getMessage(), "\n"), $e->getMessage());
}
?>
--EXPECT--
RdKafka\Exception -2 "No such configuration property: \"no.such.property\""
RdKafka\Exception -2 "No such configuration property: \"\""
RdKafka\Exception -2 "No such configuration property: \"CLIENT.ID\""
RdKafka\Exception -1 "Expected bool value for \"enable.auto.commit\": true or false"
RdKafka\Exception -1 "Expected bool value for \"topic.metadata.refresh.sparse\": true or false"
RdKafka\Exception -1 "Configuration property \"message.max.bytes\" value 1 is outside allowed range 1000..1000000000\n"
RdKafka\Exception -1 "Configuration property \"message.max.bytes\" value 1000000001 is outside allowed range 1000..1000000000\n"
RdKafka\Exception -1 "Invalid value for configuration property \"message.max.bytes\""
RdKafka\Exception -1 "Invalid value \"zz\" for configuration property \"compression.codec\""
RdKafka\Exception -1 "Invalid value \"v5\" for configuration property \"broker.address.family\""
RdKafka\Exception -1 "Invalid value \"nonsense\" for configuration property \"debug\""
RdKafka\Exception -1 "Invalid value for configuration property \"request.required.acks\""
RdKafka\Exception -1 "Configuration property \"request.required.acks\" value 5000 is outside allowed range -1..1000\n"
RdKafka\Exception -1 "Invalid value \"nowhere\" for configuration property \"auto.offset.reset\""
accepted
accepted
failed set() leaves the value unchanged:
RdKafka\Exception -1 "Configuration property \"message.max.bytes\" value 1 is outside allowed range 1000..1000000000\n"
string(4) "2000"
exception details:
string(17) "RdKafka\Exception"
bool(true)
NULL
bool(true)
bool(true)
int(-1)
bool(true)
bool(true)
bool(true)
string(93) "Configuration property "message.max.bytes" value 0 is outside allowed range 1000..1000000000
"
