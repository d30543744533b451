<?php

namespace RdKafka\Admin;

/**
 * One group found by {@see Client::listConsumerGroups()}. Made by the extension only.
 */
class ConsumerGroupListing
{
    public string $groupId;

    /** Whether the group is a simple one (no group protocol, only committed offsets). */
    public bool $isSimpleConsumerGroup;

    /** An RD_KAFKA_CONSUMER_GROUP_STATE_* constant. */
    public int $state;

    /** An RD_KAFKA_CONSUMER_GROUP_TYPE_* constant. */
    public int $type;
}
