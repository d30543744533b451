<?php

namespace RdKafka\Metadata;

/**
 * Topic entry of {@see \RdKafka\Metadata::getTopics()}.
 */
class Topic
{
    private function __construct() {}

    /**
     * @tentative-return-type
     */
    public function getTopic(): string {}

    /**
     * @return int RD_KAFKA_RESP_ERR_* code reported by the broker for this topic.
     * @tentative-return-type
     */
    public function getErr(): int {}

    /**
     * @return Collection<Partition>
     * @tentative-return-type
     */
    public function getPartitions(): Collection {}
}
