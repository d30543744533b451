--TEST--
rdkafka constants: the 21 fixed (non-error, non-version) constants have php-rdkafka's values
--FILE--
<?php
require __DIR__ . '/beyond.inc';
$expected = [
    'RD_KAFKA_CONSUMER' => 1,
    'RD_KAFKA_OFFSET_BEGINNING' => -2,
    'RD_KAFKA_OFFSET_END' => -1,
    'RD_KAFKA_OFFSET_STORED' => -1000,
    'RD_KAFKA_PARTITION_UA' => -1,
    'RD_KAFKA_PRODUCER' => 0,
    'RD_KAFKA_MSG_F_BLOCK' => 4,
    'RD_KAFKA_PURGE_F_QUEUE' => 1,
    'RD_KAFKA_PURGE_F_INFLIGHT' => 2,
    'RD_KAFKA_PURGE_F_NON_BLOCKING' => 4,
    'RD_KAFKA_CONF_UNKNOWN' => -2,
    'RD_KAFKA_CONF_INVALID' => -1,
    'RD_KAFKA_CONF_OK' => 0,
    'RD_KAFKA_MSG_PARTITIONER_RANDOM' => 2,
    'RD_KAFKA_MSG_PARTITIONER_CONSISTENT' => 3,
    'RD_KAFKA_MSG_PARTITIONER_CONSISTENT_RANDOM' => 4,
    'RD_KAFKA_MSG_PARTITIONER_MURMUR2' => 5,
    'RD_KAFKA_MSG_PARTITIONER_MURMUR2_RANDOM' => 6,
    'RD_KAFKA_LOG_PRINT' => 100,
    'RD_KAFKA_LOG_SYSLOG' => 101,
    'RD_KAFKA_LOG_SYSLOG_PRINT' => 102,
];
$module = php_rdkafka_constants();
foreach ($expected as $name => $value) {
    $ok = defined($name) && constant($name) === $value && array_key_exists($name, $module);
    echo $name, ' = ', defined($name) ? var_export(constant($name), true) : 'undefined', $ok ? '' : '  <-- expected ' . $value, "\n";
}

// 23 constants are not error codes: the 21 above and the two version constants
$others = array_filter(array_keys($module), fn($n) => !str_starts_with($n, 'RD_KAFKA_RESP_ERR_'));
sort($others);
$wanted = array_merge(array_keys($expected), ['RD_KAFKA_VERSION', 'RD_KAFKA_BUILD_VERSION']);
sort($wanted);
var_dump(count($others), $others === $wanted);

// names php-rdkafka does not define
foreach (['RD_KAFKA_OFFSET_INVALID', 'RD_KAFKA_OFFSET_TAIL_BASE', 'RD_KAFKA_MSG_F_COPY', 'RD_KAFKA_MSG_F_FREE', 'RD_KAFKA_MSG_F_PARTITION'] as $name) {
    var_dump(defined($name));
}

// every constant is an int
var_dump(count(array_filter($module, 'is_int')) === count($module));
?>
--EXPECT--
RD_KAFKA_CONSUMER = 1
RD_KAFKA_OFFSET_BEGINNING = -2
RD_KAFKA_OFFSET_END = -1
RD_KAFKA_OFFSET_STORED = -1000
RD_KAFKA_PARTITION_UA = -1
RD_KAFKA_PRODUCER = 0
RD_KAFKA_MSG_F_BLOCK = 4
RD_KAFKA_PURGE_F_QUEUE = 1
RD_KAFKA_PURGE_F_INFLIGHT = 2
RD_KAFKA_PURGE_F_NON_BLOCKING = 4
RD_KAFKA_CONF_UNKNOWN = -2
RD_KAFKA_CONF_INVALID = -1
RD_KAFKA_CONF_OK = 0
RD_KAFKA_MSG_PARTITIONER_RANDOM = 2
RD_KAFKA_MSG_PARTITIONER_CONSISTENT = 3
RD_KAFKA_MSG_PARTITIONER_CONSISTENT_RANDOM = 4
RD_KAFKA_MSG_PARTITIONER_MURMUR2 = 5
RD_KAFKA_MSG_PARTITIONER_MURMUR2_RANDOM = 6
RD_KAFKA_LOG_PRINT = 100
RD_KAFKA_LOG_SYSLOG = 101
RD_KAFKA_LOG_SYSLOG_PRINT = 102
int(23)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
