<?php

namespace RdKafka\Admin;

/**
 * Options of one kind of Admin operation. Get them from the client
 * ({@see Client::newCreateTopicsOptions()} and the like) or construct a subclass with a
 * Producer or Consumer; pass them to the matching {@see Client} method (another subclass is a
 * {@see \TypeError}).
 *
 * The same setters exist on every subclass, but librdkafka accepts each only for the
 * operations that take it; otherwise, or for a value out of range, the setter throws
 * {@see \RdKafka\Exception} RD_KAFKA_RESP_ERR__INVALID_ARG.
 */
abstract class Options
{
    /**
     * Options for the operation $for_api (an RD_KAFKA_ADMIN_OP_* constant;
     * RD_KAFKA_ADMIN_OP_ANY accepts every setter), with the defaults of $kafka's client.
     *
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__INVALID_ARG for an unknown operation
     */
    public function __construct(\RdKafka $kafka, int $for_api) {}

    /**
     * How long the operation waits for the broker's response, 0 to 3600000 ms (default: the
     * client's `socket.timeout.ms`). The call fails with RD_KAFKA_RESP_ERR__TIMED_OUT after
     * that.
     *
     * @throws \RdKafka\Exception
     */
    public function setRequestTimeout(int $timeout_ms): void {}

    /**
     * How long the broker waits for the operation to complete in the cluster before it
     * answers (e.g. the creation of topics to propagate), -1 to 3600000 ms; 0 or less answers
     * at once. For createTopics, deleteTopics, createPartitions, deleteRecords and
     * listOffsets.
     *
     * @throws \RdKafka\Exception
     */
    public function setOperationTimeout(int $timeout_ms): void {}

    /**
     * Only validates the request on the broker, changes nothing. For createTopics,
     * createPartitions and alterConfigs.
     *
     * @throws \RdKafka\Exception
     */
    public function setValidateOnly(bool $true_or_false): void {}

    /**
     * Sends the request to this broker instead of the one librdkafka would pick (by default
     * the controller). A workaround, rarely needed; requests that go to a group coordinator or
     * to partition leaders do not use it.
     *
     * @throws \RdKafka\Exception
     */
    public function setBrokerId(int $broker_id): void {}

    /**
     * Makes the broker wait for pending transactional offsets to be committed or aborted
     * before it answers. For listConsumerGroupOffsets.
     *
     * @throws \RdKafka\Exception
     */
    public function setRequireStableOffsets(bool $true_or_false): void {}

    /**
     * Asks for the operations the client is allowed on the described object (the results'
     * `authorizedOperations`, null otherwise). For describeConsumerGroups, describeTopics and
     * describeCluster.
     *
     * @throws \RdKafka\Exception
     */
    public function setIncludeAuthorizedOperations(bool $true_or_false): void {}

    /**
     * Lists only the groups in these states. For listConsumerGroups.
     *
     * @param int[] $states RD_KAFKA_CONSUMER_GROUP_STATE_* constants
     * @throws \TypeError if an element is not an int
     * @throws \RdKafka\Exception for an unknown or repeated state
     */
    public function setMatchConsumerGroupStates(array $states): void {}

    /**
     * Whether offsets of uncommitted transactions count. For listOffsets.
     *
     * @param int $isolation_level RD_KAFKA_ISOLATION_LEVEL_READ_UNCOMMITTED (default) or
     *     RD_KAFKA_ISOLATION_LEVEL_READ_COMMITTED
     * @throws \RdKafka\Exception
     */
    public function setIsolationLevel(int $isolation_level): void {}
}
