--TEST--
RdKafka\Producer/Consumer user subclasses, and instances made without the constructor
--FILE--
<?php
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS') ?: '127.0.0.1:1');
$conf->set('log_level', '0');

class MyProducer extends RdKafka\Producer
{
    public $x = 1;
}

class MyConsumer extends RdKafka\Consumer
{
    public function __construct(RdKafka\Conf $conf, public string $label = 'consumer')
    {
        parent::__construct($conf);
    }
}

// mock-style instances (PHPUnit creates them without the constructor) start no client and are
// safe to destroy
$threads = rd_kafka_thread_cnt();
$mocks = [
    (new ReflectionClass(MyProducer::class))->newInstanceWithoutConstructor(),
    (new ReflectionClass(RdKafka\Producer::class))->newInstanceWithoutConstructor(),
    (new ReflectionClass(RdKafka\Consumer::class))->newInstanceWithoutConstructor(),
    (new ReflectionClass(MyConsumer::class))->newInstanceWithoutConstructor(),
    unserialize('O:16:"RdKafka\Producer":0:{}'),
    unserialize('O:16:"RdKafka\Consumer":0:{}'),
    unserialize('O:10:"MyProducer":1:{s:1:"x";i:5;}'),
];
foreach ($mocks as $mock) {
    echo get_class($mock), "\n";
}
var_dump($mocks[0]);
var_dump($mocks[6]->x);
var_dump(rd_kafka_thread_cnt() === $threads);
unset($mocks, $mock);
gc_collect_cycles();

$producer = new MyProducer($conf);
var_dump($producer);
var_dump($producer instanceof RdKafka\Producer, $producer instanceof RdKafka);
$producer->x++;
var_dump($producer->x, get_object_vars($producer));

$consumer = new MyConsumer($conf, 'mine');
var_dump($consumer->label, get_parent_class($consumer));
var_dump(rd_kafka_thread_cnt() > $threads);

// an unconstructed instance can be constructed later
$late = (new ReflectionClass(MyProducer::class))->newInstanceWithoutConstructor();
$late->__construct($conf);
var_dump($late->x);

unset($producer, $consumer, $late);
var_dump(rd_kafka_thread_cnt() === $threads);
echo "done\n";
?>
--EXPECTF--
MyProducer
RdKafka\Producer
RdKafka\Consumer
MyConsumer
RdKafka\Producer
RdKafka\Consumer
MyProducer
object(MyProducer)#%d (1) {
  ["error_cb":"RdKafka":private]=>
  uninitialized(?callable)
  ["dr_cb":"RdKafka":private]=>
  uninitialized(?callable)
  ["x"]=>
  int(1)
}
int(5)
bool(true)
object(MyProducer)#%d (1) {
  ["error_cb":"RdKafka":private]=>
  uninitialized(?callable)
  ["dr_cb":"RdKafka":private]=>
  uninitialized(?callable)
  ["x"]=>
  int(1)
}
bool(true)
bool(true)
int(2)
array(1) {
  ["x"]=>
  int(2)
}
string(4) "mine"
string(16) "RdKafka\Consumer"
bool(true)
int(1)
bool(true)
done
