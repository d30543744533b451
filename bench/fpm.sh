#!/usr/bin/env bash
# Publishing from web requests: a real PHP-FPM (Debian's php8.2-fpm) behind nginx, driven by
# wrk, with bench/fpm/publish.php publishing one event per request to the embedded mock cluster.
# Compares a new Producer per request (php-rdkafka's only way) with a persistent Producer, then
# counts the messages in the topics against the requests wrk completed and follows the FPM
# workers' RSS over the persistent run.
#
# Usage: bench/fpm.sh [seconds per run]     (default 10; needs root to install the packages)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"

for tool in php-fpm8.2 nginx wrk; do
    command -v "$tool" >/dev/null || PATH="$PATH:/usr/sbin"
done
if ! command -v php-fpm8.2 >/dev/null || ! command -v nginx >/dev/null || ! command -v wrk >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q php8.2-fpm nginx wrk >&2
fi

source scripts/php-env.sh
cargo build --release --lib --bins >&2
source scripts/mock-cluster.sh
here="$PWD/bench/fpm"
port=18080
workers=4

cat >"$work/fpm.conf" <<CONF
[global]
error_log = $work/fpm.log
daemonize = no
[bench]
listen = $work/fpm.sock
listen.mode = 0666
pm = static
pm.max_children = $workers
clear_env = no
catch_workers_output = yes
; The same, but each worker is replaced after 500 requests (pm.max_requests): its module
; shutdown flushes the persistent producer.
[recycled]
listen = $work/fpm-recycled.sock
listen.mode = 0666
pm = static
pm.max_children = 2
pm.max_requests = 500
clear_env = no
catch_workers_output = yes
CONF
cat >"$work/nginx.conf" <<CONF
daemon off;
# The work directory is root's (mktemp -d): the worker must reach the FPM socket in it.
user root;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx-body;
    fastcgi_temp_path $work/nginx-fastcgi;
    proxy_temp_path $work/nginx-proxy;
    uwsgi_temp_path $work/nginx-uwsgi;
    scgi_temp_path $work/nginx-scgi;
    server {
        listen 127.0.0.1:$port;
        location / {
            include /etc/nginx/fastcgi_params;
            fastcgi_param SCRIPT_FILENAME $here/publish.php;
            fastcgi_pass unix:$work/fpm.sock;
            fastcgi_keep_conn on;
        }
        location /recycled {
            include /etc/nginx/fastcgi_params;
            fastcgi_param SCRIPT_FILENAME $here/publish.php;
            fastcgi_pass unix:$work/fpm-recycled.sock;
        }
    }
}
CONF

# As in production: opcache on (the script is compiled once per worker, not per request).
KAFKA_BROKERS="$bootstrap" php-fpm8.2 -R -n -d zend_extension=opcache -d opcache.enable=1 \
    -d "extension=$ext" -y "$work/fpm.conf" &
fpm_pid=$!
nginx -c "$work/nginx.conf" &
nginx_pid=$!
trap 'kill "$nginx_pid" "$fpm_pid" "$mock_pid" 2>/dev/null || true; wait 2>/dev/null || true; [ -n "${KEEP_WORK:-}" ] || rm -rf "$work"' EXIT
ready=""
for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/?mode=warmup" >/dev/null 2>&1 && ready=1 && break
    sleep 0.1
done
[ -n "$ready" ] || { echo "nginx + PHP-FPM did not answer; see $work/*.log" >&2; exit 1; }

fpm_workers_rss_mb() {
    local total=0 pid
    for pid in $(pgrep -P "$fpm_pid"); do
        total=$((total + $(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")))
    done
    echo "scale=1; $total / 1024" | bc
}

declare -A requests
# Latency: one connection at a time, so each figure is the time one request takes rather than
# its wait behind others (2 cores serve wrk, nginx, the workers and the mock cluster).
# Throughput: 8 connections.
run() { # mode connections
    local out rps p50 p99 n bad
    out="$(wrk -t"$(( $2 > 1 ? 2 : 1 ))" -c"$2" -d"${seconds}s" --latency "http://127.0.0.1:$port/?mode=$1")"
    rps="$(awk '/^Requests\/sec/ {print $2}' <<<"$out")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    n="$(awk '/requests in/ {print $1}' <<<"$out")"
    bad="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
    [ -z "$bad" ] || { echo "$1: $bad requests failed" >&2; exit 1; }
    requests[$1]=$(( ${requests[$1]:-0} + n ))
    echo "| $1 | $2 | $rps | $p50 | $p99 | $n |"
}
echo "| mode | connections | requests/s | p50 | p99 | requests |"
echo "|---|---|---|---|---|---|"
for connections in 1 8; do
    for mode in noop fresh persistent-flush persistent; do
        run "$mode" "$connections"
    done
done

echo
echo "FPM workers' RSS (sum of $workers), persistent mode, every 2 s of load:"
echo "| requests so far | RSS MB |"
echo "|---|---|"
total=0
echo "| 0 | $(fpm_workers_rss_mb) |"
for _ in 1 2 3 4 5 6; do
    out="$(wrk -t2 -c8 -d2s "http://127.0.0.1:$port/?mode=persistent")"
    n="$(awk '/requests in/ {print $1}' <<<"$out")"
    total=$((total + n))
    requests[persistent]=$((requests[persistent] + n))
    echo "| $total | $(fpm_workers_rss_mb) |"
done
[ "$total" -ge 20000 ] || echo "(fewer than 20 000 requests: run longer)"

out="$(wrk -t2 -c8 -d"${seconds}s" "http://127.0.0.1:$port/recycled?mode=persistent&topic=recycled")"
requests[recycled]="$(awk '/requests in/ {print $1}' <<<"$out")"
echo
echo "With pm.max_requests = 500: ${requests[recycled]} requests, so about $(( requests[recycled] / 500 )) workers replaced."

# A graceful stop ends the workers, whose module shutdown flushes what is still in flight.
kill -QUIT "$fpm_pid"
wait "$fpm_pid" 2>/dev/null || true
echo
echo "Messages consumed back from the topics after FPM stopped, against the requests wrk completed:"
"$PHP" -n -d "extension=$ext" "$here/count.php" "$bootstrap" orders-fresh orders-persistent-flush orders-persistent orders-recycled |
    while read -r topic count malformed; do
        mode="${topic#orders-}"
        echo "- $mode: $count messages ($malformed malformed), ${requests[$mode]} requests completed (wrk does not count those in flight when a run stops, up to 8 per run)"
    done
grep -h "rdkafka" "$work/fpm.log" | head -n 5 || true
