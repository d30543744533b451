<?php

/**
 * Global functions of php-rdkafka 6.0.4 (stubs). These have real, not
 * tentative, return types.
 */

/**
 * Entries of the linked librdkafka's error table, in code order. Unused
 * slots (code 0) are skipped, except the first one, which is kept even when
 * it has no name.
 *
 * @return list<array{code: int, name: ?string, desc: ?string}>
 */
function rd_kafka_get_err_descs(): array {}

/**
 * @param int $err An RD_KAFKA_RESP_ERR_* code.
 * @return string|null The code's name without the RD_KAFKA_RESP_ERR_ prefix, e.g. "_TIMED_OUT".
 */
function rd_kafka_err2name(int $err): ?string {}

/**
 * @param int $err An RD_KAFKA_RESP_ERR_* code.
 * @return string|null Human readable description, e.g. "Local: Timed out".
 */
function rd_kafka_err2str(int $err): ?string {}

/**
 * Converts a system errno to an RD_KAFKA_RESP_ERR_* code.
 *
 * @deprecated
 */
function rd_kafka_errno2err(int $errnox): int {}

/**
 * Returns the current C errno.
 *
 * @deprecated
 */
function rd_kafka_errno(): int {}

/**
 * @return int Logical offset $cnt messages before the end of a partition,
 *             to pass as an $offset argument (-2000 - $cnt).
 */
function rd_kafka_offset_tail(int $cnt): int {}

/**
 * @return int Number of librdkafka threads currently running in the process.
 */
function rd_kafka_thread_cnt(): int {}
