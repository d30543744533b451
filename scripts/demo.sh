#!/usr/bin/env bash
# Runs the demo against an embedded mock cluster: see examples/demo.php.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/php-env.sh
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
without_installed_rdkafka "$work"
coproc MOCK { "$mock_cluster" --brokers 1 --exit-on-stdin-eof; }
read -r brokers <&"${MOCK[0]}"
echo "mock cluster listening on $brokers"
KAFKA_BROKERS="$brokers" "$PHP" -d "extension=$ext" examples/demo.php
"$PHP" -d "extension=$ext" --ri rdkafka
exec {MOCK[1]}>&-
wait "$MOCK_PID"
