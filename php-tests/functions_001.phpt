--TEST--
rd_kafka_err2str(): librdkafka's error descriptions, "Err-<n>?" for unknown codes
--FILE--
<?php
$codes = [
    RD_KAFKA_RESP_ERR_NO_ERROR,
    RD_KAFKA_RESP_ERR__BEGIN,
    RD_KAFKA_RESP_ERR__BAD_MSG,
    RD_KAFKA_RESP_ERR__TRANSPORT,
    RD_KAFKA_RESP_ERR__MSG_TIMED_OUT,
    RD_KAFKA_RESP_ERR__PARTITION_EOF,
    RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION,
    RD_KAFKA_RESP_ERR__TIMED_OUT,
    RD_KAFKA_RESP_ERR__STATE,
    RD_KAFKA_RESP_ERR__NOT_CONFIGURED,
    RD_KAFKA_RESP_ERR__END,
    RD_KAFKA_RESP_ERR_UNKNOWN,
    RD_KAFKA_RESP_ERR_OFFSET_OUT_OF_RANGE,
    RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE,
    RD_KAFKA_RESP_ERR_INVALID_TRANSACTION_TIMEOUT,
    99999,
    -99999,
    -136,
];
foreach ($codes as $code) {
    printf("%d: %s\n", $code, var_export(rd_kafka_err2str($code), true));
}

// agrees with the desc column of rd_kafka_get_err_descs() for every described entry
$mismatch = 0;
foreach (rd_kafka_get_err_descs() as $desc) {
    if ($desc['desc'] !== null && rd_kafka_err2str($desc['code']) !== $desc['desc']) {
        $mismatch++;
    }
}
var_dump($mismatch);

// weak-mode coercion and TypeError
var_dump(rd_kafka_err2str('-185'));
try {
    rd_kafka_err2str('x');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    rd_kafka_err2str();
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(rd_kafka_err2str(err: 1));
?>
--EXPECT--
0: 'Success'
-200: 'Err--200?'
-199: 'Local: Bad message format'
-195: 'Local: Broker transport failure'
-192: 'Local: Message timed out'
-191: 'Broker: No more messages'
-190: 'Local: Unknown partition'
-185: 'Local: Timed out'
-172: 'Local: Erroneous state'
-145: 'Local: Functionality not configured'
-100: 'Err--100?'
-1: 'Unknown broker error'
1: 'Broker: Offset out of range'
10: 'Broker: Message size too large'
50: 'Broker: Transaction timeout is larger than the maximum value allowed by the broker\'s max.transaction.timeout.ms'
99999: 'Err-99999?'
-99999: 'Err--99999?'
-136: 'Err--136?'
int(0)
string(16) "Local: Timed out"
rd_kafka_err2str(): Argument #1 ($err) must be of type int, string given
rd_kafka_err2str() expects exactly 1 argument, 0 given
string(27) "Broker: Offset out of range"
