--TEST--
RdKafka\Message: a fresh instance has 10 typed public properties, 6 of them initialized to null
--FILE--
<?php
$message = new RdKafka\Message();
var_dump($message);

$class = new ReflectionClass(RdKafka\Message::class);
var_dump($class->getConstructor());
foreach ($class->getProperties() as $property) {
    printf(
        "%s %s %s default=%s\n",
        implode(' ', Reflection::getModifierNames($property->getModifiers())),
        $property->getType(),
        $property->getName(),
        $property->hasDefaultValue() ? var_export($property->getDefaultValue(), true) : '(none)'
    );
}
?>
--EXPECT--
object(RdKafka\Message)#1 (6) {
  ["err"]=>
  uninitialized(int)
  ["topic_name"]=>
  NULL
  ["timestamp"]=>
  NULL
  ["partition"]=>
  uninitialized(int)
  ["payload"]=>
  NULL
  ["len"]=>
  NULL
  ["key"]=>
  NULL
  ["offset"]=>
  uninitialized(int)
  ["headers"]=>
  uninitialized(array)
  ["opaque"]=>
  NULL
}
NULL
public int err default=(none)
public ?string topic_name default=NULL
public ?int timestamp default=NULL
public int partition default=(none)
public ?string payload default=NULL
public ?int len default=NULL
public ?string key default=NULL
public int offset default=(none)
public array headers default=(none)
public ?string opaque default=NULL
