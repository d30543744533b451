#!/usr/bin/env bash
# Installs what building and testing need on Debian 12 (run as root), then builds the extension.
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v apt-get >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q \
        php8.2-cli php8.2-dev libclang-dev clang pkg-config make cmake \
        libssl-dev libsasl2-dev libzstd-dev zlib1g-dev liblz4-dev kcat ca-certificates curl
fi
if ! command -v cargo >/dev/null; then
    echo "cargo is required (rustup: https://rustup.rs)" >&2
    exit 1
fi
cargo build --release --lib --bins
