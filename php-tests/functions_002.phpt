--TEST--
rd_kafka_err2name(): librdkafka's symbolic names, "ERR_<n>?" for unknown codes
--FILE--
<?php
$codes = [
    RD_KAFKA_RESP_ERR_NO_ERROR,
    RD_KAFKA_RESP_ERR__BEGIN,
    RD_KAFKA_RESP_ERR__TIMED_OUT,
    RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION,
    RD_KAFKA_RESP_ERR__PURGE_QUEUE,
    RD_KAFKA_RESP_ERR__END,
    RD_KAFKA_RESP_ERR_UNKNOWN,
    RD_KAFKA_RESP_ERR_OFFSET_OUT_OF_RANGE,
    RD_KAFKA_RESP_ERR_PRINCIPAL_DESERIALIZATION_FAILURE,
    99999,
    -99999,
    -136,
];
foreach ($codes as $code) {
    printf("%d: %s\n", $code, var_export(rd_kafka_err2name($code), true));
}

// librdkafka names every described entry of its error table (the _BEGIN/_END markers have no
// description and get the "ERR_<n>?" form above); the constant is built from that name
$mismatch = 0;
foreach (rd_kafka_get_err_descs() as $desc) {
    if ($desc['desc'] === null) {
        continue;
    }
    if (rd_kafka_err2name($desc['code']) !== $desc['name']
        || constant('RD_KAFKA_RESP_ERR_' . rd_kafka_err2name($desc['code'])) !== $desc['code']) {
        $mismatch++;
    }
}
var_dump($mismatch);

try {
    rd_kafka_err2name([]);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(rd_kafka_err2name(err: -185));
?>
--EXPECT--
0: 'NO_ERROR'
-200: 'ERR_-200?'
-185: '_TIMED_OUT'
-190: '_UNKNOWN_PARTITION'
-152: '_PURGE_QUEUE'
-100: 'ERR_-100?'
-1: 'UNKNOWN'
1: 'OFFSET_OUT_OF_RANGE'
97: 'PRINCIPAL_DESERIALIZATION_FAILURE'
99999: 'ERR_99999?'
-99999: 'ERR_-99999?'
-136: 'ERR_-136?'
int(0)
rd_kafka_err2name(): Argument #1 ($err) must be of type int, array given
string(10) "_TIMED_OUT"
