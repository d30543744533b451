<?php

namespace RdKafka\Admin;

/**
 * Options for {@see Client::incrementalAlterConfigs()} (RD_KAFKA_ADMIN_OP_INCREMENTALALTERCONFIGS). It takes
 * setRequestTimeout(), setValidateOnly(), setBrokerId(); the other setters throw.
 */
class IncrementalAlterConfigsOptions extends Options
{
    /**
     * Options with the defaults of $kafka's client (a Producer or Consumer), as
     * {@see Client::newIncrementalAlterConfigsOptions()} makes them.
     *
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__STATE if $kafka was created before fork()
     *     in another process
     */
    public function __construct(\RdKafka $kafka) {}
}
