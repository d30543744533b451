--TEST--
rdkafka constants: registration order as in php-rdkafka
--FILE--
<?php
require __DIR__ . '/beyond.inc';
// php-rdkafka's constants keep its order; the Admin API's follow them (constants_006)
$names = array_keys(php_rdkafka_constants());
$first = array_slice($names, 0, 12);
echo implode("\n", $first), "\n---\n";

$i = array_search('RD_KAFKA_PURGE_F_NON_BLOCKING', $names, true);
echo $names[$i + 1], "\n", $names[$i + 2], "\n", $names[$i + 3], "\n---\n";

echo implode("\n", array_slice($names, -11)), "\n---\n";

// the error constants form one contiguous block, in librdkafka's table order
$errors = array_keys(array_filter($names, fn($n) => str_starts_with($n, 'RD_KAFKA_RESP_ERR_')));
var_dump($errors === range($errors[0], $errors[0] + count($errors) - 1));
$fromTable = [];
foreach (rd_kafka_get_err_descs() as $desc) {
    if ($desc['name'] !== null) {
        $fromTable[] = 'RD_KAFKA_RESP_ERR_' . $desc['name'];
    }
}
$errorNames = array_values(array_filter($names, fn($n) => str_starts_with($n, 'RD_KAFKA_RESP_ERR_')));
// NO_ERROR sits where librdkafka's table has it: right after UNKNOWN
$withoutNoError = array_values(array_diff($errorNames, ['RD_KAFKA_RESP_ERR_NO_ERROR']));
var_dump($withoutNoError === $fromTable);
$k = array_search('RD_KAFKA_RESP_ERR_NO_ERROR', $errorNames, true);
var_dump($errorNames[$k - 1], $errorNames[$k + 1]);
var_dump($errorNames[0], $errorNames[count($errorNames) - 1] === $fromTable[count($fromTable) - 1]);
?>
--EXPECT--
RD_KAFKA_CONSUMER
RD_KAFKA_OFFSET_BEGINNING
RD_KAFKA_OFFSET_END
RD_KAFKA_OFFSET_STORED
RD_KAFKA_PARTITION_UA
RD_KAFKA_PRODUCER
RD_KAFKA_MSG_F_BLOCK
RD_KAFKA_PURGE_F_QUEUE
RD_KAFKA_PURGE_F_INFLIGHT
RD_KAFKA_PURGE_F_NON_BLOCKING
RD_KAFKA_VERSION
RD_KAFKA_BUILD_VERSION
---
RD_KAFKA_VERSION
RD_KAFKA_BUILD_VERSION
RD_KAFKA_RESP_ERR__BEGIN
---
RD_KAFKA_CONF_UNKNOWN
RD_KAFKA_CONF_INVALID
RD_KAFKA_CONF_OK
RD_KAFKA_MSG_PARTITIONER_RANDOM
RD_KAFKA_MSG_PARTITIONER_CONSISTENT
RD_KAFKA_MSG_PARTITIONER_CONSISTENT_RANDOM
RD_KAFKA_MSG_PARTITIONER_MURMUR2
RD_KAFKA_MSG_PARTITIONER_MURMUR2_RANDOM
RD_KAFKA_LOG_PRINT
RD_KAFKA_LOG_SYSLOG
RD_KAFKA_LOG_SYSLOG_PRINT
---
bool(true)
bool(true)
string(25) "RD_KAFKA_RESP_ERR_UNKNOWN"
string(37) "RD_KAFKA_RESP_ERR_OFFSET_OUT_OF_RANGE"
string(24) "RD_KAFKA_RESP_ERR__BEGIN"
bool(true)
