<?php

namespace RdKafka\Admin;

/**
 * The outcome for one resource of {@see Client::describeConfigs()} or
 * {@see Client::alterConfigs()}. Made by the extension only.
 */
class ConfigResourceResult
{
    /** The resource name (topic, broker id, group id). */
    public string $name;

    /** An RD_KAFKA_RESOURCE_* constant. */
    public int $type;

    /** An RD_KAFKA_RESP_ERR_* code; 0: success. */
    public int $error;

    /** The error message; null on success. */
    public ?string $errorString;

    /** @var ConfigEntry[] the described entries (empty for alterConfigs) */
    public array $configs;
}
