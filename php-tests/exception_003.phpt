--TEST--
RdKafka\Exception: serialize/unserialize round trip, including one thrown by the extension
--FILE--
<?php
$e = new RdKafka\Exception('boom', RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN);
$serialized = serialize($e);
var_dump(str_starts_with($serialized, 'O:17:"RdKafka\Exception":7:{'));
$restored = unserialize($serialized);
var_dump(get_class($restored), $restored->getMessage(), $restored->getCode());
var_dump($restored->getFile() === $e->getFile(), $restored->getLine() === $e->getLine());
var_dump($restored == $e);

$conf = new RdKafka\Conf();
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf); // no broker: metadata times out
try {
    $producer->getMetadata(true, null, 10);
} catch (RdKafka\Exception $thrown) {
    $restored = unserialize(serialize($thrown));
    var_dump(get_class($restored), $restored->getMessage(), $restored->getCode(), $restored->getLine());
    echo $restored->getTraceAsString(), "\n";
}

try {
    throw $restored;
} catch (RdKafka\Exception $again) {
    var_dump($again === $restored, $again->getLine());
}
?>
--EXPECTF--
bool(true)
string(17) "RdKafka\Exception"
string(4) "boom"
int(-187)
bool(true)
bool(true)
bool(true)
string(17) "RdKafka\Exception"
string(%d) "%s"
int(%i)
int(14)
#0 %sexception_003.php(14): RdKafka->getMetadata(true, NULL, 10)
#1 {main}
bool(true)
int(14)
