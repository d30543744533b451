<?php

namespace RdKafka\Admin;

/**
 * A group whose committed offsets {@see Client::listConsumerGroupOffsets()} lists.
 */
class ListConsumerGroupOffsets
{
    /**
     * @param string $group the group id
     * @param \RdKafka\TopicPartition ...$partitions the partitions to list (their offsets are
     *     ignored); none lists every partition the group has committed offsets for
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__INVALID_ARG for a group id with NUL bytes or
     *     a topic name longer than 249 bytes or with NUL bytes
     */
    public function __construct(string $group, \RdKafka\TopicPartition ...$partitions) {}
}
