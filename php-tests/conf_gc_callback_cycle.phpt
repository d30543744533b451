--TEST--
RdKafka\Conf: a reference cycle through a callback (closure capturing its own Conf) is collected by the cycle GC
--FILE--
<?php
$setters = ['setErrorCb', 'setDrMsgCb', 'setStatsCb', 'setRebalanceCb', 'setConsumeCb',
            'setOffsetCommitCb', 'setLogCb', 'setOauthbearerTokenRefreshCb'];

echo "closure capturing the Conf, set as its own error callback:\n";
$conf = new RdKafka\Conf();
$conf->setErrorCb(function () use ($conf) { return $conf; });
$weak = WeakReference::create($conf);
unset($conf);
var_dump($weak->get() instanceof RdKafka\Conf);
var_dump(gc_collect_cycles() > 0);
var_dump($weak->get());

echo "the same through every setter:\n";
foreach ($setters as $setter) {
    $conf = new RdKafka\Conf();
    $conf->$setter(function () use ($conf) {});
    $weak = WeakReference::create($conf);
    unset($conf);
    gc_collect_cycles();
    echo $setter, ': ', var_export($weak->get(), true), "\n";
}

echo "a cycle through an object holding a Conf subclass (holder -> conf -> callback -> holder):\n";
class Holder
{
    public ?MyConf $conf = null;
    public function onStats(): void {}
}
class MyConf extends RdKafka\Conf
{
    public array $extra = [];
}
$holder = new Holder();
$holder->conf = new MyConf();
$holder->conf->extra[] = 'not part of the cycle';
$holder->conf->setStatsCb([$holder, 'onStats']);
$weakHolder = WeakReference::create($holder);
$weakConf = WeakReference::create($holder->conf);
unset($holder);
gc_collect_cycles();
var_dump($weakHolder->get(), $weakConf->get());

echo "a Conf without a cycle is freed at once:\n";
$conf = new RdKafka\Conf();
$conf->setErrorCb(function () {});
$weak = WeakReference::create($conf);
unset($conf);
var_dump($weak->get());

echo "a Conf that is still referenced survives collection:\n";
$conf = new RdKafka\Conf();
$conf->setErrorCb(function () use ($conf) {});
$weak = WeakReference::create($conf);
gc_collect_cycles();
var_dump($weak->get() === $conf);
$conf->set('client.id', 'alive');
var_dump($conf->dump()['client.id']);
?>
--EXPECT--
closure capturing the Conf, set as its own error callback:
bool(true)
bool(true)
NULL
the same through every setter:
setErrorCb: NULL
setDrMsgCb: NULL
setStatsCb: NULL
setRebalanceCb: NULL
setConsumeCb: NULL
setOffsetCommitCb: NULL
setLogCb: NULL
setOauthbearerTokenRefreshCb: NULL
a cycle through an object holding a Conf subclass (holder -> conf -> callback -> holder):
NULL
NULL
a Conf without a cycle is freed at once:
NULL
a Conf that is still referenced survives collection:
bool(true)
string(5) "alive"
