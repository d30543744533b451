--TEST--
RdKafka\Metadata\Collection: Countable and Iterator semantics, fresh collections and items, lifetime beyond its Metadata and client
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf);
$name = 'metadata-collection-' . uniqid();
$topic = $producer->newTopic($name);
$metadata = $producer->getMetadata(false, $topic, 10000);

function show(Throwable $e): void
{
    printf("%s(%d): %s\n", get_class($e), $e->getCode(), $e->getMessage());
}

echo "== interfaces\n";
$brokers = $metadata->getBrokers();
var_dump($brokers instanceof Countable, $brokers instanceof Iterator, $brokers instanceof Traversable);
var_dump(count($brokers), $brokers->count());

echo "== position starts at 0 without rewind()\n";
var_dump($brokers->valid(), $brokers->key());
$first = $brokers->current();
$again = $brokers->current();
echo get_class($first), ', new object each call: ', var_export($first !== $again, true),
    ', same broker: ', var_export($first->getId() === $again->getId(), true), "\n";

echo "== next() up to and past the end\n";
var_dump($brokers->next());
var_dump($brokers->key(), $brokers->current()->getId() !== $first->getId());
$brokers->next();
var_dump($brokers->key(), $brokers->valid());
$brokers->next();
var_dump($brokers->valid());
try {
    $brokers->current();
} catch (RdKafka\Exception $e) {
    show($e);
}
try {
    $brokers->key();
} catch (RdKafka\Exception $e) {
    show($e);
}
$brokers->next();
$brokers->next();
var_dump($brokers->valid(), count($brokers));
try {
    $brokers->current();
} catch (RdKafka\Exception $e) {
    show($e);
}

echo "== rewind()\n";
var_dump($brokers->rewind());
var_dump($brokers->valid(), $brokers->key(), $brokers->current()->getId() === $first->getId());

echo "== foreach yields keys 0..n-1\n";
$ids = [];
foreach ($brokers as $k => $broker) {
    echo "$k => ", get_class($broker), "\n";
    $ids[] = $broker->getId();
}
var_dump($brokers->valid());
echo "foreach rewinds: ";
foreach ($brokers as $k => $broker) {
    echo $k;
}
echo "\n";
sort($ids);
echo "ids: ", implode(',', $ids), "\n";
var_dump(array_keys(iterator_to_array($brokers)));

echo "== getTopics()/getBrokers() return a fresh collection at position 0\n";
$topics = $metadata->getTopics();
var_dump($topics === $metadata->getTopics(), $brokers === $metadata->getBrokers());
$topics->next();
var_dump($topics->valid());
$fresh = $metadata->getTopics();
var_dump($fresh->valid(), $fresh->key(), $fresh->current()->getTopic() === $name);
$fresh->rewind();
var_dump($topics->valid());

echo "== nested collections\n";
$topicItem = $fresh->current();
var_dump($topicItem !== $fresh->current());
$partitions = $topicItem->getPartitions();
var_dump($partitions !== $topicItem->getPartitions(), count($partitions));
foreach ($partitions as $k => $partition) {
    echo "$k => partition ", $partition->getId(), "\n";
}
try {
    $partitions->current();
} catch (RdKafka\Exception $e) {
    echo "after foreach: ";
    show($e);
}
$partitions->rewind();
$partition = $partitions->current();
$replicas = $partition->getReplicas();
var_dump(count($replicas), $replicas->key(), is_int($replicas->current()));
$list = iterator_to_array($replicas);
var_dump(array_keys($list), count(array_filter($list, 'is_int')));
try {
    $replicas->key();
} catch (RdKafka\Exception $e) {
    echo "after iterator_to_array: ";
    show($e);
}
$isrs = $partition->getIsrs();
var_dump(count($isrs), $isrs !== $partition->getIsrs());

echo "== items outlive the Metadata and the client\n";
$collection = $metadata->getTopics();
$brokerCollection = $metadata->getBrokers();
$keptPartition = $metadata->getTopics()->current()->getPartitions()->current();
$keptTopic = $metadata->getTopics()->current();
$leader = $keptPartition->getLeader();
$client = WeakReference::create($producer);
unset($metadata, $topic, $producer, $topicItem, $partitions, $partition, $replicas, $isrs, $fresh, $topics, $brokers, $first, $again, $broker);
gc_collect_cycles();
var_dump($client->get());
var_dump(count($collection));
foreach ($collection as $k => $t) {
    echo "$k => ", $t->getTopic() === $name ? 'the topic' : $t->getTopic(), ", err ", $t->getErr(), ", partitions ", count($t->getPartitions()), "\n";
}
var_dump(count($brokerCollection), $brokerCollection->current()->getHost());
var_dump($keptTopic->getTopic() === $name, count($keptTopic->getPartitions()));
var_dump($keptPartition->getId(), $keptPartition->getErr(), $keptPartition->getLeader() === $leader);
var_dump(count($keptPartition->getReplicas()), count($keptPartition->getIsrs()));
$replicas = $keptPartition->getReplicas();
unset($keptPartition, $collection, $keptTopic);
gc_collect_cycles();
var_dump(count(iterator_to_array($replicas)));
unset($replicas);
gc_collect_cycles();

echo "== clone\n";
try {
    clone $brokerCollection;
} catch (Error $e) {
    show($e);
}
echo "done\n";
?>
--EXPECT--
== interfaces
bool(true)
bool(true)
bool(true)
int(3)
int(3)
== position starts at 0 without rewind()
bool(true)
int(0)
RdKafka\Metadata\Broker, new object each call: true, same broker: true
== next() up to and past the end
NULL
int(1)
bool(true)
int(2)
bool(true)
bool(false)
RdKafka\Exception(0): Called current() on invalid iterator
RdKafka\Exception(0): Called key() on invalid iterator
bool(false)
int(3)
RdKafka\Exception(0): Called current() on invalid iterator
== rewind()
NULL
bool(true)
int(0)
bool(true)
== foreach yields keys 0..n-1
0 => RdKafka\Metadata\Broker
1 => RdKafka\Metadata\Broker
2 => RdKafka\Metadata\Broker
bool(false)
foreach rewinds: 012
ids: 1,2,3
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
== getTopics()/getBrokers() return a fresh collection at position 0
bool(false)
bool(false)
bool(false)
bool(true)
int(0)
bool(true)
bool(false)
== nested collections
bool(true)
bool(true)
int(4)
0 => partition 0
1 => partition 1
2 => partition 2
3 => partition 3
after foreach: RdKafka\Exception(0): Called current() on invalid iterator
int(3)
int(0)
bool(true)
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
int(3)
after iterator_to_array: RdKafka\Exception(0): Called key() on invalid iterator
int(3)
bool(true)
== items outlive the Metadata and the client
NULL
int(1)
0 => the topic, err 0, partitions 4
int(3)
string(9) "127.0.0.1"
bool(true)
int(4)
int(0)
int(0)
bool(true)
int(3)
int(3)
int(3)
== clone
Error(0): Trying to clone an uncloneable object of class RdKafka\Metadata\Collection
done
