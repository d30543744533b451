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

    /**
     * Adds consumed offsets to the current transaction, to be committed for the consumer's
     * group if and only if the transaction commits (exactly-once consume-transform-produce).
     * Call it between beginTransaction() and commitTransaction(). Offsets that are not valid
     * (negative) are left out; with none left, nothing is sent.
     *
     * @param TopicPartition[] $offsets the offsets of the next messages to consume (the last
     *     processed offset + 1), per partition
     * @param ConsumerGroupMetadata $metadata from {@see KafkaConsumer::getConsumerGroupMetadata()}
     * @throws KafkaErrorException with librdkafka's code and isRetriable() /
     *     transactionRequiresAbort() / isFatal() flags
     * @throws \TypeError if an element of $offsets is not a TopicPartition
     * @tentative-return-type
     */
    public function sendOffsetsToTransaction(array $offsets, ConsumerGroupMetadata $metadata, int $timeout_ms): void {}
}
