--TEST--
RdKafka\Conf: one Conf builds several Producers and Consumers; changing it afterwards does not throw
--FILE--
<?php
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', '127.0.0.1:1');
$conf->set('log_level', '0');
$conf->set('client.id', 'shared');
$conf->setErrorCb(function ($client, $err, $reason) { echo "error_cb\n"; });
$conf->setDrMsgCb(function ($producer, $message) { echo "dr_msg_cb\n"; });
$conf->setLogCb(function ($client, $level, $facility, $message) {});

$clients = [];
for ($i = 0; $i < 3; $i++) {
    $clients[] = new RdKafka\Producer($conf);
    $clients[] = new RdKafka\Consumer($conf);
}
echo implode(', ', array_map('get_class', $clients)), "\n";
var_dump(count(array_unique(array_map('spl_object_id', $clients))));

echo "changing the Conf after building clients:\n";
$conf->set('client.id', 'changed');
$conf->set('message.max.bytes', '2000');
$conf->set('acks', '1');
$conf->setErrorCb(fn () => null);
$conf->setDrMsgCb(fn () => null);
$conf->setStatsCb(fn () => null);
@$conf->setDefaultTopicConf(new RdKafka\TopicConf());
try {
    $conf->set('no.such', 'x');
} catch (RdKafka\Exception $e) {
    echo $e->getMessage(), "\n";
}
$dump = $conf->dump();
var_dump($dump['client.id'], $dump['message.max.bytes'], array_key_exists('stats_cb', $dump));

echo "building more clients from the changed Conf:\n";
$clients[] = new RdKafka\Producer($conf);
$clients[] = new RdKafka\Consumer($conf);
var_dump(count($clients));

echo "the Conf can go away before its clients:\n";
unset($conf);
var_dump(count($clients));
$clients = [];

echo "a Conf without callbacks:\n";
$plain = new RdKafka\Conf();
$plain->set('bootstrap.servers', '127.0.0.1:1');
$plain->set('log_level', '0');
$a = new RdKafka\Producer($plain);
$b = new RdKafka\Consumer($plain);
unset($a, $b);
echo "done\n";
?>
--EXPECT--
RdKafka\Producer, RdKafka\Consumer, RdKafka\Producer, RdKafka\Consumer, RdKafka\Producer, RdKafka\Consumer
int(6)
changing the Conf after building clients:
No such configuration property: "no.such"
string(7) "changed"
string(4) "2000"
bool(true)
building more clients from the changed Conf:
int(8)
the Conf can go away before its clients:
int(8)
a Conf without callbacks:
done
