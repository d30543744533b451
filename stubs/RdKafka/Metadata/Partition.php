<?php

namespace RdKafka\Metadata;

/**
 * Partition entry of {@see Topic::getPartitions()}.
 */
class Partition
{
    private function __construct() {}

    /**
     * @tentative-return-type
     */
    public function getId(): int {}

    /**
     * @return int RD_KAFKA_RESP_ERR_* code reported by the broker for this partition.
     * @tentative-return-type
     */
    public function getErr(): int {}

    /**
     * @return int Broker id of the leader.
     * @tentative-return-type
     */
    public function getLeader(): int {}

    /**
     * @return Collection<int> Broker ids.
     * @tentative-return-type
     */
    public function getReplicas(): Collection {}

    /**
     * @return Collection<int> Broker ids of the in-sync replicas.
     * @tentative-return-type
     */
    public function getIsrs(): Collection {}
}
