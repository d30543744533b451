<?php

namespace RdKafka\Admin;

/**
 * One partition's answer to {@see Client::listOffsets()}. Made by the extension only.
 */
class ListOffsetsResultInfo
{
    /** The partition, with the offset found and its error code (getErr(), 0: success). */
    public \RdKafka\TopicPartition $topicPartition;

    /** The timestamp (ms) of the record at that offset; -1 if none. */
    public int $timestamp;
}
