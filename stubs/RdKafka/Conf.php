<?php

namespace RdKafka;

/**
 * Global client configuration. Clients copy the Conf (including its
 * callbacks) when they are constructed.
 *
 * All callbacks run synchronously on the PHP thread, from within poll(),
 * flush(), consume() and similar calls.
 */
class Conf
{
    public function __construct() {}

    /**
     * @return array<string, string> Global configuration properties, name => value.
     * @tentative-return-type
     */
    public function dump(): array {}

    /**
     * Sets a global (or, through the default topic conf, a topic-level) property.
     *
     * @throws Exception Code RD_KAFKA_CONF_UNKNOWN or RD_KAFKA_CONF_INVALID.
     * @tentative-return-type
     */
    public function set(string $name, #[\SensitiveParameter] string $value): void {}

    /**
     * @deprecated Set topic-level properties directly with Conf::set().
     * @tentative-return-type
     */
    public function setDefaultTopicConf(TopicConf $topic_conf): void {}

    /**
     * @param callable(\RdKafka|KafkaConsumer, int, string): void $callback ($kafka, $err, $reason)
     * @tentative-return-type
     */
    public function setErrorCb(callable $callback): void {}

    /**
     * Delivery report callback.
     *
     * @param callable(Producer, Message): void $callback ($producer, $message)
     * @tentative-return-type
     */
    public function setDrMsgCb(callable $callback): void {}

    /**
     * Statistics callback; needs "statistics.interval.ms" > 0.
     *
     * @param callable(\RdKafka|KafkaConsumer, string, int): void $callback ($kafka, $json, $json_len)
     * @tentative-return-type
     */
    public function setStatsCb(callable $callback): void {}

    /**
     * Rebalance callback for KafkaConsumer; it must call assign() (or
     * incrementalAssign()/incrementalUnassign()) itself.
     *
     * @param callable(KafkaConsumer, int, TopicPartition[]): void $callback ($consumer, $err, $partitions)
     * @tentative-return-type
     */
    public function setRebalanceCb(callable $callback): void {}

    /**
     * @param callable(Message, \RdKafka|KafkaConsumer): void $callback ($message, $kafka)
     * @tentative-return-type
     */
    public function setConsumeCb(callable $callback): void {}

    /**
     * @param callable(KafkaConsumer, int, TopicPartition[]): void $callback ($consumer, $err, $offsets)
     * @tentative-return-type
     */
    public function setOffsetCommitCb(callable $callback): void {}

    /**
     * Log callback; also sets "log.queue" so that logs are delivered by poll()/consume().
     *
     * @param callable(\RdKafka|KafkaConsumer, int, string, string): void $callback ($kafka, $level, $facility, $message)
     * @tentative-return-type
     */
    public function setLogCb(callable $callback): void {}

    /**
     * The callback should call {@see \RdKafka::oauthbearerSetToken()} or
     * {@see \RdKafka::oauthbearerSetTokenFailure()}.
     *
     * @param callable(\RdKafka|KafkaConsumer, string): void $callback ($kafka, $oauthbearer_config)
     * @tentative-return-type
     */
    public function setOauthbearerTokenRefreshCb(callable $callback): void {}
}
