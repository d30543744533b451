<?php

namespace RdKafka;

/**
 * A message queue created by {@see Consumer::newQueue()}; partitions are
 * routed to it with {@see ConsumerTopic::consumeQueueStart()}.
 */
class Queue
{
    private function __construct() {}

    /**
     * @return Message|null null on timeout; error events are returned as Messages.
     * @throws Exception
     * @tentative-return-type
     */
    public function consume(int $timeout_ms): ?Message {}
}
