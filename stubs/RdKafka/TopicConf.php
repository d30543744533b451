<?php

namespace RdKafka;

/**
 * Topic-level configuration, passed to newTopic(). It is copied on use.
 */
class TopicConf
{
    public function __construct() {}

    /**
     * @return array<string, string> Topic configuration properties, name => value.
     * @tentative-return-type
     */
    public function dump(): array {}

    /**
     * @throws Exception Code RD_KAFKA_CONF_UNKNOWN or RD_KAFKA_CONF_INVALID.
     * @tentative-return-type
     */
    public function set(string $name, #[\SensitiveParameter] string $value): void {}

    /**
     * @param int $partitioner One of the RD_KAFKA_MSG_PARTITIONER_* constants.
     * @throws \InvalidArgumentException On any other value.
     * @tentative-return-type
     */
    public function setPartitioner(int $partitioner): void {}
}
