<?php

/**
 * Stub for php-rdkafka 6.0.4 (IDE / static analysis only; never include it
 * when the rdkafka extension is loaded).
 */

/**
 * Common base of the low-level clients {@see RdKafka\Consumer} and
 * {@see RdKafka\Producer}. Not a base of {@see RdKafka\KafkaConsumer}.
 *
 * Every method except the constructor has a tentative return type, so a
 * subclass may override it without declaring one (PHP then only emits a
 * deprecation notice).
 */
abstract class RdKafka
{
    /**
     * Declared but never written (shows as uninitialized in var_dump).
     * The real declaration is `private ?callable $error_cb;`.
     *
     * @var callable|null
     */
    private $error_cb;

    /**
     * Declared but never written (shows as uninitialized in var_dump).
     * The real declaration is `private ?callable $dr_cb;`.
     *
     * @var callable|null
     */
    private $dr_cb;

    /** Not callable: use `new RdKafka\Producer()` / `new RdKafka\Consumer()`. */
    private function __construct() {}

    /**
     * Adds brokers ("host:port,host:port") to the client's bootstrap list.
     *
     * @return int Number of brokers successfully added.
     * @tentative-return-type
     */
    public function addBrokers(string $broker_list): int {}

    /**
     * Requests cluster metadata, blocking up to $timeout_ms.
     *
     * @param bool $all_topics True: all cluster topics; false: only locally known topics (or $only_topic).
     * @param RdKafka\Topic|null $only_topic Restrict the request to this topic.
     * @throws RdKafka\Exception On error (e.g. RD_KAFKA_RESP_ERR__TRANSPORT, __TIMED_OUT).
     * @tentative-return-type
     */
    public function getMetadata(bool $all_topics, ?RdKafka\Topic $only_topic, int $timeout_ms): RdKafka\Metadata {}

    /**
     * @return int Controller broker id, or -1 if unknown / timed out.
     * @tentative-return-type
     */
    public function getControllerId(int $timeout_ms): int {}

    /**
     * @return int Messages waiting to be sent or acknowledged plus pending events and callbacks.
     * @tentative-return-type
     */
    public function getOutQLen(): int {}

    /**
     * Alias of {@see RdKafka::getMetadata()}.
     *
     * @deprecated Use getMetadata().
     * @throws RdKafka\Exception
     * @tentative-return-type
     */
    public function metadata(bool $all_topics, ?RdKafka\Topic $only_topic, int $timeout_ms): RdKafka\Metadata {}

    /**
     * Sets librdkafka's log level (syslog levels 0-7).
     *
     * @deprecated Set the "log_level" configuration property instead.
     * @tentative-return-type
     */
    public function setLogLevel(int $level): void {}

    /**
     * Creates a topic handle: a ProducerTopic on a Producer, a ConsumerTopic on a Consumer.
     * The TopicConf is copied. Each call returns a new object.
     *
     * @return RdKafka\ProducerTopic|RdKafka\ConsumerTopic
     * @tentative-return-type
     */
    public function newTopic(string $topic_name, ?RdKafka\TopicConf $topic_conf = null): RdKafka\Topic {}

    /**
     * Alias of {@see RdKafka::getOutQLen()}.
     *
     * @deprecated Use getOutQLen().
     * @tentative-return-type
     */
    public function outqLen(): int {}

    /**
     * Serves the main queue: fires delivery-report, error, stats, log and
     * OAUTHBEARER refresh callbacks. -1 waits indefinitely.
     *
     * @return int Number of events served.
     * @tentative-return-type
     */
    public function poll(int $timeout_ms): int {}

    /**
     * Waits until all outstanding produce requests are completed (serving callbacks).
     *
     * @return int RD_KAFKA_RESP_ERR_NO_ERROR, RD_KAFKA_RESP_ERR__TIMED_OUT,
     *             or RD_KAFKA_RESP_ERR__NOT_IMPLEMENTED on a Consumer.
     * @tentative-return-type
     */
    public function flush(int $timeout_ms): int {}

    /**
     * Purges queued and/or in-flight messages.
     *
     * @param int $purge_flags Bitmask of RD_KAFKA_PURGE_F_* constants.
     * @return int RD_KAFKA_RESP_ERR_* code (0 on success).
     * @tentative-return-type
     */
    public function purge(int $purge_flags): int {}

    /**
     * @param int $logger RD_KAFKA_LOG_PRINT, RD_KAFKA_LOG_SYSLOG or RD_KAFKA_LOG_SYSLOG_PRINT.
     * @deprecated Use RdKafka\Conf::setLogCb() instead.
     * @throws Exception On an unknown logger.
     * @tentative-return-type
     */
    public function setLogger(int $logger): void {}

    /**
     * Queries the broker for the low and high watermark offsets of a partition.
     *
     * @param int $low  Receives the low watermark (written only on success).
     * @param int $high Receives the high watermark (written only on success).
     * @throws RdKafka\Exception
     * @tentative-return-type
     */
    public function queryWatermarkOffsets(string $topic, int $partition, int &$low, int &$high, int $timeout_ms): void {}

    /**
     * Looks up offsets by timestamp.
     *
     * @param RdKafka\TopicPartition[] $topic_partitions Each offset holds a timestamp in ms.
     * @return RdKafka\TopicPartition[] The earliest offset whose timestamp is >= the given one.
     * @throws RdKafka\Exception
     * @tentative-return-type
     */
    public function offsetsForTimes(array $topic_partitions, int $timeout_ms): array {}

    /**
     * @param RdKafka\TopicPartition[] $topic_partitions
     * @return RdKafka\TopicPartition[] With a per-partition error code.
     * @throws RdKafka\Exception
     * @tentative-return-type
     */
    public function pausePartitions(array $topic_partitions): array {}

    /**
     * Note: in php-rdkafka 6.0.4 this (erroneously) pauses the partitions.
     *
     * @param RdKafka\TopicPartition[] $topic_partitions
     * @return RdKafka\TopicPartition[] With a per-partition error code.
     * @throws RdKafka\Exception
     * @tentative-return-type
     */
    public function resumePartitions(array $topic_partitions): array {}

    /**
     * Sets the SASL/OAUTHBEARER token (typically from the token refresh callback).
     *
     * @param int $lifetime_ms Token expiry as a wall-clock timestamp in milliseconds.
     * @param array<string, string> $extensions SASL extensions, key => value.
     * @throws RdKafka\Exception
     * @tentative-return-type
     */
    public function oauthbearerSetToken(string $token_value, int $lifetime_ms, string $principal_name, array $extensions = []): void {}

    /**
     * Reports an OAUTHBEARER token retrieval failure.
     *
     * @throws RdKafka\Exception
     * @tentative-return-type
     */
    public function oauthbearerSetTokenFailure(string $error): void {}
}
