<?php

namespace RdKafka\Admin;

/**
 * One group described by {@see Client::describeConsumerGroups()}. Made by the extension only.
 */
class ConsumerGroupDescription
{
    public string $groupId;

    /** An RD_KAFKA_RESP_ERR_* code for this group; 0: success. */
    public int $error;

    /** The error message; null on success. */
    public ?string $errorString;

    /** Whether the group is a simple one (no group protocol, only committed offsets). */
    public bool $isSimpleConsumerGroup;

    /** The partition assignor in use (e.g. "range"); empty if none. */
    public string $partitionAssignor;

    /** An RD_KAFKA_CONSUMER_GROUP_STATE_* constant. */
    public int $state;

    /** An RD_KAFKA_CONSUMER_GROUP_TYPE_* constant. */
    public int $type;

    /** The group's coordinator; null if unknown. */
    public ?Node $coordinator;

    /** @var MemberDescription[] */
    public array $members;

    /**
     * @var int[]|null RD_KAFKA_ACL_OPERATION_* constants the client may perform on the group;
     *     null unless asked for with {@see Options::setIncludeAuthorizedOperations()}
     */
    public ?array $authorizedOperations;
}
