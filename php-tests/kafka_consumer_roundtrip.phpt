--TEST--
KafkaConsumer round trip: 40 producev() messages (binary payloads/keys/headers, empty payload, tombstone, null key) read back identically with subscribe() and with assign(); per-partition offsets, one EOF per partition, timeout Message
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$brokers = getenv('TEST_KAFKA_BROKERS');
$topicName = 'kafka_consumer_roundtrip_' . uniqid();
const N = 40;

$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $brokers);
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf);
$topic = $producer->newTopic($topicName);

function describe(int $partition, ?string $payload, ?string $key, array $headers): string
{
    ksort($headers);
    $h = [];
    foreach ($headers as $name => $value) {
        $h[] = bin2hex((string) $name) . '=' . bin2hex($value);
    }
    return sprintf('%d|%s|%s|%s', $partition,
        $payload === null ? 'NULL' : bin2hex($payload),
        $key === null ? 'NULL' : bin2hex($key),
        implode(',', $h));
}

$expected = [];
for ($i = 0; $i < N; $i++) {
    $partition = $i % 4;
    $payload = "payload\0\xff" . $i . str_repeat(chr($i), $i);
    $key = "key\0\xff" . $i;
    $headers = ['bin' => "\0\xff\x80" . $i, 'empty' => '', 'i' => (string) $i];
    if ($i === 0) {
        $payload = '';
    } elseif ($i === 1) {
        $payload = null; // tombstone
    } elseif ($i === 2) {
        $key = null;
    } elseif ($i === 3) {
        $headers = [];
    } elseif ($i === 4) {
        $payload = null;
        $key = null;
        $headers = ['only' => "\xff"];
    }
    $topic->producev($partition, 0, $payload, $key, $headers === [] ? null : $headers);
    $expected[] = describe($partition, $payload, $key, $headers);
}
echo "flush: ", $producer->flush(10000), "\n";
sort($expected);

function newConsumer(string $brokers): RdKafka\KafkaConsumer
{
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', $brokers);
    $conf->set('log_level', '0');
    $conf->set('group.id', 'kafka_consumer_roundtrip_' . uniqid());
    $conf->set('auto.offset.reset', 'earliest');
    $conf->set('enable.partition.eof', 'true');
    return new RdKafka\KafkaConsumer($conf);
}

function consumeAll(RdKafka\KafkaConsumer $consumer, string $topicName, array $expected): void
{
    $deadline = microtime(true) + 30;
    $got = [];
    $offsets = [];
    $eofs = [];
    $eofAfterLast = true;
    $wrongTopic = 0;
    $otherErrors = [];
    $shown = [];
    $dump = [];
    while (microtime(true) < $deadline && (count($got) < N || count($eofs) < 4)) {
        $m = $consumer->consume(1000);
        if ($m->err === RD_KAFKA_RESP_ERR__TIMED_OUT) {
            continue;
        }
        if ($m->topic_name !== $topicName) {
            $wrongTopic++;
        }
        if ($m->err === RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            $eofs[$m->partition][] = $m->offset;
            if (count($offsets[$m->partition] ?? []) !== N / 4) {
                $eofAfterLast = false;
            }
            if (count($eofs) === 1 && count($eofs[$m->partition]) === 1) {
                var_dump($m);
                echo "errstr: ", $m->errstr(), "\n";
            }
            continue;
        }
        if ($m->err !== 0) {
            $otherErrors[] = $m->err;
            continue;
        }
        $offsets[$m->partition][] = $m->offset;
        $got[] = describe($m->partition, $m->payload, $m->key, $m->headers);
        if (($m->payload === null || $m->payload === '') && !isset($shown[(string) $m->key])) {
            $shown[(string) $m->key] = true;
            $dump[bin2hex((string) $m->key)] = $m;
        }
        // len follows the payload, timestamp is only set when there is a payload
        if ($m->len !== ($m->payload === null ? null : strlen($m->payload))
            || ($m->payload === null) !== ($m->timestamp === null)) {
            echo "inconsistent len/timestamp at {$m->partition}/{$m->offset}\n";
        }
    }
    ksort($dump);
    foreach ($dump as $m) {
        var_dump($m);
    }
    sort($got);
    echo "messages: ", count($got), "\n";
    echo "identical: ", var_export($got === $expected, true), "\n";
    if ($got !== $expected) {
        print_r(array_diff($expected, $got));
        print_r(array_diff($got, $expected));
    }
    ksort($offsets);
    foreach ($offsets as $partition => $list) {
        echo "partition $partition offsets: ", var_export($list === range(0, N / 4 - 1), true), "\n";
    }
    ksort($eofs);
    foreach ($eofs as $partition => $list) {
        echo "partition $partition EOF: ", implode(',', $list), "\n";
    }
    echo "EOF after last message: ", var_export($eofAfterLast, true), "\n";
    echo "wrong topic_name: $wrongTopic, other errors: ", implode(',', $otherErrors), "\n";

    // Nothing more: the next consume() times out, without a second EOF
    $m = $consumer->consume(500);
    echo "after end: ", $m->err, ' ', $m->errstr(), "\n";
}

$consumer = newConsumer($brokers);
echo "--- timeout before subscribing\n";
$m = $consumer->consume(100);
var_dump($m);
echo "errstr: ", $m->errstr(), "\n";

echo "--- subscribe\n";
$consumer->subscribe([$topicName]);
consumeAll($consumer, $topicName, $expected);
$consumer->close();

echo "--- assign at RD_KAFKA_OFFSET_BEGINNING\n";
$consumer = newConsumer($brokers);
$consumer->assign([
    new RdKafka\TopicPartition($topicName, 3, RD_KAFKA_OFFSET_BEGINNING),
    new RdKafka\TopicPartition($topicName, 1, RD_KAFKA_OFFSET_BEGINNING),
    new RdKafka\TopicPartition($topicName, 0, RD_KAFKA_OFFSET_BEGINNING),
    new RdKafka\TopicPartition($topicName, 2, RD_KAFKA_OFFSET_BEGINNING),
]);
foreach ($consumer->getAssignment() as $tp) { // librdkafka sorts the assignment
    printf("assigned %s %d %d\n", $tp->getTopic() === $topicName ? 'topic' : $tp->getTopic(), $tp->getPartition(), $tp->getOffset());
}
consumeAll($consumer, $topicName, $expected);
$consumer->close();
?>
--EXPECTF--
flush: 0
--- timeout before subscribing
object(RdKafka\Message)#%d (10) {
  ["err"]=>
  int(-185)
  ["topic_name"]=>
  NULL
  ["timestamp"]=>
  NULL
  ["partition"]=>
  int(0)
  ["payload"]=>
  NULL
  ["len"]=>
  NULL
  ["key"]=>
  NULL
  ["offset"]=>
  int(0)
  ["headers"]=>
  array(0) {
  }
  ["opaque"]=>
  NULL
}
errstr: Local: Timed out
--- subscribe
object(RdKafka\Message)#%d (10) {
  ["err"]=>
  int(-191)
  ["topic_name"]=>
  string(%d) "kafka_consumer_roundtrip_%s"
  ["timestamp"]=>
  int(-1)
  ["partition"]=>
  int(%d)
  ["payload"]=>
  string(%d) "Fetch from broker %d reached end of partition at offset 10 (HighwaterMark 10)"
  ["len"]=>
  int(%d)
  ["key"]=>
  NULL
  ["offset"]=>
  int(10)
  ["headers"]=>
  array(0) {
  }
  ["opaque"]=>
  NULL
}
errstr: Broker: No more messages
object(RdKafka\Message)#%d (10) {
  ["err"]=>
  int(0)
  ["topic_name"]=>
  string(%d) "kafka_consumer_roundtrip_%s"
  ["timestamp"]=>
  NULL
  ["partition"]=>
  int(0)
  ["payload"]=>
  NULL
  ["len"]=>
  NULL
  ["key"]=>
  NULL
  ["offset"]=>
  int(1)
  ["headers"]=>
  array(1) {
    ["only"]=>
    string(1) "%c"
  }
  ["opaque"]=>
  NULL
}
object(RdKafka\Message)#%d (10) {
  ["err"]=>
  int(0)
  ["topic_name"]=>
  string(%d) "kafka_consumer_roundtrip_%s"
  ["timestamp"]=>
  int(%d)
  ["partition"]=>
  int(0)
  ["payload"]=>
  string(0) ""
  ["len"]=>
  int(0)
  ["key"]=>
  string(6) "key%0%c0"
  ["offset"]=>
  int(0)
  ["headers"]=>
  array(3) {
    ["bin"]=>
    string(4) "%0%c%c0"
    ["empty"]=>
    string(0) ""
    ["i"]=>
    string(1) "0"
  }
  ["opaque"]=>
  NULL
}
object(RdKafka\Message)#%d (10) {
  ["err"]=>
  int(0)
  ["topic_name"]=>
  string(%d) "kafka_consumer_roundtrip_%s"
  ["timestamp"]=>
  NULL
  ["partition"]=>
  int(1)
  ["payload"]=>
  NULL
  ["len"]=>
  NULL
  ["key"]=>
  string(6) "key%0%c1"
  ["offset"]=>
  int(0)
  ["headers"]=>
  array(3) {
    ["bin"]=>
    string(4) "%0%c%c1"
    ["empty"]=>
    string(0) ""
    ["i"]=>
    string(1) "1"
  }
  ["opaque"]=>
  NULL
}
messages: 40
identical: true
partition 0 offsets: true
partition 1 offsets: true
partition 2 offsets: true
partition 3 offsets: true
partition 0 EOF: 10
partition 1 EOF: 10
partition 2 EOF: 10
partition 3 EOF: 10
EOF after last message: true
wrong topic_name: 0, other errors: 
after end: -185 Local: Timed out
--- assign at RD_KAFKA_OFFSET_BEGINNING
assigned topic 0 -2
assigned topic 1 -2
assigned topic 2 -2
assigned topic 3 -2
object(RdKafka\Message)#%d (10) {
  ["err"]=>
  int(-191)
  ["topic_name"]=>
  string(%d) "kafka_consumer_roundtrip_%s"
  ["timestamp"]=>
  int(-1)
  ["partition"]=>
  int(%d)
  ["payload"]=>
  string(%d) "Fetch from broker %d reached end of partition at offset 10 (HighwaterMark 10)"
  ["len"]=>
  int(%d)
  ["key"]=>
  NULL
  ["offset"]=>
  int(10)
  ["headers"]=>
  array(0) {
  }
  ["opaque"]=>
  NULL
}
errstr: Broker: No more messages
object(RdKafka\Message)#%d (10) {
  ["err"]=>
  int(0)
  ["topic_name"]=>
  string(%d) "kafka_consumer_roundtrip_%s"
  ["timestamp"]=>
  NULL
  ["partition"]=>
  int(0)
  ["payload"]=>
  NULL
  ["len"]=>
  NULL
  ["key"]=>
  NULL
  ["offset"]=>
  int(1)
  ["headers"]=>
  array(1) {
    ["only"]=>
    string(1) "%c"
  }
  ["opaque"]=>
  NULL
}
object(RdKafka\Message)#%d (10) {
  ["err"]=>
  int(0)
  ["topic_name"]=>
  string(%d) "kafka_consumer_roundtrip_%s"
  ["timestamp"]=>
  int(%d)
  ["partition"]=>
  int(0)
  ["payload"]=>
  string(0) ""
  ["len"]=>
  int(0)
  ["key"]=>
  string(6) "key%0%c0"
  ["offset"]=>
  int(0)
  ["headers"]=>
  array(3) {
    ["bin"]=>
    string(4) "%0%c%c0"
    ["empty"]=>
    string(0) ""
    ["i"]=>
    string(1) "0"
  }
  ["opaque"]=>
  NULL
}
object(RdKafka\Message)#%d (10) {
  ["err"]=>
  int(0)
  ["topic_name"]=>
  string(%d) "kafka_consumer_roundtrip_%s"
  ["timestamp"]=>
  NULL
  ["partition"]=>
  int(1)
  ["payload"]=>
  NULL
  ["len"]=>
  NULL
  ["key"]=>
  string(6) "key%0%c1"
  ["offset"]=>
  int(0)
  ["headers"]=>
  array(3) {
    ["bin"]=>
    string(4) "%0%c%c1"
    ["empty"]=>
    string(0) ""
    ["i"]=>
    string(1) "1"
  }
  ["opaque"]=>
  NULL
}
messages: 40
identical: true
partition 0 offsets: true
partition 1 offsets: true
partition 2 offsets: true
partition 3 offsets: true
partition 0 EOF: 10
partition 1 EOF: 10
partition 2 EOF: 10
partition 3 EOF: 10
EOF after last message: true
wrong topic_name: 0, other errors: 
after end: -185 Local: Timed out
