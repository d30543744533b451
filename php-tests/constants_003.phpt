--TEST--
rdkafka constants: well-known error codes and the version constants
--FILE--
<?php
var_dump(RD_KAFKA_RESP_ERR__TIMED_OUT === -185);
var_dump(RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION === -190);
var_dump(RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC, RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART);

// RD_KAFKA_VERSION is the runtime version, RD_KAFKA_BUILD_VERSION the compile-time one; with a
// statically linked librdkafka both are the same
var_dump(is_int(RD_KAFKA_VERSION), RD_KAFKA_VERSION === RD_KAFKA_BUILD_VERSION);
var_dump(RD_KAFKA_VERSION >= 0x020c0100);

// 0xMMmmrrpp: decoding by bit masks gives the runtime version string shown by phpinfo
$runtime = sprintf('%d.%d.%d', (RD_KAFKA_VERSION >> 24) & 0xff, (RD_KAFKA_VERSION >> 16) & 0xff, (RD_KAFKA_VERSION >> 8) & 0xff);
ob_start();
(new ReflectionExtension('rdkafka'))->info();
$info = ob_get_clean();
var_dump(str_contains($info, "librdkafka version (runtime) => $runtime\n"));
$build = sprintf('%d.%d.%d.%d', (RD_KAFKA_BUILD_VERSION >> 24) & 0xff, (RD_KAFKA_BUILD_VERSION >> 16) & 0xff, (RD_KAFKA_BUILD_VERSION >> 8) & 0xff, RD_KAFKA_BUILD_VERSION & 0xff);
var_dump(str_contains($info, "librdkafka version (build) => $build\n"));
?>
--EXPECT--
bool(true)
bool(true)
int(-188)
int(3)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
