#!/usr/bin/env bash
# Benchmarks this extension against a native librdkafka baseline (bench/native.rs) on the same
# embedded mock cluster, and prints one Markdown table: median msg/s of each, their ratio, and
# the peak RSS of each process.
#
# Usage: bench/run.sh [runs] [workload...]     (default: 3 runs of every workload)
#
# Memory under load is a separate script, not run here: it produces and consumes back 2M messages
# and prints the RSS every 100k (see its header and the README's "Memory under load"):
#   php -n -d extension=target/release/librdkafka_php.so bench/memory.php [count] [--in-process]
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-3}"
shift || true
all_workloads="produce producev produce-large consume-prefetched consume-tuned consume-defaults queue-prefetched batch-prefetched"
workloads="${*:-$all_workloads}"

declare -A counts=(
    [produce]=1000000 [producev]=300000 [produce-large]=20000
    [consume-prefetched]=600000 [consume-tuned]=600000 [consume-defaults]=600000
    [queue-prefetched]=600000 [batch-prefetched]=600000
)
declare -A labels=(
    [produce]="produce 1M × 100 B, key, poll(0) every 1024, flush"
    [producev]="producev 300k × 1 KB, 3 headers, delivery callback"
    [produce-large]="produce 20k × 100 KB"
    [consume-prefetched]="KafkaConsumer consume 600k × 100 B, prefetched"
    [consume-tuned]="KafkaConsumer consume 600k, while fetching, tuned"
    [consume-defaults]="KafkaConsumer consume 600k, while fetching, librdkafka defaults"
    [queue-prefetched]="Consumer + one Queue over 16 partitions, prefetched"
    [batch-prefetched]="ConsumerTopic::consumeBatch(…, 1000), prefetched"
)

source scripts/php-env.sh
cargo build --release --lib --bins >&2
native="${CARGO_TARGET_DIR:-$PWD/target}/release/bench-native"
php_run=("$PHP" -n -d "extension=$ext" bench/workloads.php)

source scripts/mock-cluster.sh

# Consumers read 4 topics seeded once with 150k messages of 100 B each (the mock keeps about
# 175k per topic): 600k messages per run, so that each timed loop lasts long enough to measure.
seeded=""
for t in 1 2 3 4; do
    "$native" produce "$bootstrap" "bench-seeded-$$-$t" 150000 >/dev/null
    seeded="${seeded:+$seeded,}bench-seeded-$$-$t"
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "| workload | native msg/s | PHP msg/s | PHP/native | per-run range | native peak RSS | PHP peak RSS |"
echo "|---|---|---|---|---|---|---|"
for workload in $workloads; do
    count="${counts[$workload]}"
    : >"$work/native" && : >"$work/php"
    for run in $(seq 1 "$runs"); do
        case "$workload" in
            produce*) n_topic="bench-$workload-$$-$run-native" p_topic="bench-$workload-$$-$run-php" ;;
            *) n_topic="$seeded" p_topic="$seeded" ;;
        esac
        # Alternate which side runs first, so drift on a noisy machine hits both.
        for side in $([ $((run % 2)) -eq 1 ] && echo "native php" || echo "php native"); do
            if [ "$side" = native ]; then
                "$native" "$workload" "$bootstrap" "$n_topic" "$count" >>"$work/native"
            else
                "${php_run[@]}" "$workload" "$bootstrap" "$p_topic" "$count" >>"$work/php"
            fi
        done
    done
    n_rate=$(awk '{ printf "%.0f\n", $1 / $2 }' "$work/native" | median)
    p_rate=$(awk '{ printf "%.0f\n", $1 / $2 }' "$work/php" | median)
    n_rss=$(awk '{ print $3 }' "$work/native" | median)
    p_rss=$(awk '{ print $3 }' "$work/php" | median)
    ratio=$(awk -v p="$p_rate" -v n="$n_rate" 'BEGIN { printf "%.2f", p / n }')
    # The ratio of each run's pair (the two sides ran back to back): how far the noise reaches.
    range=$(paste -d' ' "$work/native" "$work/php" | awk '
        { r = ($4 / $5) / ($1 / $2); lo = (NR == 1 || r < lo) ? r : lo; hi = (NR == 1 || r > hi) ? r : hi }
        END { printf "%.2f–%.2f", lo, hi }')
    printf "| %s | %s | %s | **%s** | %s | %d MB | %d MB |\n" "${labels[$workload]}" \
        "$(printf "%'d" "$n_rate")" "$(printf "%'d" "$p_rate")" "$ratio" "$range" $((n_rss / 1024)) $((p_rss / 1024))
done
