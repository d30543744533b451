#!/usr/bin/env bash
# Runs the demo against an embedded mock cluster: see examples/demo.php.
set -euo pipefail
cd "$(dirname "$0")/.."
ext="$PWD/target/release/librdkafka_php.so"
coproc MOCK { ./target/release/kafka-mock-cluster --brokers 1 --exit-on-stdin-eof; }
read -r brokers <&"${MOCK[0]}"
echo "mock cluster listening on $brokers"
KAFKA_BROKERS="$brokers" php -d "extension=$ext" examples/demo.php
php -d "extension=$ext" --ri rdkafka
exec {MOCK[1]}>&-
wait "$MOCK_PID"
