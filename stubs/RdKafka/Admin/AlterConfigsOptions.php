<?php

namespace RdKafka\Admin;

/**
 * Options for {@see Client::alterConfigs()} (RD_KAFKA_ADMIN_OP_ALTERCONFIGS). It takes
 * setRequestTimeout(), setValidateOnly(), setBrokerId(); the other setters throw.
 */
class AlterConfigsOptions extends Options
{
    /**
     * Options with the defaults of $kafka's client (a Producer or Consumer), as
     * {@see Client::newAlterConfigsOptions()} makes them.
     *
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__STATE if $kafka was created before fork()
     *     in another process
     */
    public function __construct(\RdKafka $kafka) {}
}
