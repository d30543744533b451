<?php

namespace RdKafka\Admin;

/**
 * The result of {@see Client::describeCluster()}. Made by the extension only.
 */
class ClusterDescription
{
    /** The cluster id; null if the brokers do not report one. */
    public ?string $clusterId;

    /** The controller broker; null if unknown. */
    public ?Node $controller;

    /** @var Node[] the cluster's brokers */
    public array $nodes;

    /**
     * @var int[]|null RD_KAFKA_ACL_OPERATION_* constants the client may perform on the
     *     cluster; null unless asked for with {@see Options::setIncludeAuthorizedOperations()}
     */
    public ?array $authorizedOperations;
}
