<?php

namespace RdKafka\Admin;

/**
 * Options for {@see Client::listOffsets()} (RD_KAFKA_ADMIN_OP_LISTOFFSETS). It takes
 * setRequestTimeout(), setOperationTimeout(), setIsolationLevel(), setBrokerId(); the other
 * setters throw.
 */
class ListOffsetsOptions extends Options
{
    /**
     * Options with the defaults of $kafka's client (a Producer or Consumer), as
     * {@see Client::newListOffsetsOptions()} makes them.
     *
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__STATE if $kafka was created before fork()
     *     in another process
     */
    public function __construct(\RdKafka $kafka) {}
}
