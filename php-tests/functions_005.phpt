--TEST--
rd_kafka_offset_tail() and rd_kafka_thread_cnt()
--FILE--
<?php
var_dump(rd_kafka_offset_tail(5));
var_dump(rd_kafka_offset_tail(0));
var_dump(rd_kafka_offset_tail(1000));
var_dump(rd_kafka_offset_tail(5) === -2000 - 5);
var_dump(rd_kafka_offset_tail(cnt: 1));
try {
    rd_kafka_offset_tail('five');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}

$threads = rd_kafka_thread_cnt();
var_dump(is_int($threads), $threads >= 0);
try {
    rd_kafka_thread_cnt(1);
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
int(-2005)
int(-2000)
int(-3000)
bool(true)
int(-2001)
rd_kafka_offset_tail(): Argument #1 ($cnt) must be of type int, string given
bool(true)
bool(true)
rd_kafka_thread_cnt() expects exactly 0 arguments, 1 given
