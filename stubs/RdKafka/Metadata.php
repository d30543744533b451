<?php

namespace RdKafka;

/**
 * Cluster metadata returned by getMetadata(). Not constructible; an instance
 * created without the constructor throws on every method.
 */
class Metadata
{
    private function __construct() {}

    /**
     * @return int Id of the broker that answered the request.
     * @tentative-return-type
     */
    public function getOrigBrokerId(): int {}

    /**
     * @return string Name of the broker that answered the request.
     * @tentative-return-type
     */
    public function getOrigBrokerName(): string {}

    /**
     * @return Metadata\Collection<Metadata\Broker>
     * @tentative-return-type
     */
    public function getBrokers(): Metadata\Collection {}

    /**
     * @return Metadata\Collection<Metadata\Topic>
     * @tentative-return-type
     */
    public function getTopics(): Metadata\Collection {}
}
