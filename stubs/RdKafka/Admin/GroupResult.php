<?php

namespace RdKafka\Admin;

/**
 * The outcome for one group of {@see Client::deleteGroups()},
 * {@see Client::deleteConsumerGroupOffsets()}, {@see Client::listConsumerGroupOffsets()} or
 * {@see Client::alterConsumerGroupOffsets()}. Made by the extension only.
 */
class GroupResult
{
    /** An RD_KAFKA_RESP_ERR_* code for the group as a whole; 0: success. */
    public int $error;

    /** The error message; null on success. */
    public ?string $errorString;

    /** The group id. */
    public ?string $name;

    /**
     * @var \RdKafka\TopicPartition[] the group's partitions, each with its offset and its own
     *     error code (getErr()); empty for deleteGroups
     */
    public array $partitions;
}
