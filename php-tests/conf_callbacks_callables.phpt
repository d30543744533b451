--TEST--
RdKafka\Conf callback setters accept every kind of callable, replace earlier callbacks and keep the callable alive
--FILE--
<?php
class Handler
{
    public function method(): void {}
    public static function staticMethod(): void {}
    public function __invoke(): void {}
}

function user_function(): void {}

$handler = new Handler();
$callables = [
    'closure' => function () {},
    'arrow function' => fn () => null,
    'internal function name' => 'strlen',
    'user function name' => 'user_function',
    '[object, method]' => [$handler, 'method'],
    '[class, static method]' => ['Handler', 'staticMethod'],
    '"Class::method"' => 'Handler::staticMethod',
    'invokable object' => $handler,
    'first-class callable' => strlen(...),
    'bound method closure' => Closure::fromCallable([$handler, 'method']),
];

$setters = ['setErrorCb', 'setDrMsgCb', 'setStatsCb', 'setRebalanceCb', 'setConsumeCb',
            'setOffsetCommitCb', 'setLogCb', 'setOauthbearerTokenRefreshCb'];

$conf = new RdKafka\Conf();
foreach ($callables as $label => $callable) {
    foreach ($setters as $setter) {
        $conf->$setter($callable);
    }
    echo $label, ": ok\n";
}

echo "setting a callback again replaces it without error:\n";
$conf2 = new RdKafka\Conf();
$conf2->setErrorCb(function () {});
$conf2->setErrorCb(function () {});
$conf2->setErrorCb('strlen');
var_dump(array_key_exists('error_cb', $conf2->dump()));

echo "callables survive being replaced and the Conf being destroyed:\n";
$name = 'str' . str_repeat('len', 1);       // a non-interned string
$closure = function () { return 'still here'; };
$array = [new Handler(), 'method'];
$conf3 = new RdKafka\Conf();
$conf3->setErrorCb($name);
$conf3->setStatsCb($closure);
$conf3->setDrMsgCb($array);
$conf3->setErrorCb('strlen');
$conf3->setStatsCb('strlen');
$conf3->setDrMsgCb($closure);
unset($conf3);
var_dump($name, $closure(), get_class($array[0]), $array[1]);

$conf4 = new RdKafka\Conf();
$conf4->setLogCb(function () { return 'temporary'; });
$conf4->setLogCb(function () { return 'temporary 2'; });
unset($conf4);
echo "done\n";
?>
--EXPECT--
closure: ok
arrow function: ok
internal function name: ok
user function name: ok
[object, method]: ok
[class, static method]: ok
"Class::method": ok
invokable object: ok
first-class callable: ok
bound method closure: ok
setting a callback again replaces it without error:
bool(true)
callables survive being replaced and the Conf being destroyed:
string(6) "strlen"
string(10) "still here"
string(7) "Handler"
string(6) "method"
done
