<?php

namespace RdKafka\Admin;

/**
 * Options for {@see Client::deleteTopics()} (RD_KAFKA_ADMIN_OP_DELETETOPICS). It takes
 * setRequestTimeout(), setOperationTimeout(), setBrokerId(); the other setters throw.
 */
class DeleteTopicsOptions extends Options
{
    /**
     * Options with the defaults of $kafka's client (a Producer or Consumer), as
     * {@see Client::newDeleteTopicsOptions()} makes them.
     *
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__STATE if $kafka was created before fork()
     *     in another process
     */
    public function __construct(\RdKafka $kafka) {}
}
