#!/usr/bin/env bash
# Installs the built extension into PHP's extension directory and enables it the Debian way.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$(php-config --extension-dir)"
install -m 0755 target/release/librdkafka_php.so "$dir/rdkafka.so"
if [ -d /etc/php/8.2/mods-available ]; then
    echo "extension=rdkafka.so" > /etc/php/8.2/mods-available/rdkafka.ini
    phpenmod rdkafka
fi
php -m | grep -qx rdkafka && echo "rdkafka enabled: $(php -r 'echo phpversion("rdkafka");')"
