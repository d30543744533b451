#!/usr/bin/env bash
# Installs the built extension into the extension directory of the PHP that scripts/php-env.sh
# chooses, and enables it: the Debian way (phpenmod) where that PHP is Debian's, otherwise it
# prints the line to add to php.ini.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/php-env.sh
dir="$("$PHP_CONFIG" --extension-dir)"
install -m 0755 "$ext" "$dir/rdkafka.so"
mods="/etc/php/$("$PHP" -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')/mods-available"
if [ -d "$mods" ] && command -v phpenmod >/dev/null; then
    echo "extension=rdkafka.so" > "$mods/rdkafka.ini"
    phpenmod -v "$(basename "$(dirname "$mods")")" rdkafka
fi
if "$PHP" -m | grep -x rdkafka >/dev/null; then
    echo "rdkafka enabled: $("$PHP" -r 'echo phpversion("rdkafka");')"
else
    echo "installed $dir/rdkafka.so; add extension=rdkafka to $("$PHP" -r 'echo php_ini_loaded_file() ?: "php.ini";')"
fi
