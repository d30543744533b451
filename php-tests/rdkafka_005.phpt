--TEST--
RdKafka\Producer/Consumer: calling __construct() a second time throws instead of leaking a client
--DESCRIPTION--
php-rdkafka 6.0.4 silently built a second client and leaked the first one; this extension throws
RdKafka\Exception(-172) like php-rdkafka 7 (documented difference).
--FILE--
<?php
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS') ?: '127.0.0.1:1');
$conf->set('log_level', '0');

function wait_for_threads(int $expected): int
{
    for ($i = 0; $i < 100 && rd_kafka_thread_cnt() !== $expected; $i++) {
        usleep(20000);
    }
    return rd_kafka_thread_cnt();
}

$baseline = rd_kafka_thread_cnt();
foreach ([RdKafka\Producer::class, RdKafka\Consumer::class] as $class) {
    $client = new $class($conf);
    foreach ([[$conf], [], [null]] as $args) {
        try {
            $client->__construct(...$args);
            echo "no exception\n";
        } catch (RdKafka\Exception $e) {
            printf("%s(%d): %s\n", get_class($e), $e->getCode(), $e->getMessage());
        }
    }
    var_dump($e->getCode() === RD_KAFKA_RESP_ERR__STATE);
    // no client was leaked: destroying the object stops every librdkafka thread
    unset($client);
    var_dump(wait_for_threads($baseline) === $baseline);
}

class Twice extends RdKafka\Producer
{
    public function __construct(RdKafka\Conf $conf)
    {
        parent::__construct($conf);
        parent::__construct($conf);
    }
}
try {
    new Twice($conf);
} catch (RdKafka\Exception $e) {
    printf("%s(%d): %s\n", get_class($e), $e->getCode(), $e->getMessage());
}
var_dump(wait_for_threads($baseline) === $baseline);
echo "done\n";
?>
--EXPECT--
RdKafka\Exception(-172): RdKafka\Kafka::__construct() has already been called
RdKafka\Exception(-172): RdKafka\Kafka::__construct() has already been called
RdKafka\Exception(-172): RdKafka\Kafka::__construct() has already been called
bool(true)
bool(true)
RdKafka\Exception(-172): RdKafka\Kafka::__construct() has already been called
RdKafka\Exception(-172): RdKafka\Kafka::__construct() has already been called
RdKafka\Exception(-172): RdKafka\Kafka::__construct() has already been called
bool(true)
bool(true)
RdKafka\Exception(-172): RdKafka\Kafka::__construct() has already been called
bool(true)
done
