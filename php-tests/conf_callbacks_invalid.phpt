--TEST--
RdKafka\Conf callback setters: a non-callable argument throws TypeError "must be a valid callback"
--FILE--
<?php
class Handler
{
    private function hidden(): void {}
    public function method(): void {}
}

$conf = new RdKafka\Conf();
$setters = ['setErrorCb', 'setDrMsgCb', 'setStatsCb', 'setRebalanceCb', 'setConsumeCb',
            'setOffsetCommitCb', 'setLogCb', 'setOauthbearerTokenRefreshCb'];
foreach ($setters as $setter) {
    try {
        $conf->$setter('no_such_function');
    } catch (TypeError $e) {
        printf("%s %d %s\n", get_class($e), $e->getCode(), $e->getMessage());
    }
}

echo "other non-callables:\n";
$invalid = [
    1,
    null,
    [],
    ['Handler'],
    [new Handler(), 'nope'],
    [new Handler(), 'hidden'],
    ['Handler', 'method'],
    'NoSuchClass::method',
    new stdClass(),
];
foreach ($invalid as $value) {
    try {
        $conf->setErrorCb($value);
        echo "accepted\n";
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}

echo "a rejected callable does not register the callback:\n";
var_dump(array_key_exists('error_cb', $conf->dump()));
try {
    $conf->setLogCb('nope');
} catch (TypeError $e) {
}
var_dump($conf->dump()['log.queue']);
?>
--EXPECT--
TypeError 0 RdKafka\Conf::setErrorCb(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError 0 RdKafka\Conf::setDrMsgCb(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError 0 RdKafka\Conf::setStatsCb(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError 0 RdKafka\Conf::setRebalanceCb(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError 0 RdKafka\Conf::setConsumeCb(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError 0 RdKafka\Conf::setOffsetCommitCb(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError 0 RdKafka\Conf::setLogCb(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError 0 RdKafka\Conf::setOauthbearerTokenRefreshCb(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
other non-callables:
RdKafka\Conf::setErrorCb(): Argument #1 ($callback) must be a valid callback, no array or string given
RdKafka\Conf::setErrorCb(): Argument #1 ($callback) must be a valid callback, no array or string given
RdKafka\Conf::setErrorCb(): Argument #1 ($callback) must be a valid callback, array callback must have exactly two members
RdKafka\Conf::setErrorCb(): Argument #1 ($callback) must be a valid callback, array callback must have exactly two members
RdKafka\Conf::setErrorCb(): Argument #1 ($callback) must be a valid callback, class Handler does not have a method "nope"
RdKafka\Conf::setErrorCb(): Argument #1 ($callback) must be a valid callback, cannot access private method Handler::hidden()
RdKafka\Conf::setErrorCb(): Argument #1 ($callback) must be a valid callback, non-static method Handler::method() cannot be called statically
RdKafka\Conf::setErrorCb(): Argument #1 ($callback) must be a valid callback, class "NoSuchClass" not found
RdKafka\Conf::setErrorCb(): Argument #1 ($callback) must be a valid callback, no array or string given
a rejected callable does not register the callback:
bool(false)
string(5) "false"
