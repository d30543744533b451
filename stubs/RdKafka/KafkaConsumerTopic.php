<?php

namespace RdKafka;

/**
 * Topic handle of a {@see KafkaConsumer}.
 */
class KafkaConsumerTopic extends Topic
{
    private function __construct() {}

    /**
     * Stores the offset to be committed by the next (auto) commit.
     *
     * @throws Exception
     * @tentative-return-type
     */
    public function offsetStore(int $partition, int $offset): void {}
}
