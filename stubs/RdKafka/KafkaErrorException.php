<?php

namespace RdKafka;

/**
 * Error from the transactional producer API, carrying librdkafka's error
 * flags. The message is "<error string> (RD_KAFKA_RESP_ERR_<name>)" and the
 * code the RD_KAFKA_RESP_ERR_* value.
 */
class KafkaErrorException extends Exception
{
    private string $error_string;
    private bool $isFatal;
    private bool $isRetriable;
    private bool $transactionRequiresAbort;

    /**
     * Reflection reports all six parameters as required, although the
     * implementation accepts 2 to 6 arguments.
     */
    public function __construct(string $message, int $code, string $error_string, bool $isFatal, bool $isRetriable, bool $transactionRequiresAbort) {}

    /**
     * @return string The bare librdkafka error string.
     * @tentative-return-type
     */
    public function getErrorString(): string {}

    /**
     * @return bool Whether the error is fatal (the producer is unusable).
     * @tentative-return-type
     */
    public function isFatal(): bool {}

    /**
     * @return bool Whether the operation may be retried.
     * @tentative-return-type
     */
    public function isRetriable(): bool {}

    /**
     * @return bool Whether the current transaction must be aborted.
     * @tentative-return-type
     */
    public function transactionRequiresAbort(): bool {}
}
