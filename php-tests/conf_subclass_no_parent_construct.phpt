--TEST--
RdKafka\Conf/TopicConf subclass whose constructor skips parent::__construct(): methods throw "__construct() has not been called"
--FILE--
<?php
class LazyConf extends RdKafka\Conf
{
    public function __construct(public string $name = 'lazy') {}

    public function init(): void
    {
        parent::__construct();
    }
}

class LazyTopicConf extends RdKafka\TopicConf
{
    public function __construct() {}
}

function attempt(callable $call): void
{
    try {
        $call();
        echo "no exception\n";
    } catch (Throwable $e) {
        printf("%s %d %s\n", get_class($e), $e->getCode(), $e->getMessage());
    }
}

$conf = new LazyConf();
var_dump($conf->name);
attempt(fn () => $conf->set('client.id', 'x'));
attempt(fn () => $conf->dump());
attempt(fn () => $conf->setErrorCb('strlen'));
attempt(fn () => new RdKafka\Producer($conf));
attempt(fn () => new RdKafka\Consumer($conf));

$topicConf = new LazyTopicConf();
attempt(fn () => $topicConf->set('acks', '1'));
attempt(fn () => $topicConf->dump());
attempt(fn () => $topicConf->setPartitioner(RD_KAFKA_MSG_PARTITIONER_RANDOM));

echo "calling the parent constructor later makes it usable:\n";
$conf->init();
$conf->set('client.id', 'late');
var_dump($conf->dump()['client.id']);
?>
--EXPECT--
string(4) "lazy"
Exception 0 RdKafka\Conf::__construct() has not been called
Exception 0 RdKafka\Conf::__construct() has not been called
Exception 0 RdKafka\Conf::__construct() has not been called
Exception 0 RdKafka\Conf::__construct() has not been called
Exception 0 RdKafka\Conf::__construct() has not been called
Exception 0 RdKafka\Conf::__construct() has not been called
Exception 0 RdKafka\Conf::__construct() has not been called
Exception 0 RdKafka\Conf::__construct() has not been called
calling the parent constructor later makes it usable:
string(4) "late"
