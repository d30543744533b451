--TEST--
RdKafka\TopicConf::setPartitioner(): the five RD_KAFKA_MSG_PARTITIONER_* values, InvalidArgumentException otherwise
--FILE--
<?php
$partitioners = [
    'RD_KAFKA_MSG_PARTITIONER_RANDOM',
    'RD_KAFKA_MSG_PARTITIONER_CONSISTENT',
    'RD_KAFKA_MSG_PARTITIONER_CONSISTENT_RANDOM',
    'RD_KAFKA_MSG_PARTITIONER_MURMUR2',
    'RD_KAFKA_MSG_PARTITIONER_MURMUR2_RANDOM',
];

$pointers = [];
foreach ($partitioners as $name) {
    $topicConf = new RdKafka\TopicConf();
    $before = $topicConf->dump();
    var_dump($topicConf->setPartitioner(constant($name)));
    $after = $topicConf->dump();
    echo $name, ' = ', constant($name), ', changed: ', implode(', ', array_keys(array_diff_assoc($after, $before))),
        ', partitioner property: ', $after['partitioner'], "\n";
    $pointers[] = $after['partitioner_cb'];
}
echo "distinct partitioner functions: ", count(array_unique($pointers)), "\n";
var_dump(preg_grep('/^0x[0-9a-f]+$/', $pointers) === $pointers);

echo "the same TopicConf can switch partitioners:\n";
$topicConf = new RdKafka\TopicConf();
$topicConf->setPartitioner(RD_KAFKA_MSG_PARTITIONER_RANDOM);
$first = $topicConf->dump()['partitioner_cb'];
$topicConf->setPartitioner(RD_KAFKA_MSG_PARTITIONER_MURMUR2);
$second = $topicConf->dump()['partitioner_cb'];
var_dump($first === $pointers[0], $second === $pointers[3]);

echo "invalid values:\n";
foreach ([0, 1, 7, -1, 100, PHP_INT_MAX, PHP_INT_MIN] as $value) {
    try {
        $topicConf->setPartitioner($value);
        echo "$value accepted\n";
    } catch (InvalidArgumentException $e) {
        printf("%d: %s %d %s\n", $value, get_class($e), $e->getCode(), $e->getMessage());
    }
}
echo "an invalid value keeps the previous partitioner:\n";
var_dump($topicConf->dump()['partitioner_cb'] === $pointers[3]);

try {
    $line = __LINE__ + 1;
    $topicConf->setPartitioner(7);
} catch (InvalidArgumentException $e) {
    var_dump($e instanceof RdKafka\Exception, $e->getFile() === __FILE__, $e->getLine() === $line, $e->getPrevious());
}
?>
--EXPECT--
NULL
RD_KAFKA_MSG_PARTITIONER_RANDOM = 2, changed: partitioner_cb, partitioner property: consistent_random
NULL
RD_KAFKA_MSG_PARTITIONER_CONSISTENT = 3, changed: partitioner_cb, partitioner property: consistent_random
NULL
RD_KAFKA_MSG_PARTITIONER_CONSISTENT_RANDOM = 4, changed: partitioner_cb, partitioner property: consistent_random
NULL
RD_KAFKA_MSG_PARTITIONER_MURMUR2 = 5, changed: partitioner_cb, partitioner property: consistent_random
NULL
RD_KAFKA_MSG_PARTITIONER_MURMUR2_RANDOM = 6, changed: partitioner_cb, partitioner property: consistent_random
distinct partitioner functions: 5
bool(true)
the same TopicConf can switch partitioners:
bool(true)
bool(true)
invalid values:
0: InvalidArgumentException 0 Invalid partitioner given
1: InvalidArgumentException 0 Invalid partitioner given
7: InvalidArgumentException 0 Invalid partitioner given
-1: InvalidArgumentException 0 Invalid partitioner given
100: InvalidArgumentException 0 Invalid partitioner given
9223372036854775807: InvalidArgumentException 0 Invalid partitioner given
-9223372036854775808: InvalidArgumentException 0 Invalid partitioner given
an invalid value keeps the previous partitioner:
bool(true)
bool(false)
bool(true)
bool(true)
NULL
