<?php

namespace RdKafka;

/**
 * Topic handle of a low-level {@see Consumer}.
 *
 * $partition must be RD_KAFKA_PARTITION_UA or 0..0x7FFFFFFF, otherwise
 * \InvalidArgumentException is thrown.
 */
class ConsumerTopic extends Topic
{
    private function __construct() {}

    /**
     * Starts consuming a partition into $queue.
     *
     * @param int $offset An offset or RD_KAFKA_OFFSET_BEGINNING/END/STORED or rd_kafka_offset_tail().
     * @throws Exception
     * @tentative-return-type
     */
    public function consumeQueueStart(int $partition, int $offset, Queue $queue): void {}

    /**
     * Consumes messages, calling $callback for each.
     *
     * @param callable(Message): void $callback
     * @return int Number of messages processed, or -1 on error.
     * @tentative-return-type
     */
    public function consumeCallback(int $partition, int $timeout_ms, callable $callback): int {}

    /**
     * @param int $offset An offset or RD_KAFKA_OFFSET_BEGINNING/END/STORED or rd_kafka_offset_tail().
     * @throws Exception
     * @tentative-return-type
     */
    public function consumeStart(int $partition, int $offset): void {}

    /**
     * @throws Exception
     * @tentative-return-type
     */
    public function consumeStop(int $partition): void {}

    /**
     * @return Message|null null on timeout.
     * @throws Exception
     * @tentative-return-type
     */
    public function consume(int $partition, int $timeout_ms): ?Message {}

    /**
     * @return Message[] Empty on timeout.
     * @throws Exception
     * @throws \InvalidArgumentException If $batch_size <= 0.
     * @tentative-return-type
     */
    public function consumeBatch(int $partition, int $timeout_ms, int $batch_size): array {}

    /**
     * Stores the offset to be committed by the next (auto) commit.
     *
     * @throws Exception
     * @tentative-return-type
     */
    public function offsetStore(int $partition, int $offset): void {}
}
