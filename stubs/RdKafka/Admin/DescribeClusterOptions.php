<?php

namespace RdKafka\Admin;

/**
 * Options for {@see Client::describeCluster()} (RD_KAFKA_ADMIN_OP_DESCRIBECLUSTER). It takes
 * setRequestTimeout(), setIncludeAuthorizedOperations(), setBrokerId(); the other setters
 * throw.
 */
class DescribeClusterOptions extends Options
{
    /**
     * Options with the defaults of $kafka's client (a Producer or Consumer), as
     * {@see Client::newDescribeClusterOptions()} makes them.
     *
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__STATE if $kafka was created before fork()
     *     in another process
     */
    public function __construct(\RdKafka $kafka) {}
}
