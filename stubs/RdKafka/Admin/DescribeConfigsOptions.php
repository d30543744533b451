<?php

namespace RdKafka\Admin;

/**
 * Options for {@see Client::describeConfigs()} (RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS). It takes
 * setRequestTimeout(), setBrokerId(); the other setters throw.
 */
class DescribeConfigsOptions extends Options
{
    /**
     * Options with the defaults of $kafka's client (a Producer or Consumer), as
     * {@see Client::newDescribeConfigsOptions()} makes them.
     *
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__STATE if $kafka was created before fork()
     *     in another process
     */
    public function __construct(\RdKafka $kafka) {}
}
