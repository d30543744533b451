<?php
// The PHP side of the benchmark: the same workloads as bench/native.rs, through this extension.
// Usage: php workloads.php <workload> <bootstrap> <topic> <count>
// Prints one line: "<messages> <seconds> <peak RSS in KB>".

const PARTITIONS = 4;
const PREFETCH_WAIT_US = 3000000;

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

function consume(string $bootstrap, string $topic, int $count, array $extra, bool $prefetch): array {
    $conf = conf($bootstrap, ['group.id' => 'bench-php', 'enable.auto.commit' => 'false'] + $extra);
    $consumer = new RdKafka\KafkaConsumer($conf);
    $partitions = [];
    for ($p = 0; $p < PARTITIONS; $p++) {
        $partitions[] = new RdKafka\TopicPartition($topic, $p, RD_KAFKA_OFFSET_BEGINNING);
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

function legacy(string $bootstrap, string $topicName, int $count, bool $batch): array {
    $consumer = new RdKafka\Consumer(conf($bootstrap, ['queued.min.messages' => '1000000']));
    $topic = $consumer->newTopic($topicName);
    $queue = $consumer->newQueue();
    for ($p = 0; $p < PARTITIONS; $p++) {
        if ($batch) {
            $topic->consumeStart($p, RD_KAFKA_OFFSET_BEGINNING);
        } else {
            $topic->consumeQueueStart($p, RD_KAFKA_OFFSET_BEGINNING, $queue);
        }
    }
    $partition = 0;
    // Batches rotate over the partitions; once prefetched they do not wait (an exhausted
    // partition would only add its timeout).
    $step = function (int $timeout) use ($batch, $topic, $queue, &$partition): int {
        $good = 0;
        if ($batch) {
            foreach ($topic->consumeBatch($partition, $timeout, 1000) as $message) {
                $good += $message->err === RD_KAFKA_RESP_ERR_NO_ERROR;
            }
            $partition = ($partition + 1) % PARTITIONS;
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
    for ($p = 0; $p < PARTITIONS; $p++) {
        $topic->consumeStop($p);
    }
    return [$got - $first, $elapsed];
}

[, $workload, $bootstrap, $topic, $count] = $argv;
$count = (int) $count;
$tuned = ['queued.min.messages' => '1000000', 'fetch.queue.backoff.ms' => '0'];
$start = hrtime(true);
switch ($workload) {
    case 'produce': $result = [produce($bootstrap, $topic, $count, 100, false), 0]; break;
    case 'producev': $result = [produce($bootstrap, $topic, $count, 1024, true), 0]; break;
    case 'produce-large': $result = [produce($bootstrap, $topic, $count, 100 * 1024, false), 0]; break;
    case 'consume-prefetched': $result = consume($bootstrap, $topic, $count, $tuned, true); break;
    case 'consume-tuned': $result = consume($bootstrap, $topic, $count, $tuned, false); break;
    case 'consume-defaults': $result = consume($bootstrap, $topic, $count, [], false); break;
    case 'queue-prefetched': $result = legacy($bootstrap, $topic, $count, false); break;
    case 'batch-prefetched': $result = legacy($bootstrap, $topic, $count, true); break;
    default: fwrite(STDERR, "unknown workload $workload\n"); exit(2);
}
if ($result[1] === 0) {
    $result[1] = (hrtime(true) - $start) / 1e9;
}
printf("%d %.6f %d\n", $result[0], $result[1], peak_rss_kb());
