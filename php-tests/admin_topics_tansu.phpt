--TEST--
RdKafka\Admin\Client against Tansu: create topics with partitions and configs (per-item errors for an existing topic), see them in metadata and describeTopics(), describe their configs (and change one incrementally) and the cluster, delete them (per-item error for an unknown topic); CreatePartitions, AlterConfigs and DeleteRecords, which Tansu 0.6 does not serve, fail with the exact error it causes
--SKIPIF--
<?php if (!getenv('TEST_TANSU_BROKERS')) die('skip TEST_TANSU_BROKERS not set'); ?>
--FILE--
<?php
require __DIR__ . '/tansu.inc';
use RdKafka\Admin\{ConfigResource, DeleteRecords, DeleteTopic, NewPartitions, NewTopic};

$admin = tansu_admin();
$orders = unique_name('orders');
$audit = unique_name('audit');

echo "--- createTopics\n";
$topic = new NewTopic($orders, 3, 1);
$topic->setConfig('cleanup.policy', 'compact');
$topic->setConfig('retention.ms', '86400000');
$results = $admin->createTopics([$topic, new NewTopic($audit, 1, 1)]);
foreach ($results as $result) {
    printf("%s: error %d %s\n", str_replace([$orders, $audit], ['orders', 'audit'], $result->name), $result->error, var_export($result->errorString, true));
}
echo "again: ";
$again = $admin->createTopics([new NewTopic($orders, 3, 1)])[0];
printf("error %d (%s) %s\n", $again->error, rd_kafka_err2name($again->error), $again->errorString);
echo "invalid partition count: ", error_of(fn() => new NewTopic($orders, -5, 1)), "\n";
// Kafka answers INVALID_PARTITIONS for 0 partitions; Tansu creates an empty topic
$empty = $admin->createTopics([new NewTopic(unique_name('empty'), 0, 1)])[0];
echo "0 partitions: error {$empty->error}\n";

echo "--- metadata\n";
$metadata = $admin->getMetadata(false, null, 5000);
foreach ($metadata->getTopics() as $t) {
    if ($t->getTopic() === $orders) {
        echo "orders has ", count($t->getPartitions()), " partitions\n";
    }
}

echo "--- describeTopics\n";
$descriptions = $admin->describeTopics([$orders, unique_name('missing')]);
$orders_description = $descriptions[0];
printf("orders: error %d, internal %s, %d partitions, leader of 0 is node %d, replicas %d, id %s\n",
    $orders_description->error, var_export($orders_description->isInternal, true), count($orders_description->partitions),
    $orders_description->partitions[0]->leader->id, count($orders_description->partitions[0]->replicas),
    strlen((string) $orders_description->topicId) > 0 ? 'set' : 'missing');
printf("missing: error %d (%s)\n", $descriptions[1]->error, rd_kafka_err2name($descriptions[1]->error));

echo "--- describeConfigs\n";
$described = $admin->describeConfigs([new ConfigResource(RD_KAFKA_RESOURCE_TOPIC, $orders)])[0];
printf("type %d, error %d\n", $described->type, $described->error);
foreach ($described->configs as $entry) {
    if (in_array($entry->name, ['cleanup.policy', 'retention.ms'], true)) {
        printf("%s = %s (read-only %s, sensitive %s)\n", $entry->name, $entry->value,
            var_export($entry->isReadOnly, true), var_export($entry->isSensitive, true));
    }
}

echo "--- incrementalAlterConfigs\n";
$change = new ConfigResource(RD_KAFKA_RESOURCE_TOPIC, $orders);
$change->addIncrementalConfig('retention.ms', RD_KAFKA_ALTER_CONFIG_OP_TYPE_SET, '3600000');
$altered = $admin->incrementalAlterConfigs([$change])[0];
printf("error %d, %d configs returned\n", $altered->error, count($altered->configs));
foreach ($admin->describeConfigs([new ConfigResource(RD_KAFKA_RESOURCE_TOPIC, $orders)])[0]->configs as $entry) {
    if (in_array($entry->name, ['cleanup.policy', 'retention.ms'], true)) {
        echo "{$entry->name} = {$entry->value}\n";
    }
}

echo "--- describeCluster\n";
$cluster = $admin->describeCluster();
[$host, $port] = explode(':', getenv('TEST_TANSU_BROKERS'));
printf("cluster id %s, %d node(s), controller at the bootstrap address: %s\n", $cluster->clusterId, count($cluster->nodes),
    var_export($cluster->controller->host === $host && $cluster->controller->port === (int) $port, true));

echo "--- not served by Tansu\n";
echo "createPartitions: ", error_of(fn() => $admin->createPartitions([new NewPartitions($orders, 6)])), "\n";
$resource = new ConfigResource(RD_KAFKA_RESOURCE_TOPIC, $orders);
$resource->setConfig('retention.ms', '1000');
echo "alterConfigs: ", error_of(fn() => $admin->alterConfigs([$resource])), "\n";
// Tansu closes the connection on a DeleteRecords request: a per-partition transport error
$deleted = $admin->deleteRecords([new DeleteRecords(new RdKafka\TopicPartition($orders, 0, 0))]);
printf("deleteRecords: partition %d err %d (%s)\n", $deleted[0]->getPartition(), $deleted[0]->getErr(), rd_kafka_err2name($deleted[0]->getErr()));

echo "--- deleteTopics\n";
$missing = unique_name('missing');
foreach ($admin->deleteTopics([new DeleteTopic($orders), new DeleteTopic($audit), new DeleteTopic($missing)]) as $result) {
    printf("%s: error %d %s\n", str_replace([$orders, $audit, $missing], ['orders', 'audit', 'missing'], $result->name),
        $result->error, var_export($result->errorString, true));
}
$after = $admin->describeTopics([$orders])[0];
printf("orders after deletion: %s\n", rd_kafka_err2name($after->error));
?>
--EXPECT--
--- createTopics
orders: error 0 NULL
audit: error 0 NULL
again: error 36 (TOPIC_ALREADY_EXISTS) Topic with this name already exists.
invalid partition count: RdKafka\Exception (-186): num_partitions out of expected range 1..100000 or -1 for broker default
0 partitions: error 0
--- metadata
orders has 3 partitions
--- describeTopics
orders: error 0, internal false, 3 partitions, leader of 0 is node 111, replicas 1, id set
missing: error 3 (UNKNOWN_TOPIC_OR_PART)
--- describeConfigs
type 2, error 0
cleanup.policy = compact (read-only false, sensitive false)
retention.ms = 86400000 (read-only false, sensitive false)
--- incrementalAlterConfigs
error 0, 0 configs returned
cleanup.policy = compact
retention.ms = 3600000
--- describeCluster
cluster id tansu_cluster, 1 node(s), controller at the bootstrap address: true
--- not served by Tansu
createPartitions: RdKafka\Exception (-165): CreatePartitions (KIP-195) not supported by broker, requires broker version >= 1.0.0
alterConfigs: RdKafka\Exception (-165): AlterConfigs (KIP-133) not supported by broker, requires broker version >= 0.11.0
deleteRecords: partition 0 err -195 (_TRANSPORT)
--- deleteTopics
orders: error 0 NULL
audit: error 0 NULL
missing: error 3 'Broker: Unknown topic or partition'
orders after deletion: UNKNOWN_TOPIC_OR_PART
