<?php

namespace RdKafka;

/**
 * Topic handle of a {@see Producer}.
 */
class ProducerTopic extends Topic
{
    private function __construct() {}

    /**
     * Enqueues a message (payload and key are copied).
     *
     * @param int $partition A partition or RD_KAFKA_PARTITION_UA (use the partitioner).
     * @param int $msgflags 0 or RD_KAFKA_MSG_F_BLOCK.
     * @param string|null $msg_opaque Returned as Message::$opaque in the delivery report.
     * @throws Exception
     * @throws \InvalidArgumentException On an invalid partition or flag.
     * @tentative-return-type
     */
    public function produce(int $partition, int $msgflags, ?string $payload = null, ?string $key = null, ?string $msg_opaque = null): void {}

    /**
     * Like produce(), with headers and a timestamp.
     *
     * @param int $partition A partition or RD_KAFKA_PARTITION_UA (use the partitioner).
     * @param int $msgflags 0 or RD_KAFKA_MSG_F_BLOCK.
     * @param array<string, string>|null $headers name => value.
     * @param int|null $timestamp_ms null or 0 means now.
     * @param string|null $msg_opaque Returned as Message::$opaque in the delivery report.
     * @throws Exception
     * @throws \InvalidArgumentException On an invalid partition or flag.
     * @tentative-return-type
     */
    public function producev(int $partition, int $msgflags, ?string $payload = null, ?string $key = null, ?array $headers = null, ?int $timestamp_ms = null, ?string $msg_opaque = null): void {}
}
