<?php

namespace RdKafka\Admin;

/**
 * One configuration entry of a {@see ConfigResourceResult}, or one of its synonyms. Made by
 * the extension only.
 */
class ConfigEntry
{
    public string $name;

    /** The value; null for sensitive entries (and unset ones). */
    public ?string $value;

    /** Where the value comes from: an RD_KAFKA_CONFIG_SOURCE_* constant. */
    public int $source;

    /** Whether the entry cannot be altered. */
    public bool $isReadOnly;

    /** Whether the value is the default. */
    public bool $isDefault;

    /** Whether the value is sensitive (and so not disclosed). */
    public bool $isSensitive;

    /** Whether this entry is a synonym of another one. */
    public bool $isSynonym;

    /** @var ConfigEntry[] the entry's synonyms (brokers 1.1 and later), by precedence */
    public array $synonyms;
}
