--TEST--
RdKafka\Admin\Client without a broker: construction (private constructor, fromConf/fromProducer/fromConsumer), options bound to their operation (librdkafka refuses a setter the operation does not take), request objects that refuse what librdkafka cannot take, argument errors, request-level errors as RdKafka\Exception with librdkafka's code and text, and an operation that never serves the client's callbacks
--SKIPIF--
<?php if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded'); ?>
--FILE--
<?php
use RdKafka\Admin\{Client, ConfigResource, CreateTopicsOptions, DeleteConsumerGroupOffsets, DeleteRecords, DeleteTopic,
    ListConsumerGroupOffsets, NewPartitions, NewTopic, Options};
use RdKafka\TopicPartition;

function error_of(callable $call): string
{
    try {
        $call();
        return 'no exception';
    } catch (Throwable $e) {
        return get_class($e) . ' (' . $e->getCode() . '): ' . $e->getMessage();
    }
}

echo "--- construction\n";
echo error_of(fn() => new Client()), "\n";
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', '127.0.0.1:1');
$conf->set('log_level', '0');
$admin = Client::fromConf($conf);
var_dump(get_class($admin), get_class(Client::fromConsumer(new RdKafka\Consumer($conf))));
class MyAdmin extends Client {}
var_dump(get_class(MyAdmin::fromProducer(new RdKafka\Producer($conf))));
echo error_of(fn() => clone $admin), "\n";

echo "--- options\n";
$options = $admin->newCreateTopicsOptions();
var_dump($options instanceof CreateTopicsOptions, $options instanceof Options);
$options->setRequestTimeout(1500);
$options->setOperationTimeout(1000);
$options->setValidateOnly(true);
$options->setBrokerId(1);
echo "request timeout out of range: ", error_of(fn() => $options->setRequestTimeout(-5)), "\n";
echo "not for this operation: ", error_of(fn() => $admin->newDescribeConfigsOptions()->setValidateOnly(true)), "\n";
echo "not for this operation: ", error_of(fn() => $options->setRequireStableOffsets(true)), "\n";
$admin->newListConsumerGroupOffsetsOptions()->setRequireStableOffsets(true);
$admin->newListConsumerGroupsOptions()->setMatchConsumerGroupStates([RD_KAFKA_CONSUMER_GROUP_STATE_STABLE, RD_KAFKA_CONSUMER_GROUP_STATE_EMPTY]);
echo "unknown state: ", error_of(fn() => $admin->newListConsumerGroupsOptions()->setMatchConsumerGroupStates([42])), "\n";
echo "not an int: ", error_of(fn() => $admin->newListConsumerGroupsOptions()->setMatchConsumerGroupStates(['stable'])), "\n";
$admin->newListOffsetsOptions()->setIsolationLevel(RD_KAFKA_ISOLATION_LEVEL_READ_COMMITTED);
$admin->newDescribeClusterOptions()->setIncludeAuthorizedOperations(true);
$producer = new RdKafka\Producer($conf);
var_dump(get_class(new CreateTopicsOptions($producer)));
echo "unknown operation: ", error_of(fn() => new class ($producer, 99) extends Options {}), "\n";
echo error_of(fn() => (new ReflectionClass(CreateTopicsOptions::class))->newInstanceWithoutConstructor()->setValidateOnly(true)), "\n";

echo "--- request objects\n";
echo "partitions: ", error_of(fn() => new NewTopic('t', -5, 1)), "\n";
echo "replication: ", error_of(fn() => new NewTopic('t', 3, -7)), "\n";
echo "name: ", error_of(fn() => new NewTopic(str_repeat('t', 250), 1, 1)), "\n";
echo "NUL: ", error_of(fn() => new DeleteTopic("a\0b")), "\n";
echo "int range: ", error_of(fn() => new NewTopic('t', PHP_INT_MAX, 1)), "\n";
$topic = new NewTopic('t', 2, -1);
$topic->setReplicaAssignment(0, [1, 2]);
echo "empty assignment: ", error_of(fn() => $topic->setReplicaAssignment(1, [])), "\n";
echo "assignment with counts: ", error_of(fn() => (new NewTopic('t', 3, 1))->setReplicaAssignment(0, [1])), "\n";
echo "new total: ", error_of(fn() => new NewPartitions('t', 0)), "\n";
echo "resource type: ", error_of(fn() => new ConfigResource(42, 't')), "\n";
$resource = new ConfigResource(RD_KAFKA_RESOURCE_TOPIC, 't');
$resource->setConfig('retention.ms', '1000');
echo "config name: ", error_of(fn() => $resource->setConfig('', 'x')), "\n";
$resource->addIncrementalConfig('retention.ms', RD_KAFKA_ALTER_CONFIG_OP_TYPE_SET, '1000');
$resource->addIncrementalConfig('cleanup.policy', RD_KAFKA_ALTER_CONFIG_OP_TYPE_DELETE);
echo "incremental type: ", error_of(fn() => $resource->addIncrementalConfig('x', 9, 'y')), "\n";
echo "incremental value: ", error_of(fn() => $resource->addIncrementalConfig('x', RD_KAFKA_ALTER_CONFIG_OP_TYPE_APPEND)), "\n";
echo "variadic: ", error_of(fn() => new DeleteRecords(new TopicPartition('t', 0, 5), 'x')), "\n";
echo "variadic: ", error_of(fn() => new DeleteConsumerGroupOffsets('g', new TopicPartition('t', 0), 42)), "\n";
new ListConsumerGroupOffsets('g');
echo error_of(fn() => (new ReflectionClass(NewTopic::class))->newInstanceWithoutConstructor()->setConfig('a', 'b')), "\n";

echo "--- arguments\n";
echo "empty: ", error_of(fn() => $admin->createTopics([])), "\n";
echo "element: ", error_of(fn() => $admin->createTopics([new DeleteTopic('t')])), "\n";
echo "options class: ", error_of(fn() => $admin->createTopics([new NewTopic('t', 1, 1)], $admin->newDeleteTopicsOptions())), "\n";
echo "names: ", error_of(fn() => $admin->describeTopics([])), "\n";
echo "names: ", error_of(fn() => $admin->describeConsumerGroups([new stdClass()])), "\n";
echo "listOffsets: ", error_of(fn() => $admin->listOffsets([])), "\n";
$admin->setWaitForResultEventTimeout(50);
echo "wait: ", error_of(fn() => $admin->setWaitForResultEventTimeout(-1)), "\n";

echo "--- request-level errors\n";
$quick = $admin->newCreateTopicsOptions();
$quick->setRequestTimeout(300);
$start = microtime(true);
echo error_of(fn() => $admin->createTopics([new NewTopic('t', 1, 1)], $quick)), "\n";
printf("within the request timeout: %s\n", var_export(microtime(true) - $start < 5, true));
$cluster = $admin->newDescribeClusterOptions();
$cluster->setRequestTimeout(300);
echo error_of(fn() => $admin->describeCluster($cluster)), "\n";
echo "metadata: ", error_of(fn() => $admin->getMetadata(true, null, 200)), "\n";

echo "--- the client's callbacks are not served by an operation\n";
$callbacks = new RdKafka\Conf();
$callbacks->set('bootstrap.servers', '127.0.0.1:1');
$callbacks->set('log_level', '0');
$callbacks->set('message.timeout.ms', '100');
$reports = 0;
$callbacks->setDrMsgCb(function () use (&$reports) { $reports++; });
$producer = new RdKafka\Producer($callbacks);
$producer->newTopic('t')->produce(RD_KAFKA_PARTITION_UA, 0, 'x');
$shared = Client::fromProducer($producer);
usleep(1500000); // the message times out, its report waits in the queue
$options = $shared->newDeleteTopicsOptions();
$options->setRequestTimeout(200);
error_of(fn() => $shared->deleteTopics([new DeleteTopic('t')], $options));
echo "reports during the operation: $reports\n";
for ($i = 0; $i < 50 && $reports === 0; $i++) {
    $producer->poll(100);
}
echo "reports from poll(): $reports\n";
?>
--EXPECT--
--- construction
Error (0): Call to private RdKafka\Admin\Client::__construct() from global scope
string(20) "RdKafka\Admin\Client"
string(20) "RdKafka\Admin\Client"
string(7) "MyAdmin"
Error (0): Trying to clone an uncloneable object of class RdKafka\Admin\Client
--- options
bool(true)
bool(true)
request timeout out of range: RdKafka\Exception (-186): Invalid value type for "request_timeout": expecting integer in range 0..3600000
not for this operation: RdKafka\Exception (-186): "validate_only" is not supported for this operation
not for this operation: RdKafka\Exception (-186): "require_stable_offsets" is not supported for this operation
unknown state: RdKafka\Exception (-186): Invalid group state value
not an int: TypeError (0): RdKafka\Admin\Options::setMatchConsumerGroupStates(): Argument #1 ($states) must contain only int, string given
string(33) "RdKafka\Admin\CreateTopicsOptions"
unknown operation: RdKafka\Exception (-186): Invalid value 99 for for_api. Must be between 0 and 22
Exception (0): RdKafka\Admin\Options::__construct() has not been called
--- request objects
partitions: RdKafka\Exception (-186): num_partitions out of expected range 1..100000 or -1 for broker default
replication: RdKafka\Exception (-186): replication_factor out of expected range -1..10000
name: RdKafka\Exception (-186): Topic name of 250 bytes is longer than Kafka's limit of 249 bytes
NUL: RdKafka\Exception (-186): Topic names must not contain NUL bytes
int range: RdKafka\Exception (-186): Invalid value 9223372036854775807 for num_partitions. Must be between -2147483648 and 2147483647
empty assignment: InvalidArgumentException (0): broker_ids array must not be empty
assignment with counts: RdKafka\Exception (-186): Specifying a replication factor and a replica assignment are mutually exclusive
new total: RdKafka\Exception (-186): Invalid value 0 for new_total_cnt. Must be between 1 and 100000
resource type: RdKafka\Exception (-186): Invalid value 42 for resource type. Must be between 0 and 5
config name: RdKafka\Exception (-186): Local: Invalid argument or configuration
incremental type: RdKafka\Exception (-186): Invalid alter config operation type
incremental value: RdKafka\Exception (-186): Config value is required
variadic: TypeError (0): RdKafka\Admin\DeleteRecords::__construct(): Argument #2 ($beforeOffsets) must be of type RdKafka\TopicPartition, string given
variadic: TypeError (0): RdKafka\Admin\DeleteConsumerGroupOffsets::__construct(): Argument #3 ($partitions) must be of type RdKafka\TopicPartition, int given
Exception (0): RdKafka\Admin\NewTopic::__construct() has not been called
--- arguments
empty: InvalidArgumentException (0): topics array must not be empty
element: TypeError (0): Argument 1 passed to RdKafka\Admin\Client::createTopics() must be an array of RdKafka\Admin\NewTopic, at least one element is a(n) RdKafka\Admin\DeleteTopic
options class: TypeError (0): RdKafka\Admin\Client::createTopics(): Argument #2 ($options) must be of type ?RdKafka\Admin\CreateTopicsOptions, RdKafka\Admin\DeleteTopicsOptions given
names: InvalidArgumentException (0): topics array must not be empty
names: Error (0): Object of class stdClass could not be converted to string
listOffsets: InvalidArgumentException (0): partitions array must not be empty
wait: RdKafka\Exception (-186): Invalid value -1 for timeoutMs. Must be between 0 and 2147483647
--- request-level errors
RdKafka\Exception (-185): Failed while waiting for controller: Local: Timed out
within the request timeout: true
RdKafka\Exception (-185): Failed while waiting for controller: Local: Timed out
metadata: RdKafka\Exception (-195): Local: Broker transport failure
--- the client's callbacks are not served by an operation
reports during the operation: 0
reports from poll(): 1
