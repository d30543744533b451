<?php

namespace RdKafka;

/**
 * A topic/partition/offset triple, used in partition lists.
 */
class TopicPartition
{
    public function __construct(string $topic, int $partition, int $offset = 0) {}

    /**
     * @tentative-return-type
     */
    public function getTopic(): ?string {}

    /**
     * @return TopicPartition $this
     * @tentative-return-type
     */
    public function setTopic(string $topic_name): TopicPartition {}

    /**
     * @tentative-return-type
     */
    public function getPartition(): int {}

    /**
     * @return TopicPartition $this
     * @tentative-return-type
     */
    public function setPartition(int $partition): TopicPartition {}

    /**
     * @tentative-return-type
     */
    public function getOffset(): int {}

    /**
     * @return TopicPartition $this
     * @tentative-return-type
     */
    public function setOffset(int $offset): TopicPartition {}

    /**
     * @return int|null Per-partition error code, set on lists returned by the extension.
     * @tentative-return-type
     */
    public function getErr(): ?int {}
}
