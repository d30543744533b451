--TEST--
RdKafka\Producer and RdKafka\Consumer: construction without a Conf, with null and with a Conf
--DESCRIPTION--
Without bootstrap.servers librdkafka prints a CONFWARN line on stderr, as it does under
php-rdkafka; those constructions run in a child process so that stderr can be checked.
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is not available');
if (!getenv('TEST_PHP_EXECUTABLE')) die('skip TEST_PHP_EXECUTABLE not set');
?>
--FILE--
<?php
$child = <<<'PHP'
$producer = new RdKafka\Producer();
$consumer = new RdKafka\Consumer();
echo get_class($producer), ' ', get_class($consumer), "\n";
var_dump($producer instanceof RdKafka, $consumer instanceof RdKafka);
$producer = new RdKafka\Producer(null);
$consumer = new RdKafka\Consumer(conf: null);
echo get_class($producer), ' ', get_class($consumer), "\n";
unset($producer, $consumer);
echo "child done\n";
PHP;
$command = getenv('TEST_PHP_EXECUTABLE') . ' ' . getenv('TEST_PHP_EXTRA_ARGS') . ' -r ' . escapeshellarg($child);
$process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$stdout = stream_get_contents($pipes[1]);
$stderr = stream_get_contents($pipes[2]);
fclose($pipes[1]);
fclose($pipes[2]);
var_dump(proc_close($process));
echo $stdout;
$lines = array_values(array_filter(explode("\n", $stderr), 'strlen'));
var_dump(count($lines));
foreach ($lines as $line) {
    echo preg_replace('/^%5\|\d+\.\d+\|CONFWARN\|rdkafka#(producer|consumer)-\d+\| \[thrd:app\]: /', '[$1] ', $line), "\n";
}

// with a Conf: nothing on stderr
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS') ?: '127.0.0.1:1');
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf);
$consumer = new RdKafka\Consumer($conf);
var_dump(get_class($producer), get_class($consumer));
unset($producer, $consumer);
echo "done\n";
?>
--EXPECT--
int(0)
RdKafka\Producer RdKafka\Consumer
bool(true)
bool(true)
RdKafka\Producer RdKafka\Consumer
child done
int(4)
[producer] No `bootstrap.servers` configured: client will not be able to connect to Kafka cluster
[consumer] No `bootstrap.servers` configured: client will not be able to connect to Kafka cluster
[producer] No `bootstrap.servers` configured: client will not be able to connect to Kafka cluster
[consumer] No `bootstrap.servers` configured: client will not be able to connect to Kafka cluster
string(16) "RdKafka\Producer"
string(16) "RdKafka\Consumer"
done
