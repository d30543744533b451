<?php

namespace RdKafka\Admin;

/**
 * A consumer group to delete with {@see Client::deleteGroups()}.
 */
class DeleteGroup
{
    /**
     * @param string $name the group id
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__INVALID_ARG for a name with NUL bytes
     */
    public function __construct(string $name) {}
}
