<?php
// Memory under load: does the extension's memory stay flat over millions of messages?
// Not a timed benchmark (bench/run.sh is): it produces N messages with a delivery-report
// callback, then consumes all of them back with a KafkaConsumer, and every 100 000 messages
// prints the process's RSS and PHP's own heap (memory_get_usage). A per-message leak in the
// binding (a Message, a string, a callback argument not released) shows as RSS that keeps
// growing after the first marks; librdkafka's queues and buffers only grow during warm-up.
//
// Usage: php -n -d extension=target/release/librdkafka_php.so bench/memory.php [count] [--in-process]
//   count         messages to produce and consume back (default 2000000)
//   --in-process  host the mock cluster in this process too (see below)
//
// The cluster is RdKafka\Test\MockCluster::create(3). By default it runs in a child process
// (this same script and PHP command line, started with --serve-mock), because the mock keeps
// every produced message in memory: in this process that log (about 126 bytes per message)
// would be counted in our RSS and hide what the client itself does. The child's RSS is printed
// in its own column. --in-process shows the combined figure.
//
// Exits 1 if the counts do not match (a failed delivery, or fewer/more messages consumed than
// were delivered), 2 on a usage error.

use RdKafka\Test\MockCluster;

const TOPIC = 'memory-bench';
const BROKERS = 3;
const MARK = 100000;            // one line every MARK messages
const PAYLOAD_BYTES = 100;
// The mock keeps at most 5 MiB of record batches per partition and drops the oldest beyond
// that. At ~126 bytes a record, 30 000 messages per partition (3.8 MB) leave room for the
// partitioner's uneven spread, so that every message can still be read back at the end.
const MESSAGES_PER_PARTITION = 30000;
const IDLE_LIMIT_S = 30;        // consumer gives up after this long without a message

function partitions_for(int $count): int
{
    return max(6, intdiv($count + MESSAGES_PER_PARTITION - 1, MESSAGES_PER_PARTITION));
}

// VmRSS of a process in MB: its resident pages, PHP's heap and librdkafka's buffers alike.
function rss_mb(string $pid = 'self'): float
{
    $status = @file_get_contents("/proc/$pid/status");
    if ($status === false || !preg_match('/^VmRSS:\s+(\d+) kB/m', $status, $m)) {
        return NAN;
    }
    return $m[1] / 1024;
}

// --serve-mock: the child. Starts the cluster, creates the topic, prints the bootstrap list,
// then blocks until the parent closes our stdin (or dies); the cluster stops with its object.
if (($argv[1] ?? '') === '--serve-mock') {
    $cluster = MockCluster::create(BROKERS);
    $cluster->createTopic(TOPIC, (int) $argv[2], BROKERS);
    echo $cluster->getBootstraps(), "\n";
    while (fgets(STDIN) !== false) {
    }
    exit(0);
}

$count = 2000000;
$inProcess = false;
foreach (array_slice($argv, 1) as $arg) {
    if ($arg === '--in-process') {
        $inProcess = true;
    } elseif (preg_match('/^\d+$/', $arg) && (int) $arg >= MARK) {
        $count = (int) $arg;
    } else {
        fwrite(STDERR, "usage: php bench/memory.php [count >= " . MARK . "] [--in-process]\n");
        exit(2);
    }
}
$partitions = partitions_for($count);

$mockPid = null;
if ($inProcess) {
    $cluster = MockCluster::create(BROKERS);
    $cluster->createTopic(TOPIC, $partitions, BROKERS);
    $bootstraps = $cluster->getBootstraps();
} else {
    // Re-run this PHP with its own options (-n, -d extension=...) from /proc/self/cmdline: the
    // last count($argv) entries are the script and its arguments, what precedes them is PHP's.
    $cmdline = explode("\0", rtrim(file_get_contents('/proc/self/cmdline'), "\0"));
    $php = array_slice($cmdline, 0, count($cmdline) - count($argv));
    $child = proc_open(
        [...$php, __FILE__, '--serve-mock', (string) $partitions],
        [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => STDERR],
        $pipes
    );
    $bootstraps = trim((string) fgets($pipes[1]));
    if ($bootstraps === '') {
        fwrite(STDERR, "the mock cluster process did not start\n");
        exit(1);
    }
    $mockPid = (string) proc_get_status($child)['pid'];
}

printf("%d messages of %d B with a key, topic of %d partitions on %d mock brokers (%s)\n",
    $count, PAYLOAD_BYTES, $partitions, BROKERS, $inProcess ? 'in this process' : "process $mockPid");
printf("%-8s %10s %8s %8s %12s %8s\n", 'phase', 'messages', 'RSS MB', 'PHP MB', 'mock RSS MB', 'seconds');

$start = hrtime(true);
$rssAt = [];  // [phase][messages] => RSS MB, for the verdict
// $label names a row that is not a 100k mark (end of a phase); $phase === null keeps it out of
// the verdict.
$mark = function (?string $phase, int $messages, ?string $label = null) use (&$rssAt, $mockPid, $start): void {
    $rss = rss_mb();
    if ($phase !== null) {
        $rssAt[$phase][$messages] = $rss;
    }
    printf("%-8s %10d %8.1f %8.2f %12s %8.1f\n", $label ?? $phase, $messages, $rss,
        memory_get_usage() / 1048576, $mockPid === null ? '-' : sprintf('%.1f', rss_mb($mockPid)),
        (hrtime(true) - $start) / 1e9);
};

function conf(string $bootstraps): RdKafka\Conf
{
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', $bootstraps);
    $conf->set('log_level', '3');
    return $conf;
}

// --- produce: produce() + poll(0), delivery reports counted by the callback.
$delivered = 0;
$failed = 0;
$conf = conf($bootstraps);
$conf->setDrMsgCb(function (RdKafka\Producer $producer, RdKafka\Message $message) use (&$delivered, &$failed): void {
    if ($message->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
        $delivered++;
    } elseif ($failed++ < 10) {
        fwrite(STDERR, "delivery failed: {$message->errstr()}\n");
    }
});
$producer = new RdKafka\Producer($conf);
$topic = $producer->newTopic(TOPIC);
$filler = str_repeat('x', PAYLOAD_BYTES - 10);
for ($i = 0; $i < $count;) {
    try {
        // A fresh payload and key per message, as an application would build them.
        $topic->produce(RD_KAFKA_PARTITION_UA, 0, sprintf('%010d', $i) . $filler, "key-$i");
    } catch (RdKafka\Exception $e) {
        if ($e->getCode() !== RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            throw $e;
        }
        // queue.buffering.max.messages (100 000) are in flight: serve delivery reports until
        // there is room, then retry the same message.
        $producer->poll(100);
        continue;
    }
    $producer->poll(0);
    if (++$i % MARK === 0) {
        $mark('produce', $i);
    }
}
while (($left = $producer->flush(10000)) !== RD_KAFKA_RESP_ERR_NO_ERROR) {
    if ($left !== RD_KAFKA_RESP_ERR__TIMED_OUT || hrtime(true) - $start > 600e9) {
        fwrite(STDERR, 'flush: ' . rd_kafka_err2str($left) . ", {$producer->getOutQLen()} messages left\n");
        break;
    }
}
$mark('produce', $count, 'flushed');  // end of phase: every delivery report served
unset($topic, $producer);

// --- consume: KafkaConsumer with every partition assigned from the beginning.
$consumed = 0;
$malformed = 0;
$commits = 0;
$commitErrors = 0;
$consumerErrors = 0;
$conf = conf($bootstraps);
$conf->set('group.id', 'memory-bench');
$conf->set('enable.auto.commit', 'false');  // committed by hand below, to exercise the callback
$conf->setErrorCb(function ($kafka, int $err, string $reason) use (&$consumerErrors): void {
    if ($consumerErrors++ < 10) {
        fwrite(STDERR, "consumer error: $reason\n");
    }
});
$conf->setOffsetCommitCb(function ($kafka, int $err, array $partitions) use (&$commits, &$commitErrors): void {
    if ($err === RD_KAFKA_RESP_ERR_NO_ERROR) {
        $commits++;
    } elseif ($err !== RD_KAFKA_RESP_ERR__NO_OFFSET) {  // _NO_OFFSET: nothing new to commit
        $commitErrors++;
    }
});
$consumer = new RdKafka\KafkaConsumer($conf);
$assignment = [];
for ($p = 0; $p < $partitions; $p++) {
    $assignment[] = new RdKafka\TopicPartition(TOPIC, $p, RD_KAFKA_OFFSET_BEGINNING);
}
$consumer->assign($assignment);
$lastMessage = hrtime(true);
while ($consumed < $delivered) {
    $message = $consumer->consume(1000);
    if ($message->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
        // Cheap check that what comes back is what was produced.
        if (strlen($message->payload) !== PAYLOAD_BYTES || $message->key !== 'key-' . (int) substr($message->payload, 0, 10)) {
            $malformed++;
        }
        $lastMessage = hrtime(true);
        if (++$consumed % MARK === 0) {
            $consumer->commitAsync();  // the OffsetCommitCb runs from a later consume()
            $mark('consume', $consumed);
        }
    } elseif ($message->err === RD_KAFKA_RESP_ERR__TIMED_OUT) {
        if (hrtime(true) - $lastMessage > IDLE_LIMIT_S * 1e9) {
            fwrite(STDERR, "no message for " . IDLE_LIMIT_S . " s, giving up\n");
            break;
        }
    } else {
        $consumerErrors++;
        fwrite(STDERR, "consume: {$message->errstr()}\n");
    }
}
if ($consumed % MARK !== 0) {
    $mark('consume', $consumed, 'last');
}
// Anything beyond what was delivered would be a duplicate: read briefly for strays.
for ($deadline = hrtime(true) + 1e9; hrtime(true) < $deadline;) {
    $message = $consumer->consume(100);
    $consumed += $message->err === RD_KAFKA_RESP_ERR_NO_ERROR ? 1 : 0;
}
try {
    $consumer->commit();  // a synchronous commit of whatever the last commitAsync() missed
} catch (RdKafka\Exception $e) {
    if ($e->getCode() !== RD_KAFKA_RESP_ERR__NO_OFFSET) {  // nothing new since the last one
        throw $e;
    }
}
$consumer->close();
unset($consumer, $message, $assignment);
$mark(null, $consumed, 'closed');  // not in the verdict: what closing the consumer gives back

// --- totals and verdict
printf("totals: delivered %d, failed %d, consumed %d, malformed %d, commit callbacks %d ok / %d failed, consumer errors %d, %.1f s\n",
    $delivered, $failed, $consumed, $malformed, $commits, $commitErrors, $consumerErrors, (hrtime(true) - $start) / 1e9);
// Growth from the first mark (librdkafka's queues and PHP's heap are warm by then) to the end
// of each phase, and what that is per message: a leak of even a few bytes per message shows.
// The consumer's RSS swings with how much librdkafka has prefetched at that instant, so the
// range over the marks and the least-squares slope through all of them are printed too: the
// slope is what a steady leak would move, the two end points alone can mislead.
$verdict = [];
foreach ($rssAt as $phase => $points) {
    $first = array_key_first($points);
    $last = array_key_last($points);
    $growth = $points[$last] - $points[$first];
    $n = count($points);
    $meanX = array_sum(array_keys($points)) / $n;
    $meanY = array_sum($points) / $n;
    $sxy = $sxx = 0.0;
    foreach ($points as $x => $y) {
        $sxy += ($x - $meanX) * ($y - $meanY);
        $sxx += ($x - $meanX) ** 2;
    }
    $slope = $sxx > 0 ? $sxy / $sxx * 1048576 : 0.0;  // bytes of RSS per message
    $verdict[] = sprintf('%s RSS %.1f MB at %d, %.1f MB at %d: %+.1f MB (%+.1f B/message); range %.1f-%.1f MB, slope %+.1f B/message',
        $phase, $points[$first], $first, $points[$last], $last, $growth,
        $last > $first ? $growth * 1048576 / ($last - $first) : 0.0, min($points), max($points), $slope);
}
echo 'verdict: ', implode("\nverdict: ", $verdict), "\n";

if (isset($child)) {
    fclose($pipes[0]);  // the child's fgets() returns false: it exits and its cluster stops
    fclose($pipes[1]);
    proc_close($child);
}
$ok = $failed === 0 && $malformed === 0 && $consumed === $delivered && $delivered === $count;
echo $ok ? "counts: ok\n" : "counts: MISMATCH\n";
exit($ok ? 0 : 1);
