<?php

namespace RdKafka\Admin;

/**
 * One partition of a {@see TopicDescription}. Made by the extension only.
 */
class TopicPartitionInfo
{
    /** The partition id. */
    public int $partition;

    /** The partition's leader; null if it has none. */
    public ?Node $leader;

    /** @var Node[] the in-sync replicas */
    public array $isr;

    /** @var Node[] all replicas */
    public array $replicas;
}
