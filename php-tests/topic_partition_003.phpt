--TEST--
RdKafka\TopicPartition: the partition is stored as int32 (truncated), the offset as int64
--FILE--
<?php
$partitions = [
    0,
    -1,
    2147483647,
    1 << 31,           // wraps to INT32_MIN
    (1 << 32) + 5,     // upper bits dropped
    1 << 40,           // truncates to 0
    -2147483648,
    -2147483649,       // wraps to INT32_MAX
    PHP_INT_MAX,       // low 32 bits are all ones: -1
];
foreach ($partitions as $partition) {
    $tp = new RdKafka\TopicPartition('t', $partition);
    $viaSetter = (new RdKafka\TopicPartition('t', 0))->setPartition($partition)->getPartition();
    printf("%d => %d / %d\n", $partition, $tp->getPartition(), $viaSetter);
}

$offsets = [PHP_INT_MAX, PHP_INT_MIN, 1 << 40, RD_KAFKA_OFFSET_STORED, rd_kafka_offset_tail(10)];
foreach ($offsets as $offset) {
    $tp = new RdKafka\TopicPartition('t', 0, $offset);
    $viaSetter = (new RdKafka\TopicPartition('t', 0))->setOffset($offset)->getOffset();
    printf("%d => %d / %d\n", $offset, $tp->getOffset(), $viaSetter);
}

var_dump(new RdKafka\TopicPartition('t', 1 << 31, PHP_INT_MIN));
?>
--EXPECT--
0 => 0 / 0
-1 => -1 / -1
2147483647 => 2147483647 / 2147483647
2147483648 => -2147483648 / -2147483648
4294967301 => 5 / 5
1099511627776 => 0 / 0
-2147483648 => -2147483648 / -2147483648
-2147483649 => 2147483647 / 2147483647
9223372036854775807 => -1 / -1
9223372036854775807 => 9223372036854775807 / 9223372036854775807
-9223372036854775808 => -9223372036854775808 / -9223372036854775808
1099511627776 => 1099511627776 / 1099511627776
-1000 => -1000 / -1000
-2010 => -2010 / -2010
object(RdKafka\TopicPartition)#1 (4) {
  ["topic"]=>
  string(1) "t"
  ["partition"]=>
  int(-2147483648)
  ["offset"]=>
  int(-9223372036854775808)
  ["err"]=>
  int(0)
}
