<?php

namespace RdKafka\Admin;

/**
 * The result of {@see Client::listConsumerGroups()}. Made by the extension only.
 */
class ListConsumerGroupsResult
{
    /** @var ConsumerGroupListing[] the groups the brokers that answered know */
    public array $groups;

    /**
     * @var \RdKafka\KafkaErrorException[] the errors of the brokers that could not answer
     *     (not thrown); empty when every broker answered
     */
    public array $errors;
}
