<?php

namespace RdKafka\Admin;

use RdKafka\Conf;
use RdKafka\Consumer;
use RdKafka\Metadata;
use RdKafka\Producer;
use RdKafka\Topic;
use RdKafka\TopicPartition;

/**
 * librdkafka's Admin API: topics, partitions, configurations, records, consumer groups and
 * their offsets, cluster and topic descriptions, offsets by spec.
 *
 * Same names and result shapes as idealo/php-rdkafka-ffi's `RdKafka\Admin\Client` where that
 * library has the operation; the operations it lacks (consumer groups, descriptions,
 * listOffsets) follow the same style.
 *
 * Each operation sends one request and blocks until its result comes back on a reply queue of
 * its own: it neither serves nor swallows the callbacks and events of the client (nothing to
 * poll, nothing lost). It waits up to the options' request timeout
 * ({@see Options::setRequestTimeout()}, by default the client's `socket.timeout.ms`), or the
 * operation timeout if that is longer.
 *
 * A failure of the request as a whole (timeout, invalid argument, unsupported by the broker,
 * ...) throws {@see \RdKafka\Exception} with librdkafka's error code and message. Failures of
 * single items (a topic, a resource, a group) are reported in the results instead: their
 * `error` is an RD_KAFKA_RESP_ERR_* code, 0 for none, and `errorString` is null then. Results
 * are lists in librdkafka's order, not keyed by name.
 *
 * Arrays of requests must not be empty ({@see \InvalidArgumentException} "<what> array must not
 * be empty") and must hold only objects of the documented class ({@see \TypeError}).
 */
class Client
{
    /**
     * Not callable: use {@see fromConf()}, {@see fromProducer()} or {@see fromConsumer()}.
     */
    private function __construct() {}

    /**
     * A client on a producer handle of its own, built from $conf: its properties apply (e.g.
     * `bootstrap.servers`, security settings), its PHP callbacks are never called.
     *
     * @throws \RdKafka\Exception if librdkafka rejects the configuration
     */
    public static function fromConf(Conf $conf): Client {}

    /**
     * A client that shares the handle of a (low-level) consumer: its connections and
     * configuration. The handle lives as long as either object.
     *
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__STATE if the consumer was created before
     *     fork() in another process
     */
    public static function fromConsumer(Consumer $consumer): Client {}

    /**
     * A client that shares the handle of a producer: its connections and configuration. The
     * handle lives as long as either object.
     *
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__STATE if the producer was created before
     *     fork() in another process
     */
    public static function fromProducer(Producer $producer): Client {}

    /**
     * Replaces the whole configuration of each resource (Kafka's AlterConfigs, not the
     * incremental one): entries not set on the {@see ConfigResource} revert to their defaults.
     * At most one broker resource per call.
     *
     * @param ConfigResource[] $resources
     * @return ConfigResourceResult[] one per resource, with its error (configs are empty)
     * @throws \InvalidArgumentException "resources array must not be empty"
     * @throws \RdKafka\Exception if the request fails
     */
    public function alterConfigs(array $resources, ?AlterConfigsOptions $options = null): array {}

    /**
     * Changes only the entries given with {@see ConfigResource::addIncrementalConfig()} (Kafka's
     * IncrementalAlterConfigs, KIP-339): set, delete (revert to default), append to or subtract
     * from a list value. At most one broker resource per call.
     *
     * @param ConfigResource[] $resources
     * @return ConfigResourceResult[] one per resource, with its error (configs are empty)
     * @throws \InvalidArgumentException "resources array must not be empty"
     * @throws \RdKafka\Exception if the request fails
     */
    public function incrementalAlterConfigs(array $resources, ?IncrementalAlterConfigsOptions $options = null): array {}

    /**
     * Describes the configuration of each resource (topic, broker, group). Sensitive values
     * are null. At most one broker resource per call.
     *
     * @param ConfigResource[] $resources entry names set with {@see ConfigResource::setConfig()}
     *     restrict the description to those entries (their values are ignored)
     * @return ConfigResourceResult[] one per resource, with its {@see ConfigEntry} list
     * @throws \InvalidArgumentException "resources array must not be empty"
     * @throws \RdKafka\Exception if the request fails
     */
    public function describeConfigs(array $resources, ?DescribeConfigsOptions $options = null): array {}

    /**
     * Adds partitions to existing topics.
     *
     * @param NewPartitions[] $partitions
     * @return TopicResult[] one per topic
     * @throws \InvalidArgumentException "partitions array must not be empty"
     * @throws \RdKafka\Exception if the request fails
     */
    public function createPartitions(array $partitions, ?CreatePartitionsOptions $options = null): array {}

    /**
     * Creates topics.
     *
     * @param NewTopic[] $topics
     * @return TopicResult[] one per topic (e.g. RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS)
     * @throws \InvalidArgumentException "topics array must not be empty"
     * @throws \RdKafka\Exception if the request fails
     */
    public function createTopics(array $topics, ?CreateTopicsOptions $options = null): array {}

    /**
     * Deletes topics.
     *
     * @param DeleteTopic[] $topics
     * @return TopicResult[] one per topic
     * @throws \InvalidArgumentException "topics array must not be empty"
     * @throws \RdKafka\Exception if the request fails
     */
    public function deleteTopics(array $topics, ?DeleteTopicsOptions $options = null): array {}

    /**
     * Deletes the records before the given offsets (librdkafka takes exactly one
     * {@see DeleteRecords}; more fail the request with RD_KAFKA_RESP_ERR__INVALID_ARG).
     *
     * @param DeleteRecords[] $records
     * @return TopicPartition[] each partition's new low watermark as its offset, and its error
     *     code in getErr()
     * @throws \InvalidArgumentException "records array must not be empty"
     * @throws \RdKafka\Exception if the request fails
     */
    public function deleteRecords(array $records, ?DeleteRecordsOptions $options = null): array {}

    /**
     * Deletes the committed offsets of a group for the given partitions.
     *
     * @return GroupResult[] the group, its partitions with a per-partition error code
     * @throws \RdKafka\Exception if the request fails
     */
    public function deleteConsumerGroupOffsets(DeleteConsumerGroupOffsets $offsets, ?DeleteConsumerGroupOffsetsOptions $options = null): array {}

    /**
     * Deletes consumer groups with their committed offsets; a group that still has active
     * members gets RD_KAFKA_RESP_ERR_NON_EMPTY_GROUP.
     *
     * @param DeleteGroup[] $groups
     * @return GroupResult[] one per group (its partitions are empty)
     * @throws \InvalidArgumentException "groups array must not be empty"
     * @throws \RdKafka\Exception if the request fails
     */
    public function deleteGroups(array $groups, ?DeleteGroupsOptions $options = null): array {}

    /**
     * Lists the consumer groups of all brokers; {@see ListConsumerGroupsOptions} can restrict
     * them to some states.
     *
     * @return ListConsumerGroupsResult the groups found, and the errors of the brokers that
     *     could not answer
     * @throws \RdKafka\Exception if the request fails
     */
    public function listConsumerGroups(?ListConsumerGroupsOptions $options = null): ListConsumerGroupsResult {}

    /**
     * Describes consumer groups: state, coordinator, members and their assignments.
     *
     * @param string[] $groups group ids
     * @return ConsumerGroupDescription[] one per group
     * @throws \InvalidArgumentException "groups array must not be empty"
     * @throws \RdKafka\Exception if the request fails
     */
    public function describeConsumerGroups(array $groups, ?DescribeConsumerGroupsOptions $options = null): array {}

    /**
     * The committed offsets of a group: for the partitions of the request, or for every
     * partition the group has committed offsets for if it names none.
     *
     * @return GroupResult[] the group, its partitions with their committed offsets (-1001 when
     *     none) and per-partition error codes
     * @throws \RdKafka\Exception if the request fails
     */
    public function listConsumerGroupOffsets(ListConsumerGroupOffsets $offsets, ?ListConsumerGroupOffsetsOptions $options = null): array {}

    /**
     * Commits offsets for a group (which must have no active members).
     *
     * @return GroupResult[] the group, its partitions with a per-partition error code
     * @throws \RdKafka\Exception if the request fails
     */
    public function alterConsumerGroupOffsets(AlterConsumerGroupOffsets $offsets, ?AlterConsumerGroupOffsetsOptions $options = null): array {}

    /**
     * Describes topics: partitions, their leaders and replicas.
     *
     * @param string[] $topics topic names
     * @return TopicDescription[] one per topic (e.g. RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART)
     * @throws \InvalidArgumentException "topics array must not be empty"
     * @throws \RdKafka\Exception if the request fails
     */
    public function describeTopics(array $topics, ?DescribeTopicsOptions $options = null): array {}

    /**
     * Describes the cluster: its id, controller and brokers.
     *
     * @throws \RdKafka\Exception if the request fails
     */
    public function describeCluster(?DescribeClusterOptions $options = null): ClusterDescription {}

    /**
     * Looks up offsets by spec. The offset of each TopicPartition is the spec: a timestamp in
     * milliseconds (the earliest offset whose timestamp is at least that), or
     * RD_KAFKA_OFFSET_SPEC_LATEST (-1), RD_KAFKA_OFFSET_SPEC_EARLIEST (-2),
     * RD_KAFKA_OFFSET_SPEC_MAX_TIMESTAMP (-3: the record with the largest timestamp).
     *
     * @param TopicPartition[] $partitions
     * @return ListOffsetsResultInfo[] one per partition
     * @throws \InvalidArgumentException "partitions array must not be empty"
     * @throws \RdKafka\Exception if the request fails
     */
    public function listOffsets(array $partitions, ?ListOffsetsOptions $options = null): array {}

    /**
     * Cluster metadata, as {@see \RdKafka::getMetadata()}.
     *
     * @throws \RdKafka\Exception on error (e.g. RD_KAFKA_RESP_ERR__TRANSPORT, __TIMED_OUT)
     */
    public function getMetadata(bool $all_topics, ?Topic $only_topic, int $timeout_ms): Metadata {}

    /**
     * New options for {@see createTopics()}, for this client.
     */
    public function newCreateTopicsOptions(): CreateTopicsOptions {}

    /**
     * New options for {@see createPartitions()}, for this client.
     */
    public function newCreatePartitionsOptions(): CreatePartitionsOptions {}

    /**
     * New options for {@see alterConfigs()}, for this client.
     */
    public function newAlterConfigsOptions(): AlterConfigsOptions {}

    /**
     * New options for {@see incrementalAlterConfigs()}, for this client.
     */
    public function newIncrementalAlterConfigsOptions(): IncrementalAlterConfigsOptions {}

    /**
     * New options for {@see deleteTopics()}, for this client.
     */
    public function newDeleteTopicsOptions(): DeleteTopicsOptions {}

    /**
     * New options for {@see describeConfigs()}, for this client.
     */
    public function newDescribeConfigsOptions(): DescribeConfigsOptions {}

    /**
     * New options for {@see deleteRecords()}, for this client.
     */
    public function newDeleteRecordsOptions(): DeleteRecordsOptions {}

    /**
     * New options for {@see deleteConsumerGroupOffsets()}, for this client.
     */
    public function newDeleteConsumerGroupOffsetsOptions(): DeleteConsumerGroupOffsetsOptions {}

    /**
     * New options for {@see deleteGroups()}, for this client.
     */
    public function newDeleteGroupsOptions(): DeleteGroupsOptions {}

    /**
     * New options for {@see listConsumerGroups()}, for this client.
     */
    public function newListConsumerGroupsOptions(): ListConsumerGroupsOptions {}

    /**
     * New options for {@see describeConsumerGroups()}, for this client.
     */
    public function newDescribeConsumerGroupsOptions(): DescribeConsumerGroupsOptions {}

    /**
     * Kept for compatibility with php-rdkafka-ffi, where it sets how often the client polls
     * for a result. Operations here wait on their reply queue directly: the value is only
     * checked.
     *
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__INVALID_ARG if $timeoutMs is negative or
     *     does not fit a C int
     */
    public function setWaitForResultEventTimeout(int $timeoutMs): void {}

    /**
     * New options for {@see listConsumerGroupOffsets()}, for this client.
     */
    public function newListConsumerGroupOffsetsOptions(): ListConsumerGroupOffsetsOptions {}

    /**
     * New options for {@see alterConsumerGroupOffsets()}, for this client.
     */
    public function newAlterConsumerGroupOffsetsOptions(): AlterConsumerGroupOffsetsOptions {}

    /**
     * New options for {@see describeTopics()}, for this client.
     */
    public function newDescribeTopicsOptions(): DescribeTopicsOptions {}

    /**
     * New options for {@see describeCluster()}, for this client.
     */
    public function newDescribeClusterOptions(): DescribeClusterOptions {}

    /**
     * New options for {@see listOffsets()}, for this client.
     */
    public function newListOffsetsOptions(): ListOffsetsOptions {}
}
