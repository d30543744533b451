--TEST--
rdkafka constants are case-sensitive and cannot be redefined
--FILE--
<?php
foreach (['RD_KAFKA_CONSUMER', 'rd_kafka_consumer', 'Rd_Kafka_Consumer', 'RD_KAFKA_RESP_ERR__TIMED_OUT', 'rd_kafka_resp_err__timed_out', 'RD_KAFKA_LOG_print'] as $name) {
    echo $name, ': ', var_export(defined($name), true), "\n";
}

try {
    var_dump(rd_kafka_partition_ua);
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    var_dump(constant('rd_kafka_version'));
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// PHP 8.5 adds ", this will be an error in PHP 9" to the redefinition warning.
set_error_handler(function (int $errno, string $message) {
    $expected = 'Constant RD_KAFKA_CONSUMER already defined'
        . (PHP_VERSION_ID >= 80500 ? ', this will be an error in PHP 9' : '');
    echo $errno === E_WARNING ? 'Warning: ' : "error $errno: ", $message === $expected ? 'already defined' : $message, "\n";
    return true;
});
var_dump(define('RD_KAFKA_CONSUMER', 5));
restore_error_handler();
var_dump(RD_KAFKA_CONSUMER);
?>
--EXPECTF--
RD_KAFKA_CONSUMER: true
rd_kafka_consumer: false
Rd_Kafka_Consumer: false
RD_KAFKA_RESP_ERR__TIMED_OUT: true
rd_kafka_resp_err__timed_out: false
RD_KAFKA_LOG_print: false
Error: Undefined constant "rd_kafka_partition_ua"
Error: Undefined constant "rd_kafka_version"
Warning: already defined
bool(false)
int(1)
