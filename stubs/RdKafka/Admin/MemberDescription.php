<?php

namespace RdKafka\Admin;

/**
 * One member of a {@see ConsumerGroupDescription}. Made by the extension only.
 */
class MemberDescription
{
    /** The member's `client.id`. */
    public string $clientId;

    /** The member's `group.instance.id` (static membership); null if it has none. */
    public ?string $groupInstanceId;

    /** The member id the coordinator gave it. */
    public string $consumerId;

    /** The member's host, as the coordinator sees it. */
    public string $host;

    /** @var \RdKafka\TopicPartition[] the partitions assigned to the member */
    public array $assignment;
}
