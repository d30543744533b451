--TEST--
ProducerTopic::producev(): integer-keyed header entries are not sent, as in php-rdkafka (a list sends no headers); string-keyed entries after one still are (php-rdkafka dropped them)
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$brokers = getenv('TEST_KAFKA_BROKERS');
$topicName = 'producev_integer_keys_' . uniqid();

$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $brokers);
$conf->set('log_level', '0');
$reports = [];
$conf->setDrMsgCb(function ($producer, $message) use (&$reports) {
    $reports[$message->payload] = $message->headers;
});
$producer = new RdKafka\Producer($conf);
$topic = $producer->newTopic($topicName);

$cases = [
    'list' => ['key'],
    'list of two' => ['a', 'b'],
    'integer first' => [5 => 'five', 'name' => 'value', 'other' => 'x'],
    'mixed' => ['a' => '1', 0 => 'zero', 'b' => '2', '7' => 'numeric string key is an integer key'],
    'strings only' => ['a' => '1', 'b' => '2'],
    'empty' => [],
];
foreach ($cases as $payload => $headers) {
    $topic->producev(0, 0, $payload, null, $headers);
}
echo "flush: ", $producer->flush(10000), "\n";

$consumer = new RdKafka\Consumer($conf);
$consumerTopic = $consumer->newTopic($topicName);
$consumerTopic->consumeStart(0, RD_KAFKA_OFFSET_BEGINNING);
$read = [];
$deadline = microtime(true) + 10;
while (count($read) < count($cases) && microtime(true) < $deadline) {
    $m = $consumerTopic->consume(0, 500);
    if ($m !== null && $m->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
        $read[$m->payload] = $m->headers;
    }
}
$consumerTopic->consumeStop(0);

foreach (array_keys($cases) as $payload) {
    echo str_pad($payload, 14), ' report: ', json_encode($reports[$payload] ?? 'missing'),
        '  consumed: ', json_encode($read[$payload] ?? 'missing'), "\n";
}
?>
--EXPECT--
flush: 0
list           report: []  consumed: []
list of two    report: []  consumed: []
integer first  report: {"name":"value","other":"x"}  consumed: {"name":"value","other":"x"}
mixed          report: {"a":"1","b":"2"}  consumed: {"a":"1","b":"2"}
strings only   report: {"a":"1","b":"2"}  consumed: {"a":"1","b":"2"}
empty          report: []  consumed: []
