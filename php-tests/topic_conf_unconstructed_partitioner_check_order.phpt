--TEST--
RdKafka\TopicConf::setPartitioner() on an unconstructed TopicConf reports the missing constructor before validating the partitioner
--DESCRIPTION--
php-rdkafka 6.0.4 (conf.c) parses the int argument, then calls get_kafka_conf_object()
(which throws "RdKafka\Conf::__construct() has not been called"), and only then checks the
partitioner id. So an invalid id on an unconstructed object gives the base Exception, not
InvalidArgumentException.
--FILE--
<?php
$topicConf = (new ReflectionClass(RdKafka\TopicConf::class))->newInstanceWithoutConstructor();
foreach ([0, 1, 7] as $value) {
    try {
        $topicConf->setPartitioner($value);
        echo "no exception\n";
    } catch (Throwable $e) {
        printf("%d: %s %d %s\n", $value, get_class($e), $e->getCode(), $e->getMessage());
    }
}
$unserialized = unserialize('O:17:"RdKafka\TopicConf":0:{}');
try {
    $unserialized->setPartitioner(42);
} catch (Throwable $e) {
    printf("%s %d %s\n", get_class($e), $e->getCode(), $e->getMessage());
}
?>
--EXPECT--
0: Exception 0 RdKafka\Conf::__construct() has not been called
1: Exception 0 RdKafka\Conf::__construct() has not been called
7: Exception 0 RdKafka\Conf::__construct() has not been called
Exception 0 RdKafka\Conf::__construct() has not been called
