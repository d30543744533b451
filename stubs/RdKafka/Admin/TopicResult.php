<?php

namespace RdKafka\Admin;

/**
 * The outcome for one topic of {@see Client::createTopics()}, {@see Client::deleteTopics()}
 * or {@see Client::createPartitions()}. Made by the extension only.
 */
class TopicResult
{
    /** An RD_KAFKA_RESP_ERR_* code; 0: success. */
    public int $error;

    /** The broker's or librdkafka's error message; null on success. */
    public ?string $errorString;

    /** The topic name. */
    public string $name;
}
