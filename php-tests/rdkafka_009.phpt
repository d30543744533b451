--TEST--
rd_kafka_thread_cnt() rises while a client exists and falls back once it is destroyed
--FILE--
<?php
function conf(): RdKafka\Conf
{
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS') ?: '127.0.0.1:1');
    $conf->set('log_level', '0');
    return $conf;
}

function wait_for_threads(callable $condition): bool
{
    for ($i = 0; $i < 200; $i++) {
        if ($condition(rd_kafka_thread_cnt())) {
            return true;
        }
        usleep(10000);
    }
    return false;
}

$baseline = rd_kafka_thread_cnt();
var_dump($baseline);

foreach ([RdKafka\Producer::class, RdKafka\Consumer::class] as $class) {
    $client = new $class(conf());
    var_dump(wait_for_threads(fn($n) => $n > $baseline));
    $client = null;
    // destruction joins librdkafka's threads
    var_dump(rd_kafka_thread_cnt() === $baseline);
}

// two clients at once need more threads than one
$a = new RdKafka\Producer(conf());
var_dump(wait_for_threads(fn($n) => $n > $baseline));
$one = rd_kafka_thread_cnt();
$b = new RdKafka\Consumer(conf());
var_dump(wait_for_threads(fn($n) => $n > $one));
unset($a);
var_dump(rd_kafka_thread_cnt() > $baseline);
unset($b);
var_dump(rd_kafka_thread_cnt() === $baseline);

// leaving a scope destroys the client too
function scoped(): void
{
    $producer = new RdKafka\Producer(conf());
    usleep(10000);
}
scoped();
var_dump(rd_kafka_thread_cnt() === $baseline);
?>
--EXPECT--
int(0)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
