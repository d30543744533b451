<?php

namespace RdKafka\Test;

use RdKafka\Conf;
use RdKafka\Producer;

/**
 * librdkafka's in-process mock Kafka cluster, for tests without a broker.
 *
 * Its brokers (ids 1 to brokerCount) listen on 127.0.0.1 ports that any Kafka client can use:
 * this extension's clients, other processes, `kcat`. Put {@see getBootstraps()} into
 * `bootstrap.servers`. The cluster runs on librdkafka's own threads, never calls PHP code, and
 * stops when this object is freed (a cluster from {@see fromProducer()} lives as long as its
 * producer's client).
 *
 * Topics are created on first use with `auto.create.topics`-like defaults (4 partitions,
 * replication factor up to 3), or explicitly with {@see createTopic()}. The mock implements the
 * produce, fetch, offset, group and transaction requests; it has no Admin requests.
 *
 * Errors are {@see \RdKafka\Exception} with librdkafka's error codes. An int argument that does
 * not fit the C type librdkafka takes, or a count beyond the values given, is refused with code
 * RD_KAFKA_RESP_ERR__INVALID_ARG (-186).
 *
 * Same names and signatures as idealo/php-rdkafka-ffi's `RdKafka\Test\MockCluster`.
 */
class MockCluster
{
    /**
     * Not callable: use {@see create()} or {@see fromProducer()}.
     */
    private function __construct() {}

    /**
     * Starts a cluster of $brokerCount brokers on a producer handle of its own built from $conf:
     * its properties apply (e.g. `debug`, `log_level`), its PHP callbacks are never called.
     *
     * @throws \InvalidArgumentException if $brokerCount is less than 1
     * @throws \RdKafka\Exception if librdkafka cannot start the brokers
     */
    public static function create(int $brokerCount, ?Conf $conf = null): MockCluster {}

    /**
     * The cluster that a producer built with the `test.mock.num.brokers` property started.
     *
     * @throws \RdKafka\Exception if the producer has no mock cluster
     */
    public static function fromProducer(Producer $producer): MockCluster {}

    /**
     * @return string the brokers' `host:port` list, comma-separated
     */
    public function getBootstraps(): string {}

    /**
     * The next $count requests of type $apiKey (an {@see ApiKey} constant), to any broker, fail
     * with the given error codes in order (0 lets one through). Only the first $count codes
     * are used; $count may not exceed the number of codes.
     */
    public function pushRequestErrors(int $apiKey, int $count, int ...$errorCodes): void {}

    /**
     * {@see pushRequestErrors()} with the codes as an array.
     *
     * @param int[] $errorCodes
     */
    public function pushRequestErrorsArray(int $apiKey, int $count, array $errorCodes): void {}

    /**
     * {@see pushRequestErrors()} for one broker only; broker errors take precedence over the
     * cluster-wide ones. (The FFI library refuses this call on librdkafka 1.7 and later; here it
     * pushes each code with no delay.)
     *
     * @throws \RdKafka\Exception for an unknown broker
     */
    public function pushBrokerRequestErrors(int $brokerId, int $apiKey, int $count, int ...$errorCodes): void {}

    /**
     * The next $count requests of type $apiKey to one broker get these responses: each a pair of
     * an error code (or 0) and a response delay in milliseconds, given flat:
     * `pushBrokerRequestErrorRtts(1, ApiKey::Produce, 2, $err1, $rtt1, $err2, $rtt2)`.
     *
     * @throws \RdKafka\Exception for an unknown broker
     */
    public function pushBrokerRequestErrorRtts(int $brokerId, int $apiKey, int $count, int ...$errorCodeAndRttTuples): void {}

    /**
     * The error Metadata and AddPartitionsToTxn responses report for $topic (0 clears it). The
     * topic is created if it does not exist.
     */
    public function setTopicError(string $topic, int $errorCode): void {}

    /**
     * Creates a topic (the mock has no CreateTopics request).
     *
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS, or -186 for a count
     *     out of range (1 to 100000 partitions, a replication factor of at least 1)
     */
    public function createTopic(string $topic, int $partitionCount, int $replicationFactor): void {}

    /**
     * Moves the partition's leadership to $brokerId (-1: no leader). The topic is created if
     * it does not exist.
     *
     * @throws \RdKafka\Exception
     */
    public function setPartitionLeader(string $topic, int $partition, int $brokerId): void {}

    /**
     * Sets the partition's preferred replica (follower), which need not be an existing broker.
     * The topic is created if it does not exist.
     *
     * @throws \RdKafka\Exception
     */
    public function setPartitionFollower(string $topic, int $partition, int $brokerId): void {}

    /**
     * Sets the follower's low and high watermarks; -1 reverts to the leader's.
     *
     * @throws \RdKafka\Exception
     */
    public function setPartitionFollowerWatermarks(string $topic, int $partition, int $low, int $high): void {}

    /**
     * Disconnects the broker and refuses new connections. Leadership does not move.
     *
     * @throws \RdKafka\Exception
     */
    public function setBrokerDown(int $brokerId): void {}

    /**
     * Makes the broker accept connections again.
     *
     * @throws \RdKafka\Exception
     */
    public function setBrokerUp(int $brokerId): void {}

    /**
     * The rack that Metadata responses report for the broker.
     *
     * @throws \RdKafka\Exception
     */
    public function setBrokerRack(int $brokerId, string $rack): void {}

    /**
     * Makes $brokerId (which need not exist) the coordinator of a group or transactional id.
     *
     * @param string $keyType "group" or "transaction"
     * @param string $key the group.id or transactional.id
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__INVALID_ARG for another $keyType
     */
    public function setCoordinator(string $keyType, string $key, int $brokerId): void {}

    /**
     * The version range the brokers advertise for $apiKey; -1 and -1 disable the request.
     *
     * @throws \RdKafka\Exception
     */
    public function setApiVersion(int $apiKey, int $minVersion, int $maxVersion): void {}

    /**
     * Delays every response of the broker by $roundTripTimeDelayMs milliseconds.
     *
     * @throws \RdKafka\Exception
     */
    public function setRtt(int $brokerId, int $roundTripTimeDelayMs): void {}
}
