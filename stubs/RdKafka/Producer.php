<?php

namespace RdKafka;

/**
 * Producer client. Messages are produced through {@see ProducerTopic}
 * handles from {@see \RdKafka::newTopic()}; call poll() regularly and
 * flush() before shutdown (the destructor purges unsent messages).
 */
class Producer extends \RdKafka
{
    /**
     * The Conf (and its callbacks) is copied; later changes to it do not
     * affect this client.
     *
     * @throws Exception If librdkafka rejects the configuration.
     */
    public function __construct(?Conf $conf = null) {}

    /**
     * Initializes transactions; requires the "transactional.id" property.
     *
     * @throws KafkaErrorException
     * @tentative-return-type
     */
    public function initTransactions(int $timeout_ms): void {}

    /**
     * @throws KafkaErrorException
     * @tentative-return-type
     */
    public function beginTransaction(): void {}

    /**
     * Flushes outstanding messages and commits the current transaction.
     *
     * @throws KafkaErrorException
     * @tentative-return-type
     */
    public function commitTransaction(int $timeout_ms): void {}

    /**
     * Purges outstanding messages and aborts the current transaction.
     *
     * @throws KafkaErrorException
     * @tentative-return-type
     */
    public function abortTransaction(int $timeout_ms): void {}
}
