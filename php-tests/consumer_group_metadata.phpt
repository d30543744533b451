--TEST--
RdKafka\ConsumerGroupMetadata (php-rdkafka 7.x names): final, not cloneable, built by hand or by KafkaConsumer::getConsumerGroupMetadata() from a live group member; Producer::sendOffsetsToTransaction() argument errors, and KafkaErrorException with librdkafka's flags from a producer that is not transactional
--SKIPIF--
<?php if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded'); ?>
--FILE--
<?php
function error_of(callable $call): string
{
    try {
        $call();
        return 'no exception';
    } catch (RdKafka\KafkaErrorException $e) {
        return sprintf('%s (%d): %s [retriable %s, abortable %s, fatal %s]', get_class($e), $e->getCode(), $e->getMessage(),
            var_export($e->isRetriable(), true), var_export($e->transactionRequiresAbort(), true), var_export($e->isFatal(), true));
    } catch (Throwable $e) {
        return get_class($e) . ' (' . $e->getCode() . '): ' . $e->getMessage();
    }
}

$class = new ReflectionClass(RdKafka\ConsumerGroupMetadata::class);
var_dump($class->isFinal(), $class->isCloneable());

$metadata = new RdKafka\ConsumerGroupMetadata('billing');
var_dump($metadata->getGroupId(), $metadata->getGenerationId(), $metadata->getMemberId(), $metadata->getGroupInstanceId());
$full = new RdKafka\ConsumerGroupMetadata('billing', 7, 'member-1', 'instance-1');
var_dump($full->getGenerationId(), $full->getMemberId(), $full->getGroupInstanceId());
echo error_of(fn() => clone $full), "\n";
echo error_of(fn() => new RdKafka\ConsumerGroupMetadata("bil\0ling")), "\n";
echo error_of(fn() => new RdKafka\ConsumerGroupMetadata('g', PHP_INT_MAX)), "\n";
echo error_of(fn() => $class->newInstanceWithoutConstructor()->getGroupId()), "\n";

echo "--- from a group member\n";
$cluster = RdKafka\Test\MockCluster::create(1);
$cluster->createTopic('ledger', 1, 1);
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $cluster->getBootstraps());
$conf->set('log_level', '0');
$conf->set('group.id', 'bookkeepers');
$conf->set('group.instance.id', 'bookkeeper-1');
$consumer = new RdKafka\KafkaConsumer($conf);
$consumer->subscribe(['ledger']);
$deadline = microtime(true) + 20;
while ($consumer->getAssignment() === [] && microtime(true) < $deadline) {
    $consumer->consume(100);
}
$member = $consumer->getConsumerGroupMetadata();
var_dump(get_class($member), $member->getGroupId(), $member->getGroupInstanceId());
printf("joined: generation %s, member id %s\n", var_export($member->getGenerationId() > 0, true), var_export($member->getMemberId() !== '', true));

echo "--- sendOffsetsToTransaction\n";
$plain = new RdKafka\Conf();
$plain->set('bootstrap.servers', $cluster->getBootstraps());
$plain->set('log_level', '0');
$producer = new RdKafka\Producer($plain);
$offsets = [new RdKafka\TopicPartition('ledger', 0, 10)];
echo error_of(fn() => $producer->sendOffsetsToTransaction($offsets, $member, 1000)), "\n";
echo error_of(fn() => $producer->sendOffsetsToTransaction(['x'], $member, 1000)), "\n";
echo error_of(fn() => $producer->sendOffsetsToTransaction($offsets, new stdClass(), 1000)), "\n";
$consumer->close();
echo error_of(fn() => $consumer->getConsumerGroupMetadata()), "\n";
?>
--EXPECT--
bool(true)
bool(false)
string(7) "billing"
int(-1)
string(0) ""
NULL
int(7)
string(8) "member-1"
string(10) "instance-1"
Error (0): Trying to clone an uncloneable object of class RdKafka\ConsumerGroupMetadata
RdKafka\Exception (-186): Group ids must not contain NUL bytes
RdKafka\Exception (-186): Invalid value 9223372036854775807 for generation_id. Must be between -2147483648 and 2147483647
ReflectionException (0): Class RdKafka\ConsumerGroupMetadata is an internal class marked as final that cannot be instantiated without invoking its constructor
--- from a group member
string(29) "RdKafka\ConsumerGroupMetadata"
string(11) "bookkeepers"
string(12) "bookkeeper-1"
joined: generation true, member id true
--- sendOffsetsToTransaction
RdKafka\KafkaErrorException (-145): The Transactional API requires transactional.id to be configured (RD_KAFKA_RESP_ERR__NOT_CONFIGURED) [retriable false, abortable false, fatal false]
TypeError (0): Argument 1 passed to RdKafka\Producer::sendOffsetsToTransaction() must be an array of RdKafka\TopicPartition, at least one element is a(n) string
TypeError (0): RdKafka\Producer::sendOffsetsToTransaction(): Argument #2 ($metadata) must be of type RdKafka\ConsumerGroupMetadata, stdClass given
Exception (0): RdKafka\KafkaConsumer::__construct() has not been called, or RdKafka\KafkaConsumer::close() was already called
