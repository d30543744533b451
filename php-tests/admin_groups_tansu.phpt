--TEST--
RdKafka\Admin\Client against Tansu: a consumer group with committed offsets is listed, described, its offsets listed and altered; deleting it works, and an unknown group gets a per-item error; DeleteConsumerGroupOffsets, which Tansu 0.6 does not serve, fails with librdkafka's error and the process still exits cleanly (librdkafka 2.12.1 would abort when destroying that client)
--SKIPIF--
<?php if (!getenv('TEST_TANSU_BROKERS')) die('skip TEST_TANSU_BROKERS not set'); ?>
--FILE--
<?php
require __DIR__ . '/tansu.inc';
use RdKafka\Admin\{AlterConsumerGroupOffsets, DeleteConsumerGroupOffsets, DeleteGroup, ListConsumerGroupOffsets, NewTopic};
use RdKafka\TopicPartition;

$admin = tansu_admin();
$topic = unique_name('payments');
$group = unique_name('billing');
$unknown = unique_name('nobody');
$admin->createTopics([new NewTopic($topic, 2, 1)]);

$producer = new RdKafka\Producer(tansu_conf());
$payments = $producer->newTopic($topic);
for ($i = 0; $i < 10; $i++) {
    $payments->produce($i % 2, 0, "payment $i");
}
var_dump($producer->flush(10000) === RD_KAFKA_RESP_ERR_NO_ERROR);

$consumer = new RdKafka\KafkaConsumer(tansu_conf([
    'group.id' => $group, 'client.id' => 'billing-worker', 'auto.offset.reset' => 'earliest', 'enable.auto.commit' => 'false',
]));
$consumer->subscribe([$topic]);
$consumed = 0;
$deadline = microtime(true) + 30;
while ($consumed < 10 && microtime(true) < $deadline) {
    $message = $consumer->consume(500);
    if ($message !== null && $message->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
        $consumer->commit($message);
        $consumed++;
    }
}
echo "consumed and committed $consumed\n";

echo "--- listConsumerGroups\n";
$listed = $admin->listConsumerGroups();
$mine = array_values(array_filter($listed->groups, fn($g) => $g->groupId === $group));
printf("listed: %d, simple %s, broker errors %d\n", count($mine), var_export($mine[0]->isSimpleConsumerGroup, true), count($listed->errors));

echo "--- describeConsumerGroups\n";
[$described, $nobody] = $admin->describeConsumerGroups([$group, $unknown]);
printf("error %d, state %s, coordinator is node %d\n", $described->error,
    $described->state === RD_KAFKA_CONSUMER_GROUP_STATE_STABLE ? 'stable' : $described->state, $described->coordinator->id);
// Tansu 0.6 answers DescribeGroups without the members (and with the member id as protocol)
printf("members reported: %d\n", count($described->members));
// Kafka describes an unknown group as dead (or GROUP_ID_NOT_FOUND); Tansu as empty
printf("unknown group: error %d, state %s, members %d\n", $nobody->error,
    $nobody->state === RD_KAFKA_CONSUMER_GROUP_STATE_EMPTY ? 'empty' : $nobody->state, count($nobody->members));

echo "--- listConsumerGroupOffsets\n";
function offsets(array $results): string
{
    $partitions = $results[0]->partitions;
    usort($partitions, fn($a, $b) => $a->getPartition() <=> $b->getPartition());
    return $results[0]->error . ' ' . implode(' ', array_map(fn($tp) => "{$tp->getPartition()}@{$tp->getOffset()}", $partitions));
}
echo offsets($admin->listConsumerGroupOffsets(new ListConsumerGroupOffsets($group))), "\n";
echo offsets($admin->listConsumerGroupOffsets(new ListConsumerGroupOffsets($group, new TopicPartition($topic, 1)))), "\n";

$consumer->close();

echo "--- alterConsumerGroupOffsets\n";
$altered = $admin->alterConsumerGroupOffsets(new AlterConsumerGroupOffsets($group, new TopicPartition($topic, 0, 2)));
echo offsets($altered), "\n";
echo offsets($admin->listConsumerGroupOffsets(new ListConsumerGroupOffsets($group))), "\n";
$missing_topic = unique_name('missing');
$failed = $admin->alterConsumerGroupOffsets(new AlterConsumerGroupOffsets($group, new TopicPartition($missing_topic, 0, 5)));
printf("unknown topic: group error %d, partition error %s\n", $failed[0]->error, rd_kafka_err2name($failed[0]->partitions[0]->getErr()));

echo "--- deleteConsumerGroupOffsets\n";
echo error_of(fn() => $admin->deleteConsumerGroupOffsets(new DeleteConsumerGroupOffsets($group, new TopicPartition($topic, 1)))), "\n";

echo "--- deleteGroups\n";
// Kafka answers GROUP_ID_NOT_FOUND for the unknown group; Tansu deletes nothing without error
foreach ($admin->deleteGroups([new DeleteGroup($group), new DeleteGroup($unknown)]) as $result) {
    printf("%s: error %d %s\n", $result->name === $group ? 'billing' : 'nobody', $result->error, var_export($result->errorString, true));
}
$after = array_filter($admin->listConsumerGroups()->groups, fn($g) => $g->groupId === $group);
echo "listed after deletion: ", count($after), "\n";
unset($admin);
echo "done\n";
?>
--EXPECT--
bool(true)
consumed and committed 10
--- listConsumerGroups
listed: 1, simple false, broker errors 0
--- describeConsumerGroups
error 0, state stable, coordinator is node 111
members reported: 0
unknown group: error 0, state empty, members 0
--- listConsumerGroupOffsets
0 0@5 1@5
0 1@5
--- alterConsumerGroupOffsets
0 0@2
0 0@2 1@5
unknown topic: group error 0, partition error UNKNOWN_TOPIC_OR_PART
--- deleteConsumerGroupOffsets
RdKafka\Exception (-165): DELETECONSUMERGROUPOFFSETS worker failed to send request: OffsetDelete API (KIP-496) not supported by broker, requires broker version >= 2.4.0
--- deleteGroups
billing: error 0 NULL
nobody: error 0 NULL
listed after deletion: 0
done
