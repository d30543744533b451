# Sourced by scripts/test.sh and bench/run.sh after scripts/php-env.sh: starts the embedded mock
# cluster (3 brokers) in the background, stops it and removes the work directory on exit, and sets:
#   work       a fresh temporary directory
#   bootstrap  the cluster's bootstrap address
work="$(mktemp -d)"
"$mock_cluster" --brokers 3 >"$work/bootstrap" &
mock_pid=$!
trap 'kill "$mock_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
    [ -s "$work/bootstrap" ] && break
    sleep 0.1
done
bootstrap="$(head -n 1 "$work/bootstrap")"
[ -n "$bootstrap" ] || { echo "mock cluster did not start" >&2; exit 1; }
