<?php

namespace RdKafka\Metadata;

/**
 * Broker entry of {@see \RdKafka\Metadata::getBrokers()}.
 */
class Broker
{
    private function __construct() {}

    /**
     * @tentative-return-type
     */
    public function getId(): int {}

    /**
     * @tentative-return-type
     */
    public function getHost(): string {}

    /**
     * @tentative-return-type
     */
    public function getPort(): int {}
}
