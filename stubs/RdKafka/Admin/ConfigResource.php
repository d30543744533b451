<?php

namespace RdKafka\Admin;

/**
 * A resource whose configuration {@see Client::describeConfigs()} describes or
 * {@see Client::alterConfigs()} replaces.
 */
class ConfigResource
{
    /**
     * @param int $type an RD_KAFKA_RESOURCE_* constant (e.g. RD_KAFKA_RESOURCE_TOPIC,
     *     RD_KAFKA_RESOURCE_BROKER, RD_KAFKA_RESOURCE_GROUP)
     * @param string $name the topic name, the broker id as a string, or the group id
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__INVALID_ARG for an unknown type or a name
     *     with NUL bytes
     */
    public function __construct(int $type, string $name) {}

    /**
     * Sets a configuration entry for alterConfigs() (which replaces the resource's whole
     * configuration: entries not set revert to their defaults). For describeConfigs() only the
     * names count: they restrict the description to those entries.
     *
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__INVALID_ARG (e.g. an empty name, NUL bytes)
     */
    public function setConfig(string $name, string $value): void {}

    /**
     * Adds one change for {@see Client::incrementalAlterConfigs()}: $op_type is an
     * RD_KAFKA_ALTER_CONFIG_OP_TYPE_* value (SET, DELETE, APPEND, SUBTRACT); $value may be null
     * only for DELETE.
     *
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__INVALID_ARG for an unknown operation type, an
     *     empty name, a missing value or NUL bytes
     */
    public function addIncrementalConfig(string $name, int $op_type, ?string $value = null): void {}
}
