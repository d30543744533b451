--TEST--
rd_kafka_err2str()/rd_kafka_err2name() with integers beyond 32 bits: no crash, "<n>?" text
--FILE--
<?php
foreach ([PHP_INT_MAX, PHP_INT_MIN, 1 << 32, (1 << 32) - 185, -(1 << 32), 2147483648, -2147483649] as $code) {
    var_dump(rd_kafka_err2str($code), rd_kafka_err2name($code));
}
// the 32-bit limits themselves are passed on to librdkafka
var_dump(rd_kafka_err2str(2147483647), rd_kafka_err2name(-2147483648));
?>
--EXPECT--
string(24) "Err-9223372036854775807?"
string(24) "ERR_9223372036854775807?"
string(25) "Err--9223372036854775808?"
string(25) "ERR_-9223372036854775808?"
string(15) "Err-4294967296?"
string(15) "ERR_4294967296?"
string(15) "Err-4294967111?"
string(15) "ERR_4294967111?"
string(16) "Err--4294967296?"
string(16) "ERR_-4294967296?"
string(15) "Err-2147483648?"
string(15) "ERR_2147483648?"
string(16) "Err--2147483649?"
string(16) "ERR_-2147483649?"
string(15) "Err-2147483647?"
string(16) "ERR_-2147483648?"
