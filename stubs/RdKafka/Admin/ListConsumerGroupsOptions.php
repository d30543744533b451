<?php

namespace RdKafka\Admin;

/**
 * Options for {@see Client::listConsumerGroups()} (RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS). It
 * takes setRequestTimeout(), setMatchConsumerGroupStates(), setBrokerId(); the other setters
 * throw.
 */
class ListConsumerGroupsOptions extends Options
{
    /**
     * Options with the defaults of $kafka's client (a Producer or Consumer), as
     * {@see Client::newListConsumerGroupsOptions()} makes them.
     *
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__STATE if $kafka was created before fork()
     *     in another process
     */
    public function __construct(\RdKafka $kafka) {}
}
