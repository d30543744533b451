--TEST--
RdKafka\Conf and RdKafka\TopicConf subclasses: own properties and constructor, set/dump, callbacks, used by a Producer
--FILE--
<?php
class MyConf extends RdKafka\Conf
{
    public array $extra = [];
    protected string $label = 'mine';
    private ?int $secret = null;

    public function __construct()
    {
        parent::__construct();
        $this->extra[] = 1;
    }

    public function getSecret(): ?int { return $this->secret; }
    public function withSecret(int $secret): static { $this->secret = $secret; return $this; }
}

class MyTopicConf extends RdKafka\TopicConf
{
    public function __construct(public string $name = 'default')
    {
        parent::__construct();
        $this->set('acks', '1');
    }
}

$conf = new MyConf();
$conf->extra[] = 2;
$conf->withSecret(42);
var_dump($conf instanceof RdKafka\Conf, $conf->extra, $conf->getSecret());

$conf->set('client.id', 'subclass');
$conf->set('bootstrap.servers', '127.0.0.1:1');
$conf->set('log_level', '0');
$conf->setErrorCb(function () {});
$dump = $conf->dump();
var_dump($dump['client.id'], $dump['metadata.broker.list'], array_key_exists('error_cb', $dump));

echo "setDefaultTopicConf() with a TopicConf subclass:\n";
$topicConf = new MyTopicConf('orders');
var_dump($topicConf->name, $topicConf->dump()['request.required.acks']);
@$conf->setDefaultTopicConf($topicConf);
var_dump(array_key_exists('default_topic_conf', $conf->dump()));

echo "a Producer and a Consumer built from the subclass:\n";
$producer = new RdKafka\Producer($conf);
$consumer = new RdKafka\Consumer($conf);
var_dump(get_class($producer), get_class($consumer));

echo "errors keep their classes:\n";
try {
    $conf->set('nope', 'x');
} catch (RdKafka\Exception $e) {
    echo get_class($e), ' ', $e->getCode(), ' ', $e->getMessage(), "\n";
}
try {
    $topicConf->setPartitioner(0);
} catch (InvalidArgumentException $e) {
    echo get_class($e), ' ', $e->getMessage(), "\n";
}

echo "methods of the subclass are the inherited ones:\n";
var_dump((new ReflectionMethod($conf, 'set'))->getDeclaringClass()->getName());
var_dump((new ReflectionMethod($topicConf, 'setPartitioner'))->getDeclaringClass()->getName());
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
int(42)
string(8) "subclass"
string(11) "127.0.0.1:1"
bool(true)
setDefaultTopicConf() with a TopicConf subclass:
string(6) "orders"
string(1) "1"
bool(true)
a Producer and a Consumer built from the subclass:
string(16) "RdKafka\Producer"
string(16) "RdKafka\Consumer"
errors keep their classes:
RdKafka\Exception -2 No such configuration property: "nope"
InvalidArgumentException Invalid partitioner given
methods of the subclass are the inherited ones:
string(12) "RdKafka\Conf"
string(17) "RdKafka\TopicConf"
