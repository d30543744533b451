<?php

namespace RdKafka\Admin;

/**
 * A topic to create with {@see Client::createTopics()}.
 */
class NewTopic
{
    /**
     * @param int $num_partitions 1 to 100000, or -1 for the broker's default
     * @param int $replication_factor the number of replicas, or -1 for the broker's default
     *     (required with {@see setReplicaAssignment()})
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__INVALID_ARG for a count out of range or a
     *     name longer than 249 bytes or with NUL bytes
     */
    public function __construct(string $name, int $num_partitions, int $replication_factor) {}

    /**
     * Places the replicas of one partition on the given brokers, the first being the
     * preferred leader. Partitions must be assigned in order from 0, and only for a topic
     * with a partition count (not -1) and a replication factor of -1.
     *
     * @param int[] $broker_ids
     * @throws \InvalidArgumentException "broker_ids array must not be empty"
     * @throws \TypeError if a broker id is not an int
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__INVALID_ARG if librdkafka refuses the
     *     assignment
     */
    public function setReplicaAssignment(int $partition_id, array $broker_ids): void {}

    /**
     * Sets a topic configuration entry (e.g. `cleanup.policy`, `retention.ms`).
     *
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__INVALID_ARG (e.g. NUL bytes)
     */
    public function setConfig(string $name, string $value): void {}
}
