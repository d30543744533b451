--TEST--
RdKafka\Producer/Consumer constructors: TypeError for anything but ?RdKafka\Conf
--FILE--
<?php
class MyConf extends RdKafka\Conf
{
}

$arguments = [new RdKafka\TopicConf(), 'bootstrap.servers=x', 42, [], new stdClass()];
foreach ([RdKafka\Producer::class, RdKafka\Consumer::class] as $class) {
    foreach ($arguments as $argument) {
        try {
            new $class($argument);
            echo "no error\n";
        } catch (TypeError $e) {
            echo get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
    try {
        new $class(null, 'extra');
        echo "no error\n";
    } catch (ArgumentCountError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

// a Conf subclass is a Conf
$conf = new MyConf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS') ?: '127.0.0.1:1');
$conf->set('log_level', '0');
var_dump(get_class(new RdKafka\Producer($conf)));
?>
--EXPECT--
TypeError: RdKafka\Producer::__construct(): Argument #1 ($conf) must be of type ?RdKafka\Conf, RdKafka\TopicConf given
TypeError: RdKafka\Producer::__construct(): Argument #1 ($conf) must be of type ?RdKafka\Conf, string given
TypeError: RdKafka\Producer::__construct(): Argument #1 ($conf) must be of type ?RdKafka\Conf, int given
TypeError: RdKafka\Producer::__construct(): Argument #1 ($conf) must be of type ?RdKafka\Conf, array given
TypeError: RdKafka\Producer::__construct(): Argument #1 ($conf) must be of type ?RdKafka\Conf, stdClass given
ArgumentCountError: RdKafka\Producer::__construct() expects at most 1 argument, 2 given
TypeError: RdKafka\Consumer::__construct(): Argument #1 ($conf) must be of type ?RdKafka\Conf, RdKafka\TopicConf given
TypeError: RdKafka\Consumer::__construct(): Argument #1 ($conf) must be of type ?RdKafka\Conf, string given
TypeError: RdKafka\Consumer::__construct(): Argument #1 ($conf) must be of type ?RdKafka\Conf, int given
TypeError: RdKafka\Consumer::__construct(): Argument #1 ($conf) must be of type ?RdKafka\Conf, array given
TypeError: RdKafka\Consumer::__construct(): Argument #1 ($conf) must be of type ?RdKafka\Conf, stdClass given
ArgumentCountError: RdKafka\Consumer::__construct() expects at most 1 argument, 2 given
string(16) "RdKafka\Producer"
