#!/usr/bin/env bash
# Builds and tests the extension on every PHP we support, each the way its users get it:
#
#   8.2               the host's PHP (Debian 12)
#   8.4               Debian 13 "trixie", in a debootstrap chroot
#   8.5               Debian sid + experimental, in a debootstrap chroot
#   8.6               Debian sid + experimental (release candidate), in a debootstrap chroot
#   8.2-zts-debug     PHP 8.2 from Debian 12's source package, --enable-zts --enable-debug
#   8.2-zts           the same, --enable-zts release build
#
# For each: a clean clone of this checkout is built with `phpize && ./configure && make &&
# make install`, `php -m` must list the installed module, then the README's test command
# (scripts/test.sh: cargo tests and the phpt suite against a mock cluster) runs in that clone.
# Prints one table at the end; exits non-zero if any target failed.
#
# Usage: bash scripts/matrix.sh [--prepare-only] [target...]     (default: every target)
# --prepare-only sets up each target's PHP (chroot or source build) without building or testing.
# Chroots, PHP builds and per-target cargo target directories are cached in MATRIX_CACHE
# (default /var/cache/php-rdkafka-rs-matrix), outside the clone. Run as root (debootstrap, chroot).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
# Every target tests this commit, whatever is committed meanwhile.
commit="$(git rev-parse HEAD)"
cache="${MATRIX_CACHE:-/var/cache/php-rdkafka-rs-matrix}"
all_targets=(8.2 8.4 8.5 8.6 8.2-zts-debug 8.2-zts)
prepare_only=false
if [ "${1:-}" = "--prepare-only" ]; then
    prepare_only=true
    shift
fi
targets=("${@:-${all_targets[@]}}")
mkdir -p "$cache"

# The Debian mirror this machine's apt already uses.
debian_mirror() {
    local uri=""
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        uri="$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)"
    fi
    if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
        uri="$(awk '$1 == "deb" && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list)"
    fi
    [ -n "$uri" ] || { echo "no Debian mirror in the apt sources" >&2; exit 1; }
    echo "$uri"
}

host_packages() {
    local missing=()
    for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
    if [ ${#missing[@]} -gt 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

# ---------------------------------------------------------------------------------------------
# Chroots

# prepare_chroot NAME SUITE EXTRA_SUITE PACKAGE-GROUP... : a debootstrap of SUITE (plus
# EXTRA_SUITE, if not "-"), with each package group installed by one apt-get call, in order.
prepare_chroot() {
    local name="$1" suite="$2" extra="$3"
    shift 3
    local root="$cache/chroot-$name"
    [ -e "$root/.ready" ] && return 0
    host_packages debootstrap
    # A run that was killed may have left the host's cargo homes mounted in there.
    unmount_under "$root"
    rm -rf "$root"
    local mirror
    mirror="$(debian_mirror)"
    debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$cache/debootstrap-$name.log" 2>&1 ||
        { tail -n 20 "$cache/debootstrap-$name.log" >&2; return 1; }
    {
        echo "deb $mirror $suite main"
        [ "$extra" = "-" ] || echo "deb $mirror $extra main"
    } >"$root/etc/apt/sources.list"
    # The mirror's snapshot of sid and experimental has expired Release files.
    echo 'Acquire::Check-Valid-Until "false";' >"$root/etc/apt/apt.conf.d/90snapshot"
    echo 'APT::Install-Recommends "false";' >"$root/etc/apt/apt.conf.d/90norecommends"
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    chroot "$root" apt-get update -q
    for group in "$@"; do
        # shellcheck disable=SC2086
        chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $group
    done
    # What building a clone needs besides what scripts/setup.sh installs.
    chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q git gcc libc6-dev procps
    touch "$root/.ready"
}

# Unmounts everything mounted below ROOT, deepest first.
unmount_under() {
    local m
    awk -v root="$1/" 'index($2, root) == 1 {print $2}' /proc/mounts | sort -r | while read -r m; do
        umount -l "$m" 2>/dev/null || true
    done
}

chroot_mounts=()
mount_chroot() {
    local root="$1"
    unmount_under "$root"
    mkdir -p "$root/root/.cargo" "$root/root/.rustup" "$root/src"
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --make-rslave "$root/dev"
    # Toolchains cannot be downloaded: the host's rustup and cargo homes serve the chroot.
    mount --bind "${CARGO_HOME:-$HOME/.cargo}" "$root/root/.cargo"
    mount --bind "${RUSTUP_HOME:-$HOME/.rustup}" "$root/root/.rustup"
    mount --bind "$repo" "$root/src"
    # The test command's Tansu broker, fetched by the host (whose network settings the chroot
    # does not have).
    local tansu_mount="$root/var/cache/php-rdkafka-rs/tansu"
    mkdir -p "$tansu_mount"
    mount --bind "$tansu_cache" "$tansu_mount"
    chroot_mounts=("$tansu_mount" "$root/src" "$root/root/.rustup" "$root/root/.cargo" "$root/dev" "$root/proc")
}

unmount_chroot() {
    for m in "${chroot_mounts[@]}"; do umount -l "$m" 2>/dev/null || true; done
    chroot_mounts=()
}
trap unmount_chroot EXIT

# ---------------------------------------------------------------------------------------------
# PHP from Debian 12's source package

prepare_php_source_build() {
    local name="$1"
    shift
    local prefix="$cache/php-$name"
    [ -x "$prefix/bin/php-config" ] && return 0
    host_packages gcc make pkg-config zlib1g-dev xz-utils libc6-dev git
    local src="$cache/php8.2-src"
    if ! ls "$src"/php8.2_*.orig.tar.xz >/dev/null 2>&1; then
        # apt-get source against a private list of the same mirror's deb-src entries: the
        # tarball is checked against the signed Release file.
        local mirror lists="$cache/apt-src"
        mirror="$(debian_mirror)"
        mkdir -p "$src" "$lists/lists/partial"
        echo "deb-src $mirror bookworm main" >"$lists/sources.list"
        mkdir -p "$lists/parts"
        local apt=(-o "Dir::Etc::SourceList=$lists/sources.list" -o "Dir::Etc::SourceParts=$lists/parts"
            -o "Dir::State::Lists=$lists/lists")
        apt-get "${apt[@]}" update -q
        (cd "$src" && apt-get "${apt[@]}" source --download-only -q php8.2)
    fi
    local tarball
    tarball="$(ls "$src"/php8.2_*.orig.tar.xz | sort -V | tail -n 1)"
    local build="$cache/build-php-$name"
    rm -rf "$build" && mkdir -p "$build"
    tar -xJf "$tarball" -C "$build" --strip-components=1
    (
        cd "$build"
        ./configure --prefix="$prefix" "$@" --disable-all --enable-cli --disable-cgi --disable-phpdbg \
            --enable-pcntl --enable-posix --with-zlib >"$cache/configure-$name.log" 2>&1 ||
            { tail -n 30 "$cache/configure-$name.log" >&2; exit 1; }
        make -j"$(nproc)" >"$cache/make-$name.log" 2>&1 || { tail -n 30 "$cache/make-$name.log" >&2; exit 1; }
        make install >>"$cache/make-$name.log" 2>&1
    )
    rm -rf "$build"
}

# ---------------------------------------------------------------------------------------------
# One target: in a clean clone, the README's set-up command, the phpize build and install, then
# the README's test command.

# Run inside the target's system with PHP_CONFIG and PATH set for its PHP; $1 = where to clone,
# $2 = the cargo target directory, $3 = the repository to clone, $4 = the commit to test.
target_script='
set -euo pipefail
clone="$1"; export CARGO_TARGET_DIR="$2"
rm -rf "$clone" && git clone -q "$3" "$clone" && cd "$clone" && git checkout -q "$4"
echo "== README set-up: scripts/setup.sh"
bash scripts/setup.sh
php_config="$(readlink -f "$PHP_CONFIG")"
phpize="$(dirname "$php_config")/$(basename "$php_config" | sed "s/php-config/phpize/")"
echo "== phpize && ./configure && make && make install ($phpize)"
"$phpize" >/dev/null
./configure --with-php-config="$PHP_CONFIG" >/dev/null
make
make install
php_bin="$("$PHP_CONFIG" --php-binary)"
"$php_bin" -d extension=rdkafka -m | grep -x rdkafka >/dev/null || { echo "php -m does not list rdkafka" >&2; exit 1; }
"$php_bin" -d extension=rdkafka --ri rdkafka | grep -E "^(version|PHP build) "
echo "== README test command: scripts/test.sh"
bash scripts/test.sh
'

# prepare_target TARGET: sets up its PHP and sets root (a chroot, or empty for this system),
# php_config and path_prefix (prepended to PATH).
prepare_target() {
    local target="$1"
    root="" php_config="" path_prefix=""
    case "$target" in
        8.2)
            host_packages php8.2-cli php8.2-dev git
            php_config=/usr/bin/php-config8.2
            ;;
        8.4)
            prepare_chroot 8.4 trixie - "php8.4-cli php8.4-dev"
            root="$cache/chroot-8.4" php_config=/usr/bin/php-config8.4
            ;;
        8.5)
            prepare_chroot 8.5 sid experimental "php-common/unstable" \
                "php8.5-cli/experimental php8.5-dev/experimental php8.5-common/experimental php8.5-readline/experimental"
            root="$cache/chroot-8.5" php_config=/usr/bin/php-config8.5
            ;;
        8.6)
            prepare_chroot 8.6 sid experimental "php-common/experimental" \
                "php8.6-cli/experimental php8.6-dev/experimental php8.6-common/experimental php8.6-readline/experimental"
            root="$cache/chroot-8.6" php_config=/usr/bin/php-config8.6
            ;;
        8.2-zts-debug)
            prepare_php_source_build zts-debug --enable-zts --enable-debug
            php_config="$cache/php-zts-debug/bin/php-config" path_prefix="$cache/php-zts-debug/bin:"
            ;;
        8.2-zts)
            prepare_php_source_build zts --enable-zts
            php_config="$cache/php-zts/bin/php-config" path_prefix="$cache/php-zts/bin:"
            ;;
        *)
            echo "unknown target $target (known: ${all_targets[*]})" >&2
            return 1
            ;;
    esac
}

run_target() {
    local target="$1" log="$cache/log-$1.txt"
    prepare_target "$target" || return 1
    echo "=== $target: building and testing (log: $log)"
    local status=0
    if [ -n "$root" ]; then
        mount_chroot "$root"
        chroot "$root" env -i HOME=/root TERM=dumb PATH=/root/.cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
            PHP_CONFIG="$php_config" bash -c "$target_script" - /var/tmp/clone /var/cache/cargo-target /src "$commit" \
            >"$log" 2>&1 || status=$?
        unmount_chroot
    else
        env PATH="$path_prefix$PATH" PHP_CONFIG="$php_config" bash -c "$target_script" - \
            "$cache/clone-$target" "$cache/target-$target" "$repo" "$commit" >"$log" 2>&1 || status=$?
    fi
    local build
    build="$(grep -m 1 -E '^PHP: ' "$log" | sed -E 's/^PHP: ([^ ]+) ([A-Z]+) ([a-z]+).*/\1 \2 \3/')"
    local phpt cargo_tests leaks
    phpt="$(grep -E '^phpt: [0-9]+ passed' "$log" | tail -n 1 | sed 's/^phpt: //')"
    leaks="$(grep -E '^Tests leaked +:' "$log" | awk '{print $4}' | tail -n 1)"
    cargo_tests="$(grep -E '^test result:' "$log" | awk '{p += $4; f += $6} END {if (NR) printf "%d passed, %d failed", p, f}')"
    printf '%s|%s|%s|%s|%s|%s\n' "$target" "${build:-?}" "${phpt:-not run}" "${leaks:-0}" \
        "${cargo_tests:-not run}" "$([ $status -eq 0 ] && echo ok || echo "FAILED (exit $status)")" >>"$results"
    [ $status -eq 0 ] || tail -n 40 "$log" >&2
    return 0
}

if $prepare_only; then
    for target in "${targets[@]}"; do
        echo "=== preparing $target"
        prepare_target "$target"
    done
    exit 0
fi

# The test command's Tansu broker, fetched once here for every target: the chroots lack the
# host's network settings (proxy certificates), so they get this copy (mount_chroot).
tansu_cache="$(dirname "$(bash scripts/fetch-tansu.sh)")"

results="$cache/results.$$"
: >"$results"
for target in "${targets[@]}"; do
    run_target "$target" || printf '%s|?|not run|?|not run|FAILED (setup)\n' "$target" >>"$results"
done

echo
echo "commit $(git rev-parse --short=12 "$commit"), $(date -u '+%Y-%m-%d')"
echo
echo "| target | PHP build | phpt | LEAK | cargo tests | result |"
echo "|---|---|---|---|---|---|"
awk -F'|' '{printf "|"; for (i = 1; i <= NF; i++) printf " %s |", $i; print ""}' "$results"
failed=$(grep -c 'FAILED' "$results" || true)
# One closing line over every target's phpt counts (a target that did not run counts as failed).
awk -F'|' '{ if (split($3, n, /[^0-9]+/) >= 3) { p += n[1]; f += n[2]; s += n[3] } else f++ }
    END { printf "matrix: %d passed, %d failed, %d skipped\n", p, f, s }' "$results"
rm -f "$results"
[ "$failed" -eq 0 ]
