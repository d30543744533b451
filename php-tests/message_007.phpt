--TEST--
RdKafka\Message::errstr() has a tentative return type: an untyped override only gets a deprecation
--FILE--
<?php
class Untyped extends RdKafka\Message
{
    public function errstr()
    {
        return 42;
    }
}
var_dump((new Untyped())->errstr());

$method = new ReflectionMethod(RdKafka\Message::class, 'errstr');
var_dump($method->hasReturnType(), $method->hasTentativeReturnType(), (string) $method->getTentativeReturnType());
?>
--EXPECTF--
Deprecated: Return type of Untyped::errstr() should either be compatible with RdKafka\Message::errstr(): ?string, or the #[\ReturnTypeWillChange] attribute should be used to temporarily suppress the notice in %s on line %d
int(42)
bool(false)
bool(true)
string(7) "?string"
