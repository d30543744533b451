<?php

namespace RdKafka\Admin;

/**
 * Records to delete with {@see Client::deleteRecords()}: in each partition, those before the
 * given offset.
 */
class DeleteRecords
{
    /**
     * @param \RdKafka\TopicPartition ...$beforeOffsets the partitions, each with the offset
     *     before which records are deleted (RD_KAFKA_OFFSET_END: up to the high watermark,
     *     i.e. all). deleteRecords() fails with RD_KAFKA_RESP_ERR__INVALID_ARG if there are
     *     none or a partition is repeated.
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__INVALID_ARG for a topic name longer than 249
     *     bytes or with NUL bytes
     */
    public function __construct(\RdKafka\TopicPartition ...$beforeOffsets) {}
}
