<?php

namespace RdKafka;

/**
 * A consumed message, a consumer event (err != 0), or a delivery report.
 */
class Message
{
    /** RD_KAFKA_RESP_ERR_* code; 0 for a normal message. */
    public int $err;

    /** Set when the message carries a topic handle. */
    public ?string $topic_name = null;

    /** Timestamp in ms (-1 if unavailable); only set when $payload is not null. */
    public ?int $timestamp = null;

    public int $partition;

    /** For error events, the error text. */
    public ?string $payload = null;

    /** Length of $payload. */
    public ?int $len = null;

    public ?string $key = null;

    public int $offset;

    /** @var array<string, string> Only filled when $err is 0. */
    public array $headers;

    /** The $msg_opaque given to produce()/producev(); delivery reports only. */
    public ?string $opaque = null;

    /**
     * @return string|null Description of $err (rd_kafka_err2str()).
     * @tentative-return-type
     */
    public function errstr(): ?string {}
}
