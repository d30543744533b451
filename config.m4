dnl The standard build of a PHP extension, for this one written in Rust:
dnl   phpize && ./configure && make && make install
dnl builds it with cargo (librdkafka is compiled in) against the PHP whose phpize and php-config
dnl ran, and installs modules/rdkafka.so into that PHP's extension directory. PIE and the official
dnl Docker images' docker-php-ext-install run exactly these steps.

PHP_ARG_ENABLE([rdkafka],
  [whether to enable rdkafka support],
  [AS_HELP_STRING([--enable-rdkafka], [Enable rdkafka support (librdkafka 2.12 is built in)])],
  [yes])

if test "$PHP_RDKAFKA" != "no"; then
  AC_PATH_PROG([CARGO], [cargo], [no], [$PATH:$HOME/.cargo/bin])
  if test "$CARGO" = "no"; then
    AC_MSG_ERROR([cargo (Rust 1.85 or later) is required to build rdkafka: see https://rustup.rs])
  fi
  AC_MSG_CHECKING([cargo version])
  RDKAFKA_CARGO_VERSION=`$CARGO --version 2>/dev/null`
  AC_MSG_RESULT([$RDKAFKA_CARGO_VERSION])

  dnl cargo's build scripts (ext-php-rs's and ours) must see this PHP, not whichever is on PATH.
  case "$PHP_CONFIG" in
    */*) RDKAFKA_PHP_CONFIG="$PHP_CONFIG" ;;
    *) RDKAFKA_PHP_CONFIG=`command -v "$PHP_CONFIG"` ;;
  esac
  RDKAFKA_PHP_CONFIG="`cd \`dirname $RDKAFKA_PHP_CONFIG\` && pwd`/`basename $RDKAFKA_PHP_CONFIG`"
  AC_MSG_CHECKING([the PHP to build for])
  AC_MSG_RESULT([$PHP_EXECUTABLE ($RDKAFKA_PHP_CONFIG)])

  PHP_SUBST([CARGO])
  PHP_SUBST([RDKAFKA_PHP_CONFIG])
  PHP_MODULES="$PHP_MODULES \$(phplibdir)/rdkafka.so"
  PHP_ADD_MAKEFILE_FRAGMENT([Makefile.frag])
fi
