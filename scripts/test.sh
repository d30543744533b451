#!/usr/bin/env bash
# Builds the extension and runs every test: cargo's unit tests, then the phpt suite against the
# freshly built .so with an embedded librdkafka mock cluster that this script starts and stops.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --lib --bins
cargo test --release --workspace

ext="$PWD/target/release/librdkafka_php.so"
run_tests="$(ls /usr/lib/php/*/build/run-tests.php | head -n 1)"
source scripts/mock-cluster.sh
export TEST_KAFKA_BROKERS="$bootstrap"
echo "mock cluster: $TEST_KAFKA_BROKERS"

export TEST_PHP_EXECUTABLE="$(command -v php)"
export REPORT_EXIT_STATUS=1
export NO_INTERACTION=1
status=0
php "$run_tests" -q -j2 --show-diff -d "extension=$ext" "${@:-php-tests}" | tee "$work/phpt.log" || status=$?

summary() { grep -E "^Tests $1 +:" "$work/phpt.log" | awk '{print $4}' | head -n 1; }
passed=$(summary passed); failed=$(summary failed); skipped=$(summary skipped)
if [ -z "$passed" ]; then
    echo "phpt: no tests were run" >&2
    exit 1
fi
echo "phpt: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit "$status"
