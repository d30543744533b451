# Sourced by scripts/test.sh after scripts/mock-cluster.sh: starts Tansu, a Kafka-protocol broker
# with the Admin requests the embedded mock lacks (fetched once by scripts/fetch-tansu.sh), on a
# free local port with in-memory storage, stops it on exit, and sets:
#   tansu_bootstrap  its bootstrap address
tansu_bin="$(bash scripts/fetch-tansu.sh)"
tansu_port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
tansu_bootstrap="127.0.0.1:$tansu_port"
"$tansu_bin" broker --listener-url "tcp://$tansu_bootstrap" --advertised-listener-url "tcp://$tansu_bootstrap" \
    --storage-engine memory:// >"$work/tansu.log" 2>&1 &
tansu_pid=$!
trap 'kill "$tansu_pid" "$mock_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
tansu_listening() { (exec 3<>"/dev/tcp/127.0.0.1/$tansu_port") 2>/dev/null; }
for _ in $(seq 1 100); do
    tansu_listening && break
    sleep 0.1
done
tansu_listening || { cat "$work/tansu.log" >&2; echo "tansu did not start" >&2; exit 1; }
