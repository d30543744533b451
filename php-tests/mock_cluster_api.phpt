--TEST--
RdKafka\Test\MockCluster: create, fromProducer, bootstraps, topics, leaders, broker down/up, request errors and argument checks, with the FFI library's names
--SKIPIF--
<?php if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded'); ?>
--FILE--
<?php
use RdKafka\Test\ApiKey;
use RdKafka\Test\MockCluster;

function conf(MockCluster $cluster, array $props = []): RdKafka\Conf
{
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', $cluster->getBootstraps());
    $conf->set('log_level', '0');
    foreach ($props as $name => $value) {
        $conf->set($name, $value);
    }
    return $conf;
}

function attempt(callable $call): void
{
    try {
        $call();
        echo "no exception\n";
    } catch (Throwable $e) {
        printf("%s(%d): %s\n", get_class($e), $e->getCode(), $e->getMessage());
    }
}

echo "--- create, produce, consume back\n";
$cluster = MockCluster::create(3);
$bootstraps = explode(',', $cluster->getBootstraps());
echo count($bootstraps), " brokers on 127.0.0.1: ", json_encode(array_map(fn ($b) => str_starts_with($b, '127.0.0.1:'), $bootstraps)), "\n";
$producer = new RdKafka\Producer(conf($cluster));
$producer->newTopic('roundtrip')->produce(0, 0, "pay\0load", "key");
echo "flush: ", $producer->flush(10000), "\n";
$consumer = new RdKafka\KafkaConsumer(conf($cluster, ['group.id' => 'api']));
$consumer->assign([new RdKafka\TopicPartition('roundtrip', 0, RD_KAFKA_OFFSET_BEGINNING)]);
$message = $consumer->consume(10000);
var_dump($message->err, bin2hex($message->payload), $message->key);

echo "--- createTopic and metadata\n";
$cluster->createTopic('twelve', 12, 3);
$metadata = $producer->getMetadata(false, $producer->newTopic('twelve'), 10000);
echo "partitions: ", count($metadata->getTopics()->current()->getPartitions()), "\n";
attempt(fn () => $cluster->createTopic('twelve', 1, 1));
attempt(fn () => $cluster->createTopic('zero', 0, 1));
attempt(fn () => $cluster->createTopic('no-replicas', 1, 0));
attempt(fn () => $cluster->createTopic(str_repeat('t', 250), 1, 1));
attempt(fn () => $cluster->createTopic("nul\0byte", 1, 1));

echo "--- setPartitionLeader / setPartitionFollower\n";
$cluster->createTopic('led', 1, 3);
foreach ([2, 3] as $leader) {
    $cluster->setPartitionLeader('led', 0, $leader);
    $cluster->setPartitionFollower('led', 0, 1);
    $partition = $producer->getMetadata(false, $producer->newTopic('led'), 10000)->getTopics()->current()->getPartitions()->current();
    echo "leader: ", $partition->getLeader(), "\n";
}
attempt(fn () => $cluster->setPartitionLeader('led', 0, 42));
attempt(fn () => $cluster->setPartitionLeader('led', 5, 1));
attempt(fn () => $cluster->setPartitionLeader('led', -1, 1));
attempt(fn () => $cluster->setPartitionFollower('led', 2147483648, 1));
$cluster->setPartitionFollowerWatermarks('led', 0, -1, -1);

echo "--- setTopicError\n";
$cluster->setTopicError('failing', RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED);
$topicMetadata = $producer->getMetadata(false, $producer->newTopic('failing'), 10000)->getTopics()->current();
echo "topic error: ", $topicMetadata->getErr(), "\n";

echo "--- setBrokerDown / setBrokerUp\n";
$single = MockCluster::create(1);
$client = new RdKafka\Producer(conf($single));
$single->setBrokerDown(1);
attempt(fn () => $client->getMetadata(true, null, 1000));
$single->setBrokerUp(1);
echo "brokers after up: ", count($client->getMetadata(true, null, 10000)->getBrokers()), "\n";
attempt(fn () => $single->setBrokerDown(7));

echo "--- pushRequestErrors: a retriable error is retried, a permanent one is reported\n";
$errors = [];
$conf = conf($single);
$conf->setDrMsgCb(function ($producer, $message) use (&$errors) { $errors[] = $message->err; });
$reporting = new RdKafka\Producer($conf);
$single->pushRequestErrors(ApiKey::Produce, 2, RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS, RD_KAFKA_RESP_ERR__AUTHENTICATION);
$reporting->newTopic('errors')->produce(0, 0, 'a');
$reporting->flush(10000);
$single->pushRequestErrorsArray(ApiKey::Produce, 1, [RD_KAFKA_RESP_ERR_INVALID_REQUIRED_ACKS, RD_KAFKA_RESP_ERR__AUTHENTICATION]);
$reporting->newTopic('errors')->produce(0, 0, 'b');
$reporting->flush(10000);
$single->pushBrokerRequestErrors(1, ApiKey::Produce, 1, RD_KAFKA_RESP_ERR_RECORD_LIST_TOO_LARGE);
$reporting->newTopic('errors')->produce(0, 0, 'c');
$reporting->flush(10000);
$single->pushBrokerRequestErrorRtts(1, ApiKey::Produce, 2, RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION, 10, RD_KAFKA_RESP_ERR_NO_ERROR, 10);
$reporting->newTopic('errors')->produce(0, 0, 'd');
$reporting->flush(10000);
echo "delivery reports: ", json_encode(array_map('rd_kafka_err2name', $errors)), "\n";

echo "--- argument checks\n";
attempt(fn () => MockCluster::create(0));
attempt(fn () => MockCluster::create(101));
attempt(fn () => $single->pushRequestErrors(ApiKey::Produce, 2, RD_KAFKA_RESP_ERR_INVALID_MSG));
attempt(fn () => $single->pushRequestErrors(ApiKey::Produce, -1));
attempt(fn () => $single->pushRequestErrors(40000, 0));
attempt(fn () => $single->pushRequestErrors(ApiKey::Produce, 1, 'x'));
attempt(fn () => $single->pushRequestErrorsArray(ApiKey::Produce, 1, [1.5]));
attempt(fn () => $single->pushRequestErrorsArray(ApiKey::Produce, 2, [1]));
attempt(fn () => $single->pushBrokerRequestErrorRtts(1, ApiKey::Produce, 2, 1, 10, 1));
attempt(fn () => $single->pushBrokerRequestErrors(9, ApiKey::Produce, 1, 1));
attempt(fn () => $single->setCoordinator('consumer', 'g', 1));
attempt(fn () => $single->setApiVersion(ApiKey::AssignReplicasToDirs + 1, 0, 1));
attempt(fn () => $single->setRtt(9, 10));
attempt(fn () => $single->setBrokerRack(9, 'rack'));
$single->setCoordinator('group', 'g', 1);
$single->setCoordinator('transaction', 'tx', 1);
$single->setApiVersion(ApiKey::Fetch, 4, 11);
$single->setRtt(1, 0);
$single->setBrokerRack(1, 'rack-a');
$single->pushRequestErrors(ApiKey::Produce, 0);

echo "--- fromProducer\n";
$derivedConf = new RdKafka\Conf();
$derivedConf->set('test.mock.num.brokers', '2');
$derivedConf->set('log_level', '0');
$owner = new RdKafka\Producer($derivedConf);
$derived = MockCluster::fromProducer($owner);
echo "derived brokers: ", count(explode(',', $derived->getBootstraps())), "\n";
unset($owner); // the cluster keeps its client
$derived->createTopic('derived', 2, 1);
attempt(fn () => MockCluster::fromProducer(new RdKafka\Producer(conf($single))));

echo "--- class\n";
attempt(fn () => new MockCluster());
class MyCluster extends MockCluster {}
echo get_class(MyCluster::create(1)), "\n";
$blank = (new ReflectionClass(MockCluster::class))->newInstanceWithoutConstructor();
attempt(fn () => $blank->getBootstraps());
var_dump(ApiKey::Produce, ApiKey::Offset, ApiKey::ListOffsets, ApiKey::DeleteGroups, ApiKey::None);

echo "--- the cluster stops with its object\n";
$gone = MockCluster::create(1);
$orphan = new RdKafka\Producer(conf($gone));
unset($gone);
attempt(fn () => $orphan->getMetadata(true, null, 1000));
?>
--EXPECT--
--- create, produce, consume back
3 brokers on 127.0.0.1: [true,true,true]
flush: 0
int(0)
string(16) "706179006c6f6164"
string(3) "key"
--- createTopic and metadata
partitions: 12
RdKafka\Exception(36): Broker: Topic already exists
RdKafka\Exception(-186): Invalid value 0 for partitionCount. Must be between 1 and 100000
RdKafka\Exception(-186): Invalid value 0 for replicationFactor. Must be between 1 and 2147483647
RdKafka\Exception(-186): Topic name of 250 bytes is longer than Kafka's limit of 249 bytes
RdKafka\Exception(-186): Topic names must not contain NUL bytes
--- setPartitionLeader / setPartitionFollower
leader: 2
leader: 3
RdKafka\Exception(8): Broker: Broker not available
RdKafka\Exception(3): Broker: Unknown topic or partition
RdKafka\Exception(-186): Invalid value -1 for partition. Must be between 0 and 99999
RdKafka\Exception(-186): Invalid value 2147483648 for partition. Must be between -2147483648 and 2147483647
--- setTopicError
topic error: 29
--- setBrokerDown / setBrokerUp
RdKafka\Exception(-195): Local: Broker transport failure
brokers after up: 1
RdKafka\Exception(8): Broker: Broker not available
--- pushRequestErrors: a retriable error is retried, a permanent one is reported
delivery reports: ["_AUTHENTICATION","INVALID_REQUIRED_ACKS","RECORD_LIST_TOO_LARGE","NO_ERROR"]
--- argument checks
InvalidArgumentException(0): Invalid value 0 for brokerCount. Must be 1 or greater
RdKafka\Exception(-186): Invalid value 101 for brokerCount. Must be between 1 and 100
RdKafka\Exception(-186): Invalid value 2 for count. Must be between 0 and 1, the number of error codes given
RdKafka\Exception(-186): Invalid value -1 for count. Must be between 0 and 0, the number of error codes given
RdKafka\Exception(-186): Invalid value 40000 for apiKey. Must be between -32768 and 32767
TypeError(0): RdKafka\Test\MockCluster::pushRequestErrors(): Argument #3 ($errorCodes) must be of type int, string given
TypeError(0): RdKafka\Test\MockCluster::pushRequestErrorsArray(): Argument #3 ($errorCodes) must contain only int, float given
RdKafka\Exception(-186): Invalid value 2 for count. Must be between 0 and 1, the number of error codes given
RdKafka\Exception(-186): Invalid value 2 for count. Must be between 0 and 1, the number of (error code, RTT) pairs given
RdKafka\Exception(-146): Local: Unknown broker
RdKafka\Exception(-186): Local: Invalid argument or configuration
RdKafka\Exception(-186): Local: Invalid argument or configuration
RdKafka\Exception(8): Broker: Broker not available
RdKafka\Exception(8): Broker: Broker not available
--- fromProducer
derived brokers: 2
RdKafka\Exception(0): Mock cluster instance not found. The instance must be created by setting the `test.mock.num.brokers` configuration property
--- class
Error(0): Call to private RdKafka\Test\MockCluster::__construct() from global scope
MyCluster
Exception(0): RdKafka\Test\MockCluster was not created by MockCluster::create() or MockCluster::fromProducer()
int(0)
int(2)
int(2)
int(42)
int(-1)
--- the cluster stops with its object
RdKafka\Exception(-195): Local: Broker transport failure
