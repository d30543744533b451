<?php

namespace RdKafka\Admin;

/**
 * One topic described by {@see Client::describeTopics()}. Made by the extension only.
 */
class TopicDescription
{
    public string $name;

    /** The topic id, base64-encoded as Kafka's tools print it; null if unknown. */
    public ?string $topicId;

    /** An RD_KAFKA_RESP_ERR_* code for this topic (e.g. unknown topic); 0: success. */
    public int $error;

    /** The error message; null on success. */
    public ?string $errorString;

    /** Whether the topic is internal (e.g. `__consumer_offsets`). */
    public bool $isInternal;

    /** @var TopicPartitionInfo[] */
    public array $partitions;

    /**
     * @var int[]|null RD_KAFKA_ACL_OPERATION_* constants the client may perform on the topic;
     *     null unless asked for with {@see Options::setIncludeAuthorizedOperations()}
     */
    public ?array $authorizedOperations;
}
