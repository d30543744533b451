<?php

namespace RdKafka\Admin;

/**
 * Options for {@see Client::listConsumerGroupOffsets()}
 * (RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS). It takes setRequestTimeout(),
 * setRequireStableOffsets(), setBrokerId(); the other setters throw.
 */
class ListConsumerGroupOffsetsOptions extends Options
{
    /**
     * Options with the defaults of $kafka's client (a Producer or Consumer), as
     * {@see Client::newListConsumerGroupOffsetsOptions()} makes them.
     *
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__STATE if $kafka was created before fork()
     *     in another process
     */
    public function __construct(\RdKafka $kafka) {}
}
