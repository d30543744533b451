<?php

namespace RdKafka\Admin;

/**
 * A broker, as the Admin results describe it. Made by the extension only.
 */
class Node
{
    /** The broker id. */
    public int $id;

    public string $host;

    public int $port;

    /** The broker's rack; null if it has none. */
    public ?string $rack;
}
