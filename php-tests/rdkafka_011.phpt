--TEST--
RdKafka\Producer and RdKafka\Consumer against the brokers of TEST_KAFKA_BROKERS
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$brokers = getenv('TEST_KAFKA_BROKERS');

// the first bootstrap address accepts TCP connections
$first = trim(explode(',', $brokers)[0]);
$colon = strrpos($first, ':');
$host = trim(substr($first, 0, $colon), '[]');
$port = (int) substr($first, $colon + 1);
$socket = @fsockopen($host, $port, $errno, $errstr, 5.0);
var_dump(is_resource($socket));
if ($socket) {
    fclose($socket);
}

$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $brokers);
$conf->set('client.id', 'phpt-' . uniqid());

$baseline = rd_kafka_thread_cnt();
$producer = new RdKafka\Producer($conf);
$consumer = new RdKafka\Consumer($conf);
var_dump(get_class($producer), get_class($consumer));

// librdkafka starts one thread per bootstrap broker, plus its own
$expected = count(explode(',', $brokers));
for ($i = 0; $i < 200 && rd_kafka_thread_cnt() < $baseline + 2 * $expected; $i++) {
    usleep(10000);
}
var_dump(rd_kafka_thread_cnt() >= $baseline + 2 * $expected);

unset($producer, $consumer);
var_dump(rd_kafka_thread_cnt() === $baseline);
?>
--EXPECT--
bool(true)
string(16) "RdKafka\Producer"
string(16) "RdKafka\Consumer"
bool(true)
bool(true)
