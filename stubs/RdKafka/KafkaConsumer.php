<?php

namespace RdKafka;

/**
 * High-level, group-managed consumer. Does not extend {@see \RdKafka}.
 *
 * Callbacks (rebalance, offset commit, error, stats, log) are served from
 * consume() and close().
 */
class KafkaConsumer
{
    /**
     * Declared but never written. The real declaration is `private ?callable $error_cb;`.
     *
     * @var callable|null
     */
    private $error_cb;

    /**
     * Declared but never written. The real declaration is `private ?callable $rebalance_cb;`.
     *
     * @var callable|null
     */
    private $rebalance_cb;

    /**
     * Declared but never written. The real declaration is `private ?callable $dr_msg_cb;`.
     *
     * @var callable|null
     */
    private $dr_msg_cb;

    /**
     * @throws Exception If "group.id" is not configured or librdkafka rejects the configuration.
     */
    public function __construct(Conf $conf) {}

    /**
     * Replaces the current assignment; null (or no argument) clears it.
     *
     * @param TopicPartition[]|null $topic_partitions
     * @throws Exception
     * @tentative-return-type
     */
    public function assign(?array $topic_partitions = null): void {}

    /**
     * Adds partitions to the current assignment (cooperative rebalancing).
     *
     * @param TopicPartition[] $topic_partitions
     * @throws Exception
     * @tentative-return-type
     */
    public function incrementalAssign(array $topic_partitions): void {}

    /**
     * Removes partitions from the current assignment (cooperative rebalancing).
     *
     * @param TopicPartition[] $topic_partitions
     * @throws Exception
     * @tentative-return-type
     */
    public function incrementalUnassign(array $topic_partitions): void {}

    /**
     * @return TopicPartition[]
     * @throws Exception
     * @tentative-return-type
     */
    public function getAssignment(): array {}

    /**
     * Commits offsets synchronously.
     *
     * null: current consumed offsets; Message: its offset + 1;
     * TopicPartition[]: the offsets as given.
     *
     * @param Message|TopicPartition[]|null $message_or_offsets
     * @throws Exception
     * @throws \TypeError For any other argument (php-rdkafka 6.0.4: a fatal error).
     * @tentative-return-type
     */
    public function commit(Message|array|null $message_or_offsets = null): void {}

    /**
     * Leaves the group and stops consuming (blocks until done). The object
     * cannot be used afterwards.
     *
     * @throws Exception
     * @tentative-return-type
     */
    public function close(): void {}

    /**
     * Asynchronous variant of {@see KafkaConsumer::commit()}; the result is
     * reported to the offset commit callback.
     *
     * @param Message|TopicPartition[]|null $message_or_offsets
     * @throws Exception
     * @throws \TypeError For any other argument (php-rdkafka 6.0.4: a fatal error).
     * @tentative-return-type
     */
    public function commitAsync(Message|array|null $message_or_offsets = null): void {}

    /**
     * Consumes a message or an event. Never returns null: on timeout the
     * Message has err === RD_KAFKA_RESP_ERR__TIMED_OUT; check $message->err.
     *
     * @throws Exception
     * @tentative-return-type
     */
    public function consume(int $timeout_ms): Message {}

    /**
     * Subscribes to topics (names, or regexes starting with "^"). Replaces
     * the current subscription.
     *
     * @param string[] $topics
     * @throws Exception
     * @tentative-return-type
     */
    public function subscribe(array $topics): void {}

    /**
     * @return string[]
     * @throws Exception
     * @tentative-return-type
     */
    public function getSubscription(): array {}

    /**
     * @throws Exception
     * @tentative-return-type
     */
    public function unsubscribe(): void {}

    /**
     * @see \RdKafka::getMetadata()
     * @throws Exception
     * @tentative-return-type
     */
    public function getMetadata(bool $all_topics, ?Topic $only_topic, int $timeout_ms): Metadata {}

    /**
     * @return int Controller broker id, or -1 if unknown / timed out.
     * @tentative-return-type
     */
    public function getControllerId(int $timeout_ms): int {}

    /**
     * @tentative-return-type
     */
    public function newTopic(string $topic_name, ?TopicConf $topic_conf = null): KafkaConsumerTopic {}

    /**
     * @param TopicPartition[] $topic_partitions
     * @return TopicPartition[] Offset -1001 (invalid) when nothing is committed.
     * @throws Exception
     * @tentative-return-type
     */
    public function getCommittedOffsets(array $topic_partitions, int $timeout_ms): array {}

    /**
     * Current positions (offset of the next message to consume).
     *
     * @param TopicPartition[] $topic_partitions
     * @return TopicPartition[] Offset -1001 when unknown.
     * @throws Exception
     * @tentative-return-type
     */
    public function getOffsetPositions(array $topic_partitions): array {}

    /**
     * @param int $low  Receives the low watermark (written only on success).
     * @param int $high Receives the high watermark (written only on success).
     * @throws Exception
     * @tentative-return-type
     */
    public function queryWatermarkOffsets(string $topic, int $partition, int &$low, int &$high, int $timeout_ms): void {}

    /**
     * @param TopicPartition[] $topic_partitions Each offset holds a timestamp in ms.
     * @return TopicPartition[]
     * @throws Exception
     * @tentative-return-type
     */
    public function offsetsForTimes(array $topic_partitions, int $timeout_ms): array {}

    /**
     * @param TopicPartition[] $topic_partitions
     * @return TopicPartition[] With a per-partition error code.
     * @throws Exception
     * @tentative-return-type
     */
    public function pausePartitions(array $topic_partitions): array {}

    /**
     * @param TopicPartition[] $topic_partitions
     * @return TopicPartition[] With a per-partition error code.
     * @throws Exception
     * @tentative-return-type
     */
    public function resumePartitions(array $topic_partitions): array {}

    /**
     * This consumer's current group metadata (a copy), for
     * {@see Producer::sendOffsetsToTransaction()}. Before the consumer joins its group, the
     * generation is -1 and the member id empty.
     *
     * @throws Exception "Failed to get consumer group metadata" if librdkafka has none
     * @tentative-return-type
     */
    public function getConsumerGroupMetadata(): ConsumerGroupMetadata {}
}
