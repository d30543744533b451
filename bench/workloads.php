<?php
// The PHP side of the benchmark: the same workloads as bench/native.rs, through this extension.
// Usage: php workloads.php <workload> <bootstrap> <topic[,topic...]> <count>
// Consume workloads read every partition of every listed topic from the beginning.
// Prints one line: "<messages> <seconds> <peak RSS in KB>".

const PARTITIONS = 4;
const PREFETCH_WAIT_US = 4000000;
// Room for every seeded message in librdkafka's local queue (prefetched workloads).
const PREFETCH = ['queued.min.messages' => '10000000', 'queued.max.messages.kbytes' => '2097151'];

function conf(string $bootstrap, array $extra = []): RdKafka\Conf {
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', $bootstrap);
    $conf->set('log_level', '3');
    foreach ($extra as $name => $value) {
        $conf->set($name, $value);
    }
    return $conf;
}

function peak_rss_kb(): int {
    preg_match('/^VmHWM:\s+(\d+) kB/m', file_get_contents('/proc/self/status'), $m);
    return (int) $m[1];
}

function produce(string $bootstrap, string $topicName, int $count, int $size, bool $headers): int {
    $conf = conf($bootstrap);
    $delivered = 0;
    if ($headers) {
        $conf->setDrMsgCb(function ($producer, $message) use (&$delivered) {
            $delivered++;
        });
    }
    $producer = new RdKafka\Producer($conf);
    $topic = $producer->newTopic($topicName);
    $payload = str_repeat('x', $size);
    $h = ['a' => 'alpha', 'b' => 'bravo', 'c' => 'charlie'];
    for ($i = 0; $i < $count; $i++) {
        $key = "key-$i";
        while (true) {
            try {
                if ($headers) {
                    $topic->producev(RD_KAFKA_PARTITION_UA, 0, $payload, $key, $h);
                } else {
                    $topic->produce(RD_KAFKA_PARTITION_UA, 0, $payload, $key);
                }
                break;
            } catch (RdKafka\Exception $e) {
                $producer->poll(100); // queue full
            }
        }
        if ($i % 1024 === 0) {
            $producer->poll(0);
        }
    }
    if ($producer->flush(120000) !== 0) {
        throw new RuntimeException('flush failed');
    }
    if ($headers && $delivered !== $count) {
        throw new RuntimeException("delivery reports: $delivered");
    }
    return $count;
}

function consume(string $bootstrap, array $topics, int $count, array $extra, bool $prefetch): array {
    $conf = conf($bootstrap, ['group.id' => 'bench-php', 'enable.auto.commit' => 'false'] + $extra);
    $consumer = new RdKafka\KafkaConsumer($conf);
    $partitions = [];
    foreach ($topics as $topic) {
        for ($p = 0; $p < PARTITIONS; $p++) {
            $partitions[] = new RdKafka\TopicPartition($topic, $p, RD_KAFKA_OFFSET_BEGINNING);
        }
    }
    $consumer->assign($partitions);
    $got = 0;
    $start = hrtime(true);
    // The clock starts at the first message; with $prefetch, after librdkafka fetched the rest.
    while ($got < $count) {
        $message = $consumer->consume(100);
        if ($message->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
            $got++;
            if ($got === 1) {
                if ($prefetch) {
                    usleep(PREFETCH_WAIT_US);
                }
                $start = hrtime(true);
            }
        }
    }
    return [$got - 1, (hrtime(true) - $start) / 1e9];
}

function legacy(string $bootstrap, array $topicNames, int $count, bool $batch): array {
    $consumer = new RdKafka\Consumer(conf($bootstrap, PREFETCH));
    $queue = $consumer->newQueue();
    $sources = [];
    foreach ($topicNames as $name) {
        $topic = $consumer->newTopic($name);
        for ($p = 0; $p < PARTITIONS; $p++) {
            if ($batch) {
                $topic->consumeStart($p, RD_KAFKA_OFFSET_BEGINNING);
            } else {
                $topic->consumeQueueStart($p, RD_KAFKA_OFFSET_BEGINNING, $queue);
            }
            $sources[] = [$topic, $p];
        }
    }
    $next = 0;
    // Batches rotate over the partitions; once prefetched they do not wait (an exhausted
    // partition would only add its timeout).
    $step = function (int $timeout) use ($batch, $sources, $queue, &$next): int {
        $good = 0;
        if ($batch) {
            [$topic, $partition] = $sources[$next];
            $next = ($next + 1) % count($sources);
            foreach ($topic->consumeBatch($partition, $timeout, 1000) as $message) {
                $good += $message->err === RD_KAFKA_RESP_ERR_NO_ERROR;
            }
        } else {
            $message = $queue->consume(100);
            if ($message !== null && $message->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
                $good = 1;
            }
        }
        return $good;
    };
    $first = 0;
    while ($first === 0) {
        $first = $step(100);
    }
    usleep(PREFETCH_WAIT_US);
    $start = hrtime(true);
    $got = $first;
    if ($batch) {
        while ($got < $count) {
            $got += $step(0);
        }
    } else {
        // The queue loop inlined: a closure call per message would be the benchmark's own cost.
        while ($got < $count) {
            $message = $queue->consume(100);
            if ($message !== null && $message->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
                $got++;
            }
        }
    }
    $elapsed = (hrtime(true) - $start) / 1e9;
    foreach ($sources as [$topic, $partition]) {
        $topic->consumeStop($partition);
    }
    return [$got - $first, $elapsed];
}

[, $workload, $bootstrap, $topic, $count] = $argv;
$count = (int) $count;
$topics = explode(',', $topic);
$tuned = ['queued.min.messages' => '1000000', 'fetch.queue.backoff.ms' => '0'];
$start = hrtime(true);
switch ($workload) {
    case 'produce': $result = [produce($bootstrap, $topic, $count, 100, false), 0]; break;
    case 'producev': $result = [produce($bootstrap, $topic, $count, 1024, true), 0]; break;
    case 'produce-large': $result = [produce($bootstrap, $topic, $count, 100 * 1024, false), 0]; break;
    case 'consume-prefetched': $result = consume($bootstrap, $topics, $count, PREFETCH, true); break;
    case 'consume-tuned': $result = consume($bootstrap, $topics, $count, $tuned, false); break;
    case 'consume-defaults': $result = consume($bootstrap, $topics, $count, [], false); break;
    case 'queue-prefetched': $result = legacy($bootstrap, $topics, $count, false); break;
    case 'batch-prefetched': $result = legacy($bootstrap, $topics, $count, true); break;
    default: fwrite(STDERR, "unknown workload $workload\n"); exit(2);
}
if ($result[1] === 0) {
    $result[1] = (hrtime(true) - $start) / 1e9;
}
printf("%d %.6f %d\n", $result[0], $result[1], peak_rss_kb());
