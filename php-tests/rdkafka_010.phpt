--TEST--
One RdKafka\Conf builds any number of clients; later Conf changes do not disturb existing clients
--FILE--
<?php
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS') ?: '127.0.0.1:1');
$conf->set('log_level', '0');
$conf->set('client.id', 'shared');

$clients = [];
for ($i = 0; $i < 4; $i++) {
    $clients[] = new RdKafka\Producer($conf);
    $clients[] = new RdKafka\Consumer($conf);
}
echo count($clients), " clients\n";
echo implode(',', array_map(fn($c) => substr(strrchr(get_class($c), '\\'), 1), $clients)), "\n";

// the Conf is left as it was and can still be changed and used
$before = $conf->dump();
var_dump($before['client.id']);
$conf->set('client.id', 'changed');
$conf->setErrorCb(function () {
});
$clients[] = new RdKafka\Producer($conf);
var_dump($conf->dump()['client.id']);

// the Conf may go away before its clients
unset($conf);
gc_collect_cycles();
echo count($clients), " clients alive\n";
$threads = rd_kafka_thread_cnt();
var_dump($threads > 0);
unset($clients);
var_dump(rd_kafka_thread_cnt());
?>
--EXPECT--
8 clients
Producer,Consumer,Producer,Consumer,Producer,Consumer,Producer,Consumer
string(6) "shared"
string(7) "changed"
9 clients alive
bool(true)
int(0)
