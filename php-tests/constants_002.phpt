--TEST--
rdkafka constants: one RD_KAFKA_RESP_ERR_* constant per named librdkafka error, with its code
--FILE--
<?php
require __DIR__ . '/beyond.inc';
$module = php_rdkafka_constants();
$errorConstants = array_filter($module, fn($name) => str_starts_with($name, 'RD_KAFKA_RESP_ERR_'), ARRAY_FILTER_USE_KEY);

$named = [];
foreach (rd_kafka_get_err_descs() as $desc) {
    if ($desc['name'] !== null) {
        $named['RD_KAFKA_RESP_ERR_' . $desc['name']] = $desc['code'];
    }
}

// rd_kafka_get_err_descs() keeps only the first code-0 slot of librdkafka's table, which is an
// unnamed gap, so NO_ERROR has a constant but no named entry
var_dump(array_key_exists('RD_KAFKA_RESP_ERR_NO_ERROR', $named));
var_dump(RD_KAFKA_RESP_ERR_NO_ERROR);
$named['RD_KAFKA_RESP_ERR_NO_ERROR'] = 0;

$missing = array_diff_key($named, $errorConstants);
$extra = array_diff_key($errorConstants, $named);
$wrong = [];
foreach ($named as $name => $code) {
    if (array_key_exists($name, $errorConstants) && $errorConstants[$name] !== $code) {
        $wrong[$name] = [$errorConstants[$name], $code];
    }
}
var_dump($missing, $extra, $wrong);
var_dump(count($errorConstants) === count($named));
var_dump(count($errorConstants) === count(rd_kafka_get_err_descs()));
// librdkafka 2.12.1 (bundled): 171 named entries + NO_ERROR
var_dump(count($errorConstants), count($module));

// a sample of well-known codes
foreach (['_BEGIN' => -200, '_BAD_MSG' => -199, '_TRANSPORT' => -195, '_MSG_TIMED_OUT' => -192, '_PARTITION_EOF' => -191,
          '_ALL_BROKERS_DOWN' => -187, '_INVALID_ARG' => -186, '_QUEUE_FULL' => -184, '_STATE' => -172,
          '_NOT_IMPLEMENTED' => -170, '_NO_OFFSET' => -168, '_PURGE_QUEUE' => -152, '_PURGE_INFLIGHT' => -151,
          '_FATAL' => -150, '_NOT_CONFIGURED' => -145, '_FENCED' => -144, '_AUTO_OFFSET_RESET' => -140, '_END' => -100,
          'UNKNOWN' => -1, 'OFFSET_OUT_OF_RANGE' => 1, 'MSG_SIZE_TOO_LARGE' => 10, 'REBALANCE_IN_PROGRESS' => 27,
          'PRINCIPAL_DESERIALIZATION_FAILURE' => 97] as $suffix => $code) {
    $name = 'RD_KAFKA_RESP_ERR_' . $suffix;
    if (!defined($name) || constant($name) !== $code) {
        echo "$name is wrong\n";
    }
}
echo "done\n";
?>
--EXPECT--
bool(false)
int(0)
array(0) {
}
array(0) {
}
array(0) {
}
bool(true)
bool(true)
int(172)
int(195)
done
