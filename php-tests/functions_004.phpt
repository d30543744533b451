--TEST--
rd_kafka_errno2err() and rd_kafka_errno(): deprecated functions that still work
--FILE--
<?php
var_dump(rd_kafka_errno2err(110));
// Linux errno values: EINVAL, ENOENT, ESRCH, EMSGSIZE, ENOBUFS, and an unmapped one
var_dump(@rd_kafka_errno2err(22), @rd_kafka_errno2err(2), @rd_kafka_errno2err(3), @rd_kafka_errno2err(90), @rd_kafka_errno2err(105), @rd_kafka_errno2err(0));
$errno = rd_kafka_errno();
var_dump(is_int($errno), $errno >= 0);

foreach (['rd_kafka_errno2err', 'rd_kafka_errno'] as $name) {
    var_dump((new ReflectionFunction($name))->isDeprecated());
}

// the deprecation is an ordinary E_DEPRECATED that handlers and the @ operator see
set_error_handler(function (int $errno, string $errstr) {
    echo 'handler: ', $errno === E_DEPRECATED ? 'E_DEPRECATED' : $errno, ' ', $errstr, "\n";
    return true;
});
rd_kafka_errno2err(110);
rd_kafka_errno();
restore_error_handler();
var_dump(@rd_kafka_errno2err(110));
?>
--EXPECTF--
Deprecated: Function rd_kafka_errno2err() is deprecated in %s on line 2
int(-185)
int(-186)
int(-188)
int(-190)
int(10)
int(-184)
int(-196)

Deprecated: Function rd_kafka_errno() is deprecated in %s on line 5
bool(true)
bool(true)
bool(true)
bool(true)
handler: E_DEPRECATED Function rd_kafka_errno2err() is deprecated
handler: E_DEPRECATED Function rd_kafka_errno() is deprecated
int(-185)
