--TEST--
RdKafka base methods on Producer and Consumer: brokers, queue length, controller, purge, loggers, watermarks, pause/resume, OAUTHBEARER
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf);
$consumer = new RdKafka\Consumer($conf);

echo "addBrokers: ", $producer->addBrokers('127.0.0.1:1,127.0.0.1:2,,127.0.0.1:3'), ' ', $producer->addBrokers(''), "\n";
echo "getOutQLen: ", $producer->getOutQLen(), "\n";
$len = $producer->outqLen();
echo "outqLen: $len\n";
echo "controller known: ", var_export($producer->getControllerId(10000) >= 0, true), ' ',
    var_export($consumer->getControllerId(10000) >= 0, true), "\n";

echo "purge producer: ", $producer->purge(RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT), "\n";
echo "purge unknown flag: ", $producer->purge(1024), "\n";
echo "purge consumer: ", $consumer->purge(RD_KAFKA_PURGE_F_QUEUE), "\n";

$producer->setLogLevel(LOG_EMERG); // stays quiet: the brokers added above refuse connections
$producer->setLogger(RD_KAFKA_LOG_PRINT);
try {
    $producer->setLogger(5);
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

$low = $high = -5;
try {
    $producer->queryWatermarkOffsets('unknown-' . uniqid(), 0, $low, $high, 5000);
} catch (RdKafka\Exception $e) {
    echo "queryWatermarkOffsets: ", $e->getCode(), ' ', $e->getMessage(), "; low/high untouched: $low/$high\n";
}

$paused = $producer->pausePartitions(['a' => new RdKafka\TopicPartition('t', 0), 'b' => new RdKafka\TopicPartition('', -1)]);
foreach ($paused as $i => $tp) {
    printf("paused %d: %s/%d err %d\n", $i, $tp->getTopic(), $tp->getPartition(), $tp->getErr());
}
$resumed = $consumer->resumePartitions([new RdKafka\TopicPartition('', -1)]);
printf("resumed: %s err %d\n", get_class($resumed[0]), $resumed[0]->getErr());

try {
    $producer->pausePartitions([new RdKafka\TopicPartition('t', 0), 'x']);
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $consumer->offsetsForTimes([new RdKafka\TopicPartition('unknown-' . uniqid(), 0, 1)], 2000);
} catch (RdKafka\Exception $e) {
    echo "offsetsForTimes: ", $e->getCode(), "\n";
}

try {
    $producer->oauthbearerSetToken('token', 1000, 'principal', ['a' => 'b']);
} catch (RdKafka\Exception $e) {
    echo "oauthbearerSetToken: ", $e->getCode(), ' ', $e->getMessage(), "\n";
}
try {
    $producer->oauthbearerSetTokenFailure('no token');
} catch (RdKafka\Exception $e) {
    echo "oauthbearerSetTokenFailure: ", $e->getCode(), " '", $e->getMessage(), "'\n";
}
try {
    $producer->addBrokers("127.0.0.1:1\0x");
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
addBrokers: 3 0
getOutQLen: 0

Deprecated: Method RdKafka::outqLen() is deprecated in %s on line %d
outqLen: 0
controller known: true true
purge producer: 0
purge unknown flag: -186
purge consumer: -170

Deprecated: Method RdKafka::setLogLevel() is deprecated in %s on line %d

Deprecated: Method RdKafka::setLogger() is deprecated in %s on line %d

Deprecated: Method RdKafka::setLogger() is deprecated in %s on line %d
Exception: Invalid logger
queryWatermarkOffsets: -190 Local: Unknown partition; low/high untouched: -5/-5
paused 0: t/0 err -190
paused 1: /-1 err -190
resumed: RdKafka\TopicPartition err -190
TypeError: Argument 1 passed to RdKafka::pausePartitions() must be an array of RdKafka\TopicPartition, at least one element is a(n) string
offsetsForTimes: -190
oauthbearerSetToken: -172 SASL/OAUTHBEARER is not the configured authentication mechanism
oauthbearerSetTokenFailure: -172 ''
RdKafka::addBrokers(): Argument #1 ($broker_list) must not contain any null bytes
