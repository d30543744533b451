<?php

namespace RdKafka;

/**
 * A consumer's group state (group id, generation, member id), which
 * {@see Producer::sendOffsetsToTransaction()} sends with the offsets so that the group
 * coordinator can fence off stale group members (exactly-once consume-transform-produce).
 *
 * Get it from {@see KafkaConsumer::getConsumerGroupMetadata()}, or build one by hand. Final,
 * and cannot be cloned. Same names and signatures as php-rdkafka 7.x.
 */
final class ConsumerGroupMetadata
{
    /**
     * Group metadata built by hand. Without the generation and member id of a live group
     * member (the defaults), the coordinator cannot fence off stale members.
     *
     * @throws \RdKafka\Exception RD_KAFKA_RESP_ERR__INVALID_ARG if $generation_id does not fit
     *     a 32-bit int or a string has NUL bytes
     */
    public function __construct(string $group_id, int $generation_id = -1, string $member_id = '', ?string $group_instance_id = null) {}

    /**
     * @tentative-return-type
     */
    public function getGroupId(): string {}

    /**
     * @return string the member id; empty if not (yet) a group member
     * @tentative-return-type
     */
    public function getMemberId(): string {}

    /**
     * @return string|null the `group.instance.id` (static membership); null if none
     * @tentative-return-type
     */
    public function getGroupInstanceId(): ?string {}

    /**
     * @return int the group generation; -1 if not (yet) a group member
     * @tentative-return-type
     */
    public function getGenerationId(): int {}
}
