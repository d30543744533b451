<?php

namespace RdKafka\Admin;

/**
 * Partitions to add to an existing topic with {@see Client::createPartitions()}.
 */
class NewPartitions
{
    /**
     * @param int $new_total_cnt the topic's partition count afterwards (not the number added),
     *     1 to 100000
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__INVALID_ARG for a count out of range or a
     *     name longer than 249 bytes or with NUL bytes
     */
    public function __construct(string $topicName, int $new_total_cnt) {}

    /**
     * Places the replicas of one new partition on the given brokers, the first being the
     * preferred leader.
     *
     * @param int $new_partition_id the index among the added partitions (0 for the first one
     *     added), in order
     * @param int[] $broker_ids
     * @throws \InvalidArgumentException "broker_ids array must not be empty"
     * @throws \TypeError if a broker id is not an int
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__INVALID_ARG if librdkafka refuses the
     *     assignment
     */
    public function setReplicaAssignment(int $new_partition_id, array $broker_ids): void {}
}
