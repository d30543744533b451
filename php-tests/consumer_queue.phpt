--TEST--
RdKafka\Queue: newQueue() + consumeQueueStart() over two topics (two partitions each): Queue::consume returns every message, one EOF per started partition, null on timeout; the Queue keeps its Consumer alive; destroying a Consumer with started partitions releases its threads
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
function conf(array $settings = []): RdKafka\Conf
{
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
    $conf->set('log_level', '0');
    foreach ($settings as $name => $value) {
        $conf->set($name, $value);
    }
    return $conf;
}

function waitThreads(int $count): int
{
    $deadline = microtime(true) + 5;
    while (rd_kafka_thread_cnt() !== $count && microtime(true) < $deadline) {
        usleep(10000);
    }
    return rd_kafka_thread_cnt();
}

$names = ['A' => 'consumer_queue_a_' . uniqid(), 'B' => 'consumer_queue_b_' . uniqid()];
$producer = new RdKafka\Producer(conf());
$expected = [];
foreach ($names as $label => $name) {
    $topic = $producer->newTopic($name);
    for ($p = 0; $p < 2; $p++) {
        for ($i = 0; $i < 3; $i++) {
            $topic->producev($p, 0, "$label$p-$i", "key$i", ['h' => "$label$p"]);
            $expected[] = "$label:$p@$i $label$p-$i key$i h=$label$p";
        }
    }
}
echo "flush: ", $producer->flush(10000), "\n";
unset($topic, $producer);
$baseline = waitThreads(0);
echo "threads with no client: $baseline\n";

echo "--- one queue, four partitions of two topics\n";
$consumer = new RdKafka\Consumer(conf(['enable.partition.eof' => 'true']));
$withConsumer = rd_kafka_thread_cnt();
echo "consumer started threads: ", var_export($withConsumer > $baseline, true), "\n";
$queue = $consumer->newQueue();
echo get_class($queue), "\n";
$topics = [];
foreach ($names as $label => $name) {
    $topics[$label] = $consumer->newTopic($name);
    $topics[$label]->consumeQueueStart(0, RD_KAFKA_OFFSET_BEGINNING, $queue);
    $topics[$label]->consumeQueueStart(1, RD_KAFKA_OFFSET_BEGINNING, $queue);
}
$label = array_flip($names);
$weak = WeakReference::create($consumer);
unset($consumer);
echo "consumer alive after unset (held by queue and topics): ", var_export($weak->get() instanceof RdKafka\Consumer, true), "\n";

$got = [];
$eofs = [];
$other = [];
$deadline = microtime(true) + 15;
while ((count($got) < 12 || count($eofs) < 4) && microtime(true) < $deadline) {
    $m = $queue->consume(1000);
    if ($m === null) {
        continue;
    }
    $l = $label[$m->topic_name] ?? '?';
    if ($m->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
        $got[] = "$l:$m->partition@$m->offset $m->payload $m->key h=" . ($m->headers['h'] ?? '-');
    } elseif ($m->err === RD_KAFKA_RESP_ERR__PARTITION_EOF) {
        $eofs[] = "$l:$m->partition@$m->offset";
    } else {
        $other[] = $m->errstr();
    }
}
echo "null on timeout: ", var_export($queue->consume(300), true), "\n";
sort($got);
sort($eofs);
echo implode("\n", $got), "\n";
echo "every message once: ", var_export($got === $expected, true), "\n";
echo "EOFs: ", implode(' ', $eofs), "\n";
echo "other events: ", count($other), "\n";
try {
    $topics['A']->consumeQueueStart(1, RD_KAFKA_OFFSET_BEGINNING, $queue);
} catch (RdKafka\Exception $e) {
    echo "start again: ", $e->getCode(), ' ', str_replace($names['A'], 'A', $e->getMessage()), "\n";
    unset($e); // its trace holds the queue
}

echo "--- new messages arrive on the queue too\n";
$producer = new RdKafka\Producer(conf());
$producer->newTopic($names['B'])->produce(1, 0, 'late');
echo "flush: ", $producer->flush(10000), "\n";
unset($producer);
$late = [];
$deadline = microtime(true) + 10;
while (count($late) < 2 && microtime(true) < $deadline) {
    $m = $queue->consume(1000);
    if ($m !== null) {
        $late[] = $label[$m->topic_name] . ":$m->partition@$m->offset err=$m->err" . ($m->err ? '' : " $m->payload");
    }
}
echo implode("\n", $late), "\n";

echo "--- destruction with started partitions\n";
unset($topics);
echo "consumer alive with only the queue: ", var_export($weak->get() instanceof RdKafka\Consumer, true), "\n";
echo "queue still usable: ", var_export($queue->consume(0), true), "\n";
unset($queue);
echo "consumer destroyed with the queue: ", var_export($weak->get(), true), "\n";
echo "threads back: ", var_export(waitThreads($baseline) === $baseline, true), "\n";

// Topics and a queue released at once while partitions are still started (no consumeStop).
$consumer = new RdKafka\Consumer(conf());
$queue = $consumer->newQueue();
$topic = $consumer->newTopic($names['A']);
$topic->consumeQueueStart(0, RD_KAFKA_OFFSET_BEGINNING, $queue);
$other = $consumer->newTopic($names['B']);
$other->consumeStart(0, RD_KAFKA_OFFSET_BEGINNING);
$m = $other->consume(0, 5000);
echo "consumed: ", $m ? $m->payload : 'null', "\n";
$m = $queue->consume(5000);
echo "consumed: ", $m ? $m->payload : 'null', "\n";
$weak = WeakReference::create($consumer);
unset($consumer, $queue, $topic, $other, $m);
echo "consumer destroyed: ", var_export($weak->get(), true), "\n";
echo "threads back: ", var_export(waitThreads($baseline) === $baseline, true), "\n";

// A queue with no partition routed to it.
$queue = (new RdKafka\Consumer(conf()))->newQueue();
echo "empty queue: ", var_export($queue->consume(100), true), "\n";
unset($queue);
echo "threads back: ", var_export(waitThreads($baseline) === $baseline, true), "\n";
?>
--EXPECT--
flush: 0
threads with no client: 0
--- one queue, four partitions of two topics
consumer started threads: true
RdKafka\Queue
consumer alive after unset (held by queue and topics): true
null on timeout: NULL
A:0@0 A0-0 key0 h=A0
A:0@1 A0-1 key1 h=A0
A:0@2 A0-2 key2 h=A0
A:1@0 A1-0 key0 h=A1
A:1@1 A1-1 key1 h=A1
A:1@2 A1-2 key2 h=A1
B:0@0 B0-0 key0 h=B0
B:0@1 B0-1 key1 h=B0
B:0@2 B0-2 key2 h=B0
B:1@0 B1-0 key0 h=B1
B:1@1 B1-1 key1 h=B1
B:1@2 B1-2 key2 h=B1
every message once: true
EOFs: A:0@3 A:1@3 B:0@3 B:1@3
other events: 0
start again: 0 A:1 is already being consumed by the same Consumer instance
--- new messages arrive on the queue too
flush: 0
B:1@3 err=0 late
B:1@4 err=-191
--- destruction with started partitions
consumer alive with only the queue: true
queue still usable: NULL
consumer destroyed with the queue: NULL
threads back: true
consumed: B0-0
consumed: A0-0
consumer destroyed: NULL
threads back: true
empty queue: NULL
threads back: true
