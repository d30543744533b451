--TEST--
Debug output (var_dump, print_r, debug_zval_dump) of Metadata, Metadata\Topic, Metadata\Broker, Metadata\Partition and Metadata\Collection
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf);
$consumer = new RdKafka\Consumer($conf);
$name = 'metadata-var-dump-' . uniqid();

echo "== Metadata\n";
// The answering broker is a learned one ("host:port/<id>") or, on a fresh client, possibly a
// bootstrap one (id -1, "host:port/bootstrap"): librdkafka picks any usable connection.
$metadata = $producer->getMetadata(false, $producer->newTopic($name), 10000);
var_dump($metadata);

echo "== Broker\n";
var_dump($metadata->getBrokers()->current());

echo "== Topic\n";
$topic = $metadata->getTopics()->current();
var_dump($topic);

echo "== Partition\n";
$partition = $topic->getPartitions()->current();
var_dump($partition);

echo "== Collection of ints (replicas, isrs)\n";
var_dump($partition->getReplicas());
var_dump($partition->getIsrs());

echo "== The dump does not move the position\n";
$partitions = $topic->getPartitions();
$partitions->next();
var_dump(count($partitions));
var_dump($partitions->key());

echo "== print_r and debug_zval_dump\n";
print_r($metadata->getBrokers());
echo "\n";
print_r($partition);
echo "\n";
debug_zval_dump($partition->getReplicas());

echo "== Only debug info: no properties\n";
var_dump((array) $partition, get_object_vars($topic), json_encode($metadata));
var_export($partition);
echo "\n";

echo "== A topic the consumer does not auto-create: error 3, empty partition collection\n";
// librdkafka reports no partitions; php-rdkafka may wrap a NULL array as an unusable
// Collection here, a drop-in returns an empty one (surface §3.12).
$missing = 'metadata-var-dump-missing-' . uniqid();
$metadata = $consumer->getMetadata(false, $consumer->newTopic($missing), 10000);
var_dump($metadata->getTopics());
$partitions = $metadata->getTopics()->current()->getPartitions();
var_dump(count($partitions), $partitions->valid());
?>
--EXPECTF--
== Metadata
object(RdKafka\Metadata)#%d (4) {
  ["brokers"]=>
  object(RdKafka\Metadata\Collection)#%d (3) {
    [0]=>
    object(RdKafka\Metadata\Broker)#%d (3) {
      ["id"]=>
      int(%d)
      ["host"]=>
      string(9) "127.0.0.1"
      ["port"]=>
      int(%d)
    }
    [1]=>
    object(RdKafka\Metadata\Broker)#%d (3) {
      ["id"]=>
      int(%d)
      ["host"]=>
      string(9) "127.0.0.1"
      ["port"]=>
      int(%d)
    }
    [2]=>
    object(RdKafka\Metadata\Broker)#%d (3) {
      ["id"]=>
      int(%d)
      ["host"]=>
      string(9) "127.0.0.1"
      ["port"]=>
      int(%d)
    }
  }
  ["topics"]=>
  object(RdKafka\Metadata\Collection)#%d (1) {
    [0]=>
    object(RdKafka\Metadata\Topic)#%d (3) {
      ["topic"]=>
      string(31) "metadata-var-dump-%s"
      ["partitions"]=>
      object(RdKafka\Metadata\Collection)#%d (4) {
        [0]=>
        object(RdKafka\Metadata\Partition)#%d (5) {
          ["id"]=>
          int(0)
          ["err"]=>
          int(0)
          ["leader"]=>
          int(%d)
          ["replica_cnt"]=>
          int(3)
          ["isr_cnt"]=>
          int(3)
        }
        [1]=>
        object(RdKafka\Metadata\Partition)#%d (5) {
          ["id"]=>
          int(1)
          ["err"]=>
          int(0)
          ["leader"]=>
          int(%d)
          ["replica_cnt"]=>
          int(3)
          ["isr_cnt"]=>
          int(3)
        }
        [2]=>
        object(RdKafka\Metadata\Partition)#%d (5) {
          ["id"]=>
          int(2)
          ["err"]=>
          int(0)
          ["leader"]=>
          int(%d)
          ["replica_cnt"]=>
          int(3)
          ["isr_cnt"]=>
          int(3)
        }
        [3]=>
        object(RdKafka\Metadata\Partition)#%d (5) {
          ["id"]=>
          int(3)
          ["err"]=>
          int(0)
          ["leader"]=>
          int(%d)
          ["replica_cnt"]=>
          int(3)
          ["isr_cnt"]=>
          int(3)
        }
      }
      ["err"]=>
      int(0)
    }
  }
  ["orig_broker_id"]=>
  int(%i)
  ["orig_broker_name"]=>
  string(%d) "127.0.0.1:%d/%s"
}
== Broker
object(RdKafka\Metadata\Broker)#%d (3) {
  ["id"]=>
  int(%d)
  ["host"]=>
  string(9) "127.0.0.1"
  ["port"]=>
  int(%d)
}
== Topic
object(RdKafka\Metadata\Topic)#%d (3) {
  ["topic"]=>
  string(31) "metadata-var-dump-%s"
  ["partitions"]=>
  object(RdKafka\Metadata\Collection)#%d (4) {
    [0]=>
    object(RdKafka\Metadata\Partition)#%d (5) {
      ["id"]=>
      int(0)
      ["err"]=>
      int(0)
      ["leader"]=>
      int(%d)
      ["replica_cnt"]=>
      int(3)
      ["isr_cnt"]=>
      int(3)
    }
    [1]=>
    object(RdKafka\Metadata\Partition)#%d (5) {
      ["id"]=>
      int(1)
      ["err"]=>
      int(0)
      ["leader"]=>
      int(%d)
      ["replica_cnt"]=>
      int(3)
      ["isr_cnt"]=>
      int(3)
    }
    [2]=>
    object(RdKafka\Metadata\Partition)#%d (5) {
      ["id"]=>
      int(2)
      ["err"]=>
      int(0)
      ["leader"]=>
      int(%d)
      ["replica_cnt"]=>
      int(3)
      ["isr_cnt"]=>
      int(3)
    }
    [3]=>
    object(RdKafka\Metadata\Partition)#%d (5) {
      ["id"]=>
      int(3)
      ["err"]=>
      int(0)
      ["leader"]=>
      int(%d)
      ["replica_cnt"]=>
      int(3)
      ["isr_cnt"]=>
      int(3)
    }
  }
  ["err"]=>
  int(0)
}
== Partition
object(RdKafka\Metadata\Partition)#%d (5) {
  ["id"]=>
  int(0)
  ["err"]=>
  int(0)
  ["leader"]=>
  int(%d)
  ["replica_cnt"]=>
  int(3)
  ["isr_cnt"]=>
  int(3)
}
== Collection of ints (replicas, isrs)
object(RdKafka\Metadata\Collection)#%d (3) {
  [0]=>
  int(%d)
  [1]=>
  int(%d)
  [2]=>
  int(%d)
}
object(RdKafka\Metadata\Collection)#%d (3) {
  [0]=>
  int(%d)
  [1]=>
  int(%d)
  [2]=>
  int(%d)
}
== The dump does not move the position
int(4)
int(1)
== print_r and debug_zval_dump
RdKafka\Metadata\Collection Object
(
    [0] => RdKafka\Metadata\Broker Object
        (
            [id] => %d
            [host] => 127.0.0.1
            [port] => %d
        )

    [1] => RdKafka\Metadata\Broker Object
        (
            [id] => %d
            [host] => 127.0.0.1
            [port] => %d
        )

    [2] => RdKafka\Metadata\Broker Object
        (
            [id] => %d
            [host] => 127.0.0.1
            [port] => %d
        )

)

RdKafka\Metadata\Partition Object
(
    [id] => 0
    [err] => 0
    [leader] => %d
    [replica_cnt] => 3
    [isr_cnt] => 3
)

object(RdKafka\Metadata\Collection)#%d (3) refcount(%d){
  [0]=>
  int(%d)
  [1]=>
  int(%d)
  [2]=>
  int(%d)
}
== Only debug info: no properties
array(0) {
}
array(0) {
}
string(2) "{}"
\RdKafka\Metadata\Partition::__set_state(array(
))
== A topic the consumer does not auto-create: error 3, empty partition collection
object(RdKafka\Metadata\Collection)#%d (1) {
  [0]=>
  object(RdKafka\Metadata\Topic)#%d (3) {
    ["topic"]=>
    string(39) "metadata-var-dump-missing-%s"
    ["partitions"]=>
    object(RdKafka\Metadata\Collection)#%d (0) {
    }
    ["err"]=>
    int(3)
  }
}
int(0)
bool(false)
