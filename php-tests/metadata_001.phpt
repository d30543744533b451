--TEST--
getMetadata() on Producer and Consumer: brokers, topics, partitions, replicas and ISRs; only_topic from any client; deprecated metadata()
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf);
$consumer = new RdKafka\Consumer($conf);

$name = 'metadata-001-' . uniqid();
$other = 'metadata-001-other-' . uniqid();

// The topics are auto-created (4 partitions, 3 replicas): one by producing a message, the
// other by a producer's metadata request.
$producer->newTopic($other)->produce(RD_KAFKA_PARTITION_UA, 0, 'payload');
echo "flush: ", $producer->flush(10000), "\n";
$created = $producer->getMetadata(false, $producer->newTopic($name), 10000);
foreach ($created->getTopics() as $t) {
    echo "created: ", $t->getTopic() === $name ? 'the topic' : $t->getTopic(), ', err ', $t->getErr(),
        ', partitions ', count($t->getPartitions()), "\n";
}

function topicNames(RdKafka\Metadata $metadata): array
{
    $names = [];
    foreach ($metadata->getTopics() as $topic) {
        $names[] = $topic->getTopic();
    }
    return $names;
}

function ints(RdKafka\Metadata\Collection $collection): array
{
    $ids = [];
    foreach ($collection as $id) {
        if (!is_int($id)) {
            echo "not an int: ", var_export($id, true), "\n";
        }
        $ids[] = $id;
    }
    sort($ids);
    return $ids;
}

foreach (['producer' => $producer, 'consumer' => $consumer] as $label => $client) {
    echo "== $label getMetadata(true, null, 10000)\n";
    $metadata = $client->getMetadata(true, null, 10000);
    echo get_class($metadata), "\n";

    $origId = $metadata->getOrigBrokerId();
    $origName = $metadata->getOrigBrokerName();
    echo "orig broker: ", gettype($origId), ' ', gettype($origName), "\n";

    $brokers = $metadata->getBrokers();
    echo get_class($brokers), ' count ', count($brokers), "\n";
    $ids = [];
    $names = [];
    foreach ($brokers as $i => $broker) {
        echo "broker $i: ", get_class($broker), ' ';
        var_dump($broker->getId(), $broker->getHost(), $broker->getPort());
        $ids[] = $broker->getId();
        $names[$broker->getId()] = $broker->getHost() . ':' . $broker->getPort() . '/' . $broker->getId();
    }
    sort($ids);
    echo "broker ids: ", implode(',', $ids), "\n";
    echo "distinct ports: ", count(array_unique(array_map(fn ($b) => $b->getPort(), iterator_to_array($brokers)))), "\n";
    // The answer comes from a learned broker ("host:port/<id>") or, early in a client's life,
    // possibly from a bootstrap connection (id -1, "host:port/bootstrap"): librdkafka picks any
    // usable one, so both are accepted.
    $bootstrap = array_map(fn ($a) => "$a/bootstrap", explode(',', getenv('TEST_KAFKA_BROKERS')));
    echo "orig broker is a listed or bootstrap broker: ", var_export(isset($names[$origId]) && $names[$origId] === $origName
        || $origId === -1 && in_array($origName, $bootstrap, true), true), "\n";

    $topics = $metadata->getTopics();
    echo get_class($topics), ' has both topics: ',
        var_export(count(array_intersect([$name, $other], topicNames($metadata))) === 2, true), "\n";
    foreach ($topics as $topic) {
        if ($topic->getTopic() !== $name) {
            continue;
        }
        echo get_class($topic), ' ', $topic->getTopic() === $name ? 'name ok' : 'wrong name', ', err ';
        var_dump($topic->getErr());
        $partitions = $topic->getPartitions();
        echo get_class($partitions), ' count ', count($partitions), "\n";
        foreach ($partitions as $i => $partition) {
            $leader = $partition->getLeader();
            $replicas = $partition->getReplicas();
            $isrs = $partition->getIsrs();
            printf("partition %d: %s id %s err %s, leader known: %s, replicas %s(%d) [%s], isrs %s(%d) [%s], leader is a replica: %s\n",
                $i, get_class($partition), var_export($partition->getId(), true), var_export($partition->getErr(), true),
                var_export(is_int($leader) && in_array($leader, $ids, true), true),
                get_class($replicas), count($replicas), implode(',', ints($replicas)),
                get_class($isrs), count($isrs), implode(',', ints($isrs)),
                var_export(in_array($leader, ints($replicas), true), true));
        }
    }
}

echo "== only_topic\n";
$metadata = $producer->getMetadata(false, $producer->newTopic($name), 10000);
echo "producer, own topic: ", count($metadata->getTopics()), ' ', var_export(topicNames($metadata) === [$name], true), "\n";
$metadata = $consumer->getMetadata(false, $producer->newTopic($other), 10000);
echo "consumer, producer's topic: ", count($metadata->getTopics()), ' ', var_export(topicNames($metadata) === [$other], true), "\n";
$metadata = $producer->getMetadata(false, $consumer->newTopic($name), 10000);
echo "producer, consumer's topic: ", count($metadata->getTopics()), ' ', var_export(topicNames($metadata) === [$name], true), "\n";
$topic = $metadata->getTopics()->current();
echo "partitions: ", count($topic->getPartitions()), ", brokers: ", count($metadata->getBrokers()), "\n";

echo "== all_topics wins over only_topic\n";
$metadata = $consumer->getMetadata(true, $consumer->newTopic($name), 10000);
echo "both topics: ", var_export(count(array_intersect([$name, $other], topicNames($metadata))) === 2, true), "\n";

echo "== named arguments\n";
$metadata = $producer->getMetadata(timeout_ms: 10000, only_topic: $producer->newTopic($other), all_topics: false);
var_dump(topicNames($metadata) === [$other]);

echo "== deprecated metadata()\n";
$metadata = $producer->metadata(false, $producer->newTopic($name), 10000);
echo get_class($metadata), ' ', var_export(topicNames($metadata) === [$name], true), "\n";
$metadata = $consumer->metadata(true, null, 10000);
echo get_class($metadata), ' ', count($metadata->getBrokers()), ' ', var_export(in_array($other, topicNames($metadata), true), true), "\n";
?>
--EXPECTF--
flush: 0
created: the topic, err 0, partitions 4
== producer getMetadata(true, null, 10000)
RdKafka\Metadata
orig broker: integer string
RdKafka\Metadata\Collection count 3
broker 0: RdKafka\Metadata\Broker int(%d)
string(9) "127.0.0.1"
int(%d)
broker 1: RdKafka\Metadata\Broker int(%d)
string(9) "127.0.0.1"
int(%d)
broker 2: RdKafka\Metadata\Broker int(%d)
string(9) "127.0.0.1"
int(%d)
broker ids: 1,2,3
distinct ports: 3
orig broker is a listed or bootstrap broker: true
RdKafka\Metadata\Collection has both topics: true
RdKafka\Metadata\Topic name ok, err int(0)
RdKafka\Metadata\Collection count 4
partition 0: RdKafka\Metadata\Partition id 0 err 0, leader known: true, replicas RdKafka\Metadata\Collection(3) [1,2,3], isrs RdKafka\Metadata\Collection(3) [1,2,3], leader is a replica: true
partition 1: RdKafka\Metadata\Partition id 1 err 0, leader known: true, replicas RdKafka\Metadata\Collection(3) [1,2,3], isrs RdKafka\Metadata\Collection(3) [1,2,3], leader is a replica: true
partition 2: RdKafka\Metadata\Partition id 2 err 0, leader known: true, replicas RdKafka\Metadata\Collection(3) [1,2,3], isrs RdKafka\Metadata\Collection(3) [1,2,3], leader is a replica: true
partition 3: RdKafka\Metadata\Partition id 3 err 0, leader known: true, replicas RdKafka\Metadata\Collection(3) [1,2,3], isrs RdKafka\Metadata\Collection(3) [1,2,3], leader is a replica: true
== consumer getMetadata(true, null, 10000)
RdKafka\Metadata
orig broker: integer string
RdKafka\Metadata\Collection count 3
broker 0: RdKafka\Metadata\Broker int(%d)
string(9) "127.0.0.1"
int(%d)
broker 1: RdKafka\Metadata\Broker int(%d)
string(9) "127.0.0.1"
int(%d)
broker 2: RdKafka\Metadata\Broker int(%d)
string(9) "127.0.0.1"
int(%d)
broker ids: 1,2,3
distinct ports: 3
orig broker is a listed or bootstrap broker: true
RdKafka\Metadata\Collection has both topics: true
RdKafka\Metadata\Topic name ok, err int(0)
RdKafka\Metadata\Collection count 4
partition 0: RdKafka\Metadata\Partition id 0 err 0, leader known: true, replicas RdKafka\Metadata\Collection(3) [1,2,3], isrs RdKafka\Metadata\Collection(3) [1,2,3], leader is a replica: true
partition 1: RdKafka\Metadata\Partition id 1 err 0, leader known: true, replicas RdKafka\Metadata\Collection(3) [1,2,3], isrs RdKafka\Metadata\Collection(3) [1,2,3], leader is a replica: true
partition 2: RdKafka\Metadata\Partition id 2 err 0, leader known: true, replicas RdKafka\Metadata\Collection(3) [1,2,3], isrs RdKafka\Metadata\Collection(3) [1,2,3], leader is a replica: true
partition 3: RdKafka\Metadata\Partition id 3 err 0, leader known: true, replicas RdKafka\Metadata\Collection(3) [1,2,3], isrs RdKafka\Metadata\Collection(3) [1,2,3], leader is a replica: true
== only_topic
producer, own topic: 1 true
consumer, producer's topic: 1 true
producer, consumer's topic: 1 true
partitions: 4, brokers: 3
== all_topics wins over only_topic
both topics: true
== named arguments
bool(true)
== deprecated metadata()

Deprecated: Method RdKafka::metadata() is deprecated in %s on line %d
RdKafka\Metadata true

Deprecated: Method RdKafka::metadata() is deprecated in %s on line %d
RdKafka\Metadata 3 true
