--TEST--
RdKafka\Producer/Consumer: var_dump shows RdKafka's two private uninitialized ?callable properties
--FILE--
<?php
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS') ?: '127.0.0.1:1');
$conf->set('log_level', '0');

$producer = new RdKafka\Producer($conf);
$consumer = new RdKafka\Consumer($conf);
var_dump($producer);
var_dump($consumer);

var_dump(get_object_vars($producer), (array) $consumer, json_encode($producer));
echo serialize($producer), "\n";

foreach ((new ReflectionClass('RdKafka'))->getProperties() as $property) {
    printf(
        "%s::\$%s %s %s default=%s\n",
        $property->class,
        $property->getName(),
        implode(' ', Reflection::getModifierNames($property->getModifiers())),
        $property->getType(),
        $property->hasDefaultValue() ? var_export($property->getDefaultValue(), true) : '(none)'
    );
}
// setting callbacks on the Conf does not write them
$conf->setErrorCb(function () {
});
$conf->setDrMsgCb(function () {
});
$withCallbacks = new RdKafka\Producer($conf);
var_dump($withCallbacks);
?>
--EXPECTF--
object(RdKafka\Producer)#2 (0) {
  ["error_cb":"RdKafka":private]=>
  uninitialized(?callable)
  ["dr_cb":"RdKafka":private]=>
  uninitialized(?callable)
}
object(RdKafka\Consumer)#3 (0) {
  ["error_cb":"RdKafka":private]=>
  uninitialized(?callable)
  ["dr_cb":"RdKafka":private]=>
  uninitialized(?callable)
}
array(0) {
}
array(0) {
}
string(2) "{}"
O:16:"RdKafka\Producer":0:{}
RdKafka::$error_cb private ?callable default=(none)
RdKafka::$dr_cb private ?callable default=(none)
object(RdKafka\Producer)#%d (0) {
  ["error_cb":"RdKafka":private]=>
  uninitialized(?callable)
  ["dr_cb":"RdKafka":private]=>
  uninitialized(?callable)
}
