#!/usr/bin/env bash
# Builds the extension and runs every test: cargo's unit tests, then the phpt suite against the
# freshly built .so with an embedded librdkafka mock cluster and a Tansu broker (for the Admin
# API and exactly-once tests) that this script starts and stops.
# The PHP is the one scripts/php-env.sh chooses (PHP_CONFIG, or php-config on PATH). On a debug
# build of PHP the engine's leak report is part of each test's output, so a leak fails the test;
# LEAK results (run-tests.php -m, under valgrind) count as failures too.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/php-env.sh

cargo build --release --lib --bins
cargo test --release --workspace

[ -n "$run_tests" ] || { echo "run-tests.php not found for $PHP_CONFIG" >&2; exit 1; }
source scripts/mock-cluster.sh
source scripts/tansu.sh
without_installed_rdkafka "$work"
export TEST_KAFKA_BROKERS="$bootstrap" TEST_TANSU_BROKERS="$tansu_bootstrap"
echo "mock cluster: $TEST_KAFKA_BROKERS; tansu: $TEST_TANSU_BROKERS"
echo "PHP: $(php_build) ($PHP)"

export TEST_PHP_EXECUTABLE="$PHP"
export REPORT_EXIT_STATUS=1
export NO_INTERACTION=1
status=0
"$PHP" "$run_tests" -q -j2 --show-diff -d "extension=$ext" "${@:-php-tests}" | tee "$work/phpt.log" || status=$?

summary() { grep -E "^Tests $1 +:" "$work/phpt.log" | awk '{print $4}' | head -n 1 || true; }
passed=$(summary passed); failed=$(summary failed); skipped=$(summary skipped); leaked=$(summary leaked)
warned=$(summary warned)
if [ -z "$passed" ]; then
    echo "phpt: no tests were run" >&2
    exit 1
fi
if [ "${warned:-0}" -ne 0 ]; then
    # run-tests.php runs a failed test again when it reads the clock; a pass then is a WARN.
    echo "phpt: ${warned} tests passed only when run-tests.php retried them (flaky)"
fi
if [ "${leaked:-0}" -ne 0 ]; then
    echo "phpt: ${leaked} tests leaked engine memory (counted as failed)"
    status=1
fi
echo "phpt: $(( ${passed:-0} + ${warned:-0} )) passed, $(( ${failed:-0} + ${leaked:-0} )) failed, ${skipped:-0} skipped"
exit "$status"
