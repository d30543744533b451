--TEST--
RdKafka\Test\MockCluster serves clients outside the PHP process (kcat, another PHP process), and a fork() child that inherited it gets RdKafka\Exception and exits at once while the parent's cluster keeps working
--SKIPIF--
<?php
if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded');
if (!function_exists('exec')) die('skip exec() is not available');
if (trim((string) shell_exec('command -v kcat 2>/dev/null')) === '') die('skip kcat not installed');
?>
--FILE--
<?php
$cluster = RdKafka\Test\MockCluster::create(2);
$cluster->createTopic('shared', 1, 2);
$bootstraps = $cluster->getBootstraps();

// Another PHP process with this extension produces to the cluster of this one.
require __DIR__ . '/child_php.inc';
$code = <<<'PHP'
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $argv[1]);
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf);
$producer->newTopic('shared')->produce(0, 0, 'from another process');
exit($producer->flush(10000) === 0 ? 0 : 1);
PHP;
[$exitCode, $output] = run_child_php($code, [$bootstraps]);
echo "other process exit code: $exitCode ", implode(' ', $output), "\n";

$kcat = trim((string) shell_exec('command -v kcat'));
$pipe = popen(escapeshellarg($kcat) . ' -b ' . escapeshellarg($bootstraps) . ' -t shared -p 0 -P -X log_level=0', 'w');
fwrite($pipe, "from kcat\n");
echo "kcat exit code: ", pclose($pipe), "\n";

$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $bootstraps);
$conf->set('group.id', 'shared-reader');
$conf->set('log_level', '0');
$consumer = new RdKafka\KafkaConsumer($conf);
$consumer->assign([new RdKafka\TopicPartition('shared', 0, RD_KAFKA_OFFSET_BEGINNING)]);
for ($read = 0; $read < 2 && ($message = $consumer->consume(10000))->err === RD_KAFKA_RESP_ERR_NO_ERROR; $read++) {
    echo "read: ", $message->payload, "\n";
}

if (function_exists('pcntl_fork')) {
    $pid = pcntl_fork();
    if ($pid === 0) {
        try {
            $cluster->createTopic('from-child', 1, 1);
            echo "child: createTopic worked\n";
        } catch (RdKafka\Exception $e) {
            echo "child: createTopic: ", $e->getCode() === RD_KAFKA_RESP_ERR__STATE ? 'refused' : $e->getCode(), "\n";
        }
        exit(0); // frees the inherited cluster: must not wait for the parent's cluster thread
    }
    $deadline = microtime(true) + 20;
    while (($done = pcntl_waitpid($pid, $status, WNOHANG)) === 0 && microtime(true) < $deadline) {
        usleep(20000);
    }
    if ($done === 0) {
        posix_kill($pid, SIGKILL);
        echo "child hung\n";
    }
} else {
    echo "child: createTopic: refused\n";
}
$cluster->createTopic('after-fork', 1, 1);
echo "parent: createTopic worked\n";
?>
--EXPECT--
other process exit code: 0 
kcat exit code: 0
read: from another process
read: from kcat
child: createTopic: refused
parent: createTopic worked
