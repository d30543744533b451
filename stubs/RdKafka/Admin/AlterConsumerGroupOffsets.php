<?php

namespace RdKafka\Admin;

/**
 * Offsets to commit for a group with {@see Client::alterConsumerGroupOffsets()}.
 */
class AlterConsumerGroupOffsets
{
    /**
     * @param string $group the group id
     * @param \RdKafka\TopicPartition ...$partitions the partitions with the offsets to commit
     *     (each at least 0). alterConsumerGroupOffsets() fails with
     *     RD_KAFKA_RESP_ERR__INVALID_ARG if there are none or a partition is repeated.
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__INVALID_ARG for a group id with NUL bytes or
     *     a topic name longer than 249 bytes or with NUL bytes
     */
    public function __construct(string $group, \RdKafka\TopicPartition ...$partitions) {}
}
