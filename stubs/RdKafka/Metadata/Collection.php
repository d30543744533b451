<?php

namespace RdKafka\Metadata;

/**
 * Read-only, position-based list of metadata items. current() creates a new
 * wrapper object on each call.
 *
 * @template T of Broker|Topic|Partition|int
 * @implements \Iterator<int, T>
 */
class Collection implements \Countable, \Iterator
{
    private function __construct() {}

    /**
     * @tentative-return-type
     */
    public function count(): int {}

    /**
     * @return T
     * @throws \RdKafka\Exception When the position is past the end.
     * @tentative-return-type
     */
    public function current(): mixed {}

    /**
     * @throws \RdKafka\Exception When the position is past the end.
     * @tentative-return-type
     */
    public function key(): int {}

    /**
     * @tentative-return-type
     */
    public function next(): void {}

    /**
     * @tentative-return-type
     */
    public function rewind(): void {}

    /**
     * @tentative-return-type
     */
    public function valid(): bool {}
}
