--TEST--
RdKafka\KafkaErrorException: var_dump shows the 4 private typed properties after the Exception ones
--FILE--
<?php
$e = new RdKafka\KafkaErrorException('full', 42, 'error string', true, true, false);
var_dump($e);

$e = new RdKafka\KafkaErrorException('short', 1);
var_dump($e);

foreach ((new ReflectionClass(RdKafka\KafkaErrorException::class))->getProperties() as $property) {
    if ($property->class !== RdKafka\KafkaErrorException::class) {
        continue;
    }
    printf(
        "%s %s \$%s default=%s\n",
        implode(' ', Reflection::getModifierNames($property->getModifiers())),
        $property->getType(),
        $property->getName(),
        $property->hasDefaultValue() ? var_export($property->getDefaultValue(), true) : '(none)'
    );
}
?>
--EXPECTF--
object(RdKafka\KafkaErrorException)#1 (11) {
  ["message":protected]=>
  string(4) "full"
  ["string":"Exception":private]=>
  string(0) ""
  ["code":protected]=>
  int(42)
  ["file":protected]=>
  string(%d) "%s"
  ["line":protected]=>
  int(2)
  ["trace":"Exception":private]=>
  array(0) {
  }
  ["previous":"Exception":private]=>
  NULL
  ["error_string":"RdKafka\KafkaErrorException":private]=>
  string(12) "error string"
  ["isFatal":"RdKafka\KafkaErrorException":private]=>
  bool(true)
  ["isRetriable":"RdKafka\KafkaErrorException":private]=>
  bool(true)
  ["transactionRequiresAbort":"RdKafka\KafkaErrorException":private]=>
  bool(false)
}
object(RdKafka\KafkaErrorException)#2 (11) {
  ["message":protected]=>
  string(5) "short"
  ["string":"Exception":private]=>
  string(0) ""
  ["code":protected]=>
  int(1)
  ["file":protected]=>
  string(%d) "%s"
  ["line":protected]=>
  int(5)
  ["trace":"Exception":private]=>
  array(0) {
  }
  ["previous":"Exception":private]=>
  NULL
  ["error_string":"RdKafka\KafkaErrorException":private]=>
  string(0) ""
  ["isFatal":"RdKafka\KafkaErrorException":private]=>
  bool(false)
  ["isRetriable":"RdKafka\KafkaErrorException":private]=>
  bool(false)
  ["transactionRequiresAbort":"RdKafka\KafkaErrorException":private]=>
  bool(false)
}
private string $error_string default=(none)
private bool $isFatal default=(none)
private bool $isRetriable default=(none)
private bool $transactionRequiresAbort default=(none)
