<?php

namespace RdKafka\Admin;

/**
 * Options for {@see Client::createTopics()} (RD_KAFKA_ADMIN_OP_CREATETOPICS). It takes
 * setRequestTimeout(), setOperationTimeout(), setValidateOnly(), setBrokerId(); the other
 * setters throw.
 */
class CreateTopicsOptions extends Options
{
    /**
     * Options with the defaults of $kafka's client (a Producer or Consumer), as
     * {@see Client::newCreateTopicsOptions()} makes them.
     *
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__STATE if $kafka was created before fork()
     *     in another process
     */
    public function __construct(\RdKafka $kafka) {}
}
