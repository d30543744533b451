--TEST--
RdKafka\Conf::set() and RdKafka\TopicConf::set(): a NUL byte in the name or value throws ValueError (documented fix)
--FILE--
<?php
$conf = new RdKafka\Conf();
$topicConf = new RdKafka\TopicConf();
$conf->set('client.id', 'before');
$topicConf->set('auto.offset.reset', 'smallest');

$calls = [
    fn () => $conf->set("client.id\0suffix", 'x'),
    fn () => $conf->set("\0", 'x'),
    fn () => $conf->set('client.id', "after\0cut"),
    fn () => $conf->set('client.id', "\0"),
    fn () => $conf->set("client.id\0", "a\0b"),
    fn () => $topicConf->set("acks\0", '1'),
    fn () => $topicConf->set('auto.offset.reset', "largest\0"),
];
foreach ($calls as $call) {
    try {
        $call();
        echo "no exception\n";
    } catch (Throwable $e) {
        printf("%s %d %s\n", get_class($e), $e->getCode(), $e->getMessage());
    }
}

echo "nothing was stored:\n";
var_dump($conf->dump()['client.id'], $topicConf->dump()['auto.offset.reset'], $topicConf->dump()['request.required.acks']);
?>
--EXPECT--
ValueError 0 RdKafka\Conf::set(): Argument #1 ($name) must not contain any null bytes
ValueError 0 RdKafka\Conf::set(): Argument #1 ($name) must not contain any null bytes
ValueError 0 RdKafka\Conf::set(): Argument #2 ($value) must not contain any null bytes
ValueError 0 RdKafka\Conf::set(): Argument #2 ($value) must not contain any null bytes
ValueError 0 RdKafka\Conf::set(): Argument #1 ($name) must not contain any null bytes
ValueError 0 RdKafka\TopicConf::set(): Argument #1 ($name) must not contain any null bytes
ValueError 0 RdKafka\TopicConf::set(): Argument #2 ($value) must not contain any null bytes
nothing was stored:
string(6) "before"
string(8) "smallest"
string(2) "-1"
