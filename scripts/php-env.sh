# Sourced by the scripts: chooses the PHP to build and test against, as ext-php-rs does.
#   PHP_CONFIG  the php-config of that PHP (default: `php-config` on PATH); exported, absolute
#   PHP         its CLI binary (`php-config --php-binary`); exported, so cargo's build scripts
#               (ext-php-rs's and ours) and the tests all see the same PHP
#   run_tests   that PHP's run-tests.php
#   ext         the extension cargo builds (honours CARGO_TARGET_DIR)
if [ -z "${PHP_CONFIG:-}" ]; then
    PHP_CONFIG="$(command -v php-config || true)"
fi
if [ -z "$PHP_CONFIG" ] || [ ! -x "$PHP_CONFIG" ]; then
    echo "php-config not found: install PHP's development files or set PHP_CONFIG" >&2
    exit 1
fi
PHP_CONFIG="$(cd "$(dirname "$PHP_CONFIG")" && pwd)/$(basename "$PHP_CONFIG")"
PHP="$("$PHP_CONFIG" --php-binary)"
export PHP_CONFIG PHP

php_prefix="$("$PHP_CONFIG" --prefix)"
run_tests=""
for candidate in \
    "$php_prefix/lib/php/$("$PHP_CONFIG" --phpapi 2>/dev/null)/build/run-tests.php" \
    "$php_prefix/lib/php/build/run-tests.php"; do
    if [ -f "$candidate" ]; then
        run_tests="$candidate"
        break
    fi
done

ext="${CARGO_TARGET_DIR:-$PWD/target}/release/librdkafka_php.so"

# "8.2.36 NTS release": version, thread safety and build type of the chosen PHP.
php_build() {
    "$PHP" -r 'echo PHP_VERSION, PHP_ZTS ? " ZTS" : " NTS", PHP_DEBUG ? " debug" : " release";'
}
mock_cluster="${CARGO_TARGET_DIR:-$PWD/target}/release/kafka-mock-cluster"

# Makes the fresh build the only rdkafka PHP loads: when PHP's ini files already enable an
# installed copy (scripts/install.sh, make install, a package), loading ours as well fails with
# 'Module "rdkafka" is already loaded', or the old copy runs instead. PHP_INI_SCAN_DIR then
# points to a copy of PHP's scan directory without the files that load rdkafka. $1: a directory
# to create it in.
without_installed_rdkafka() {
    "$PHP" -m 2>/dev/null | grep -x rdkafka >/dev/null || return 0
    local scan_dir="$1/conf.d" file
    mkdir -p "$scan_dir"
    while IFS= read -r file; do
        [ -n "$file" ] || continue
        grep -qE '^[[:space:]]*extension[[:space:]]*=[[:space:]]*"?([^"]*/)?rdkafka(\.so)?"?[[:space:]]*$' "$file" ||
            cp "$file" "$scan_dir/"
    done < <("$PHP" -r 'foreach (explode(",", (string) php_ini_scanned_files()) as $f) echo trim($f), "\n";')
    export PHP_INI_SCAN_DIR="$scan_dir"
    if "$PHP" -m 2>/dev/null | grep -x rdkafka >/dev/null; then
        echo "$("$PHP" -r 'echo php_ini_loaded_file();') loads an rdkafka module: remove that line to test this build" >&2
        exit 1
    fi
    echo "note: PHP's ini files enable an installed rdkafka; it is left out so that $ext is what runs"
}
