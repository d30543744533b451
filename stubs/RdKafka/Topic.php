<?php

namespace RdKafka;

/**
 * Base of the topic handles returned by newTopic().
 */
abstract class Topic
{
    /**
     * @tentative-return-type
     */
    public function getName(): string {}
}
