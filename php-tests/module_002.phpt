--TEST--
rdkafka module: classes are registered in php-rdkafka's order, then the classes beyond php-rdkafka's API
--FILE--
<?php
require __DIR__ . '/beyond.inc';
$order = [
    'RdKafka',
    'RdKafka\Consumer',
    'RdKafka\Producer',
    'RdKafka\Exception',
    'RdKafka\Conf',
    'RdKafka\TopicConf',
    'RdKafka\KafkaErrorException',
    'RdKafka\KafkaConsumer',
    'RdKafka\Message',
    'RdKafka\Metadata',
    'RdKafka\Metadata\Topic',
    'RdKafka\Metadata\Broker',
    'RdKafka\Metadata\Partition',
    'RdKafka\Metadata\Collection',
    'RdKafka\TopicPartition',
    'RdKafka\Queue',
    'RdKafka\Topic',
    'RdKafka\ConsumerTopic',
    'RdKafka\KafkaConsumerTopic',
    'RdKafka\ProducerTopic',
];
// ours, beyond php-rdkafka's API, come after all of php-rdkafka's
$order = [...$order, ...BEYOND_CLASSES];
$registered = (new ReflectionExtension('rdkafka'))->getClassNames();

// nothing outside these lists
var_dump(array_values(array_diff($registered, $order)));
// the classes that exist come in php-rdkafka's order
$expected = array_values(array_intersect($order, $registered));
var_dump($registered === $expected);
// get_declared_classes() agrees
$declared = array_values(array_intersect(get_declared_classes(), $order));
var_dump($declared === $registered);

// these are always there
foreach (['RdKafka', 'RdKafka\Consumer', 'RdKafka\Producer', 'RdKafka\Exception', 'RdKafka\Conf', 'RdKafka\TopicConf',
          'RdKafka\KafkaErrorException', 'RdKafka\Message', 'RdKafka\TopicPartition'] as $class) {
    if (!in_array($class, $registered, true)) {
        echo "missing $class\n";
    }
}
// no interfaces or traits of its own
$extension = new ReflectionExtension('rdkafka');
var_dump(array_filter($registered, fn($c) => (new ReflectionClass($c))->isInterface() || (new ReflectionClass($c))->isTrait()));
// class names are case-insensitive, as usual
var_dump(class_exists('Rdkafka\Consumer'), class_exists('RDKAFKA\TOPICPARTITION'));
echo "done\n";
?>
--EXPECT--
array(0) {
}
bool(true)
bool(true)
array(0) {
}
bool(true)
bool(true)
done
