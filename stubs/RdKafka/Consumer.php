<?php

namespace RdKafka;

/**
 * Low-level (legacy) consumer: partitions are consumed explicitly through
 * {@see ConsumerTopic} handles and {@see Queue}s. For group-managed
 * consumption use {@see KafkaConsumer}.
 */
class Consumer extends \RdKafka
{
    /**
     * The Conf (and its callbacks) is copied; later changes to it do not
     * affect this client.
     *
     * @throws Exception If librdkafka rejects the configuration.
     */
    public function __construct(?Conf $conf = null) {}

    /**
     * Creates a new queue that several partitions can be routed to with
     * {@see ConsumerTopic::consumeQueueStart()}.
     *
     * @tentative-return-type
     */
    public function newQueue(): Queue {}
}
