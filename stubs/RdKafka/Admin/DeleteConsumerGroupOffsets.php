<?php

namespace RdKafka\Admin;

/**
 * Committed offsets of a group to delete with {@see Client::deleteConsumerGroupOffsets()}.
 */
class DeleteConsumerGroupOffsets
{
    /**
     * @param string $group the group id
     * @param \RdKafka\TopicPartition ...$partitions the partitions whose offsets are deleted
     *     (their offsets are ignored)
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__INVALID_ARG for a group id with NUL bytes or
     *     a topic name longer than 249 bytes or with NUL bytes
     */
    public function __construct(string $group, \RdKafka\TopicPartition ...$partitions) {}
}
