#!/usr/bin/env bash
# Installs what building and testing need on Debian (run as root), then builds the extension for
# the PHP that scripts/php-env.sh chooses: PHP_CONFIG, or `php-config` on PATH. When neither
# exists, Debian's default PHP (php-cli, php-dev) is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null; then
    echo "cargo (Rust 1.85 or later) is required: install it with rustup (https://rustup.rs), then run this again" >&2
    exit 1
fi
if command -v apt-get >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    packages=(libclang-dev clang pkg-config make cmake libssl-dev libsasl2-dev libzstd-dev zlib1g-dev
        liblz4-dev kcat ca-certificates curl python3 python3-pip)
    if [ -z "${PHP_CONFIG:-}" ] && ! command -v php-config >/dev/null; then
        packages+=(php-cli php-dev)
    fi
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${packages[@]}"
fi
source scripts/php-env.sh
echo "building for PHP $(php_build) ($PHP_CONFIG)"
cargo build --release --lib --bins
