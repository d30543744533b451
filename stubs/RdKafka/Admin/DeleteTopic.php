<?php

namespace RdKafka\Admin;

/**
 * A topic to delete with {@see Client::deleteTopics()}.
 */
class DeleteTopic
{
    /**
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__INVALID_ARG for a name longer than 249
     *     bytes or with NUL bytes
     */
    public function __construct(string $name) {}
}
