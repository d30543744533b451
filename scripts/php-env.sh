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
mock_cluster="${CARGO_TARGET_DIR:-$PWD/target}/release/kafka-mock-cluster"
