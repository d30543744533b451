--TEST--
Delivery reports (Conf::setDrMsgCb): producer argument, Message fields for produce()/producev(), headers, opaque, failed reports
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$producer = $other = null;
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$conf->set('log_level', '0');
$conf->setDrMsgCb(function ($p, $m) use (&$producer, &$other) {
    echo "report for ", $p === $producer ? 'producer' : ($p === $other ? 'other' : 'unknown object'), "\n";
    var_dump($m);
});
$producer = new RdKafka\Producer($conf);
$topicName = 'producer_delivery_report_' . uniqid();
$topic = $producer->newTopic($topicName);

// Note on timestamps: the librdkafka mock cluster answers every Produce request with a
// LogAppendTime of 1234 (rdkafka_mock_handlers.c), and librdkafka then reports that value as
// the message timestamp. A broker with CreateTime topics answers -1 and the report keeps the
// producer's timestamp. producer_topic_kcat_roundtrip.phpt checks the timestamp on the wire.

echo "--- payload, key and opaque\n";
$topic->produce(1, 0, 'payload', 'key', 'opaque');
$rc = $producer->flush(10000);
echo "flush: $rc\n";

echo "--- tombstone without opaque\n";
$topic->produce(1, 0, null, 'tombstone-key');
$rc = $producer->flush(10000);
echo "flush: $rc\n";

echo "--- empty payload, no key\n";
$topic->produce(1, 0, '');
$rc = $producer->flush(10000);
echo "flush: $rc\n";

echo "--- producev with headers and timestamp\n";
$headers = ['a' => '1', 'bin' => "\0\xff", 7 => 'seven', 'n' => null, 'i' => 12, 'b' => true];
$topic->producev(1, 0, 'with headers', 'hkey', $headers, 1700000000000, 'opaque-v');
var_dump($headers);
$rc = $producer->flush(10000);
echo "flush: $rc\n";

echo "--- unassigned partition, empty opaque\n";
$topic->producev(RD_KAFKA_PARTITION_UA, RD_KAFKA_MSG_F_BLOCK, 'ua', null, null, null, '');
$rc = $producer->flush(10000);
echo "flush: $rc\n";

echo "--- header value that is not stringable\n";
$before = $producer->getOutQLen();
$bad = ['a' => 'x', 'o' => new stdClass(), 'z' => 'y'];
try {
    $topic->producev(1, 0, 'never sent', null, $bad, null, 'never');
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "queue unchanged: ", var_export($producer->getOutQLen() === $before, true), "\n";
$rc = $producer->flush(10000);
echo "flush: $rc\n";

echo "--- failed report (purged from the queue) on another producer\n";
$conf->set('linger.ms', '60000'); // keeps the message in the queue until purge()
$other = new RdKafka\Producer($conf);
$otherTopic = $other->newTopic($topicName);
$otherTopic->producev(2, 0, 'purged', 'k', ['h' => 'v'], 1700000000000, 'opaque-purged');
echo "purge: ", $other->purge(RD_KAFKA_PURGE_F_QUEUE), "\n";
$rc = $other->flush(10000);
echo "flush: $rc\n";
?>
--EXPECTF--
--- payload, key and opaque
report for producer
object(RdKafka\Message)#%d (10) {
  ["err"]=>
  int(0)
  ["topic_name"]=>
  string(%d) "producer_delivery_report_%s"
  ["timestamp"]=>
  int(1234)
  ["partition"]=>
  int(1)
  ["payload"]=>
  string(7) "payload"
  ["len"]=>
  int(7)
  ["key"]=>
  string(3) "key"
  ["offset"]=>
  int(%d)
  ["headers"]=>
  array(0) {
  }
  ["opaque"]=>
  string(6) "opaque"
}
flush: 0
--- tombstone without opaque
report for producer
object(RdKafka\Message)#%d (10) {
  ["err"]=>
  int(0)
  ["topic_name"]=>
  string(%d) "producer_delivery_report_%s"
  ["timestamp"]=>
  NULL
  ["partition"]=>
  int(1)
  ["payload"]=>
  NULL
  ["len"]=>
  NULL
  ["key"]=>
  string(13) "tombstone-key"
  ["offset"]=>
  int(%d)
  ["headers"]=>
  array(0) {
  }
  ["opaque"]=>
  NULL
}
flush: 0
--- empty payload, no key
report for producer
object(RdKafka\Message)#%d (10) {
  ["err"]=>
  int(0)
  ["topic_name"]=>
  string(%d) "producer_delivery_report_%s"
  ["timestamp"]=>
  int(1234)
  ["partition"]=>
  int(1)
  ["payload"]=>
  string(0) ""
  ["len"]=>
  int(0)
  ["key"]=>
  NULL
  ["offset"]=>
  int(%d)
  ["headers"]=>
  array(0) {
  }
  ["opaque"]=>
  NULL
}
flush: 0
--- producev with headers and timestamp
array(6) {
  ["a"]=>
  string(1) "1"
  ["bin"]=>
  string(2) "%0%c"
  [7]=>
  string(5) "seven"
  ["n"]=>
  NULL
  ["i"]=>
  int(12)
  ["b"]=>
  bool(true)
}
report for producer
object(RdKafka\Message)#%d (10) {
  ["err"]=>
  int(0)
  ["topic_name"]=>
  string(%d) "producer_delivery_report_%s"
  ["timestamp"]=>
  int(1234)
  ["partition"]=>
  int(1)
  ["payload"]=>
  string(12) "with headers"
  ["len"]=>
  int(12)
  ["key"]=>
  string(4) "hkey"
  ["offset"]=>
  int(%d)
  ["headers"]=>
  array(5) {
    ["a"]=>
    string(1) "1"
    ["bin"]=>
    string(2) "%0%c"
    ["n"]=>
    string(0) ""
    ["i"]=>
    string(2) "12"
    ["b"]=>
    string(1) "1"
  }
  ["opaque"]=>
  string(8) "opaque-v"
}
flush: 0
--- unassigned partition, empty opaque
report for producer
object(RdKafka\Message)#%d (10) {
  ["err"]=>
  int(0)
  ["topic_name"]=>
  string(%d) "producer_delivery_report_%s"
  ["timestamp"]=>
  int(1234)
  ["partition"]=>
  int(%d)
  ["payload"]=>
  string(2) "ua"
  ["len"]=>
  int(2)
  ["key"]=>
  NULL
  ["offset"]=>
  int(%d)
  ["headers"]=>
  array(0) {
  }
  ["opaque"]=>
  string(0) ""
}
flush: 0
--- header value that is not stringable
Error: Object of class stdClass could not be converted to string
queue unchanged: true
flush: 0
--- failed report (purged from the queue) on another producer
purge: 0
report for other
object(RdKafka\Message)#%d (10) {
  ["err"]=>
  int(-152)
  ["topic_name"]=>
  string(%d) "producer_delivery_report_%s"
  ["timestamp"]=>
  int(-1)
  ["partition"]=>
  int(2)
  ["payload"]=>
  string(6) "purged"
  ["len"]=>
  int(6)
  ["key"]=>
  string(1) "k"
  ["offset"]=>
  int(-1001)
  ["headers"]=>
  array(0) {
  }
  ["opaque"]=>
  string(13) "opaque-purged"
}
flush: 0
