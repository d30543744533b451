# Makefile rules of the phpize build (see config.m4): cargo builds the extension, and `make`
# always asks it, so only what changed is rebuilt. CARGO_TARGET_DIR is honoured.
RDKAFKA_TARGET_DIR = $(if $(CARGO_TARGET_DIR),$(CARGO_TARGET_DIR),$(top_srcdir)/target)

$(phplibdir)/rdkafka.so: rdkafka-cargo-build
	@mkdir -p $(phplibdir)
	cp $(RDKAFKA_TARGET_DIR)/release/librdkafka_php.so $@

rdkafka-cargo-build:
	cd $(top_srcdir) && PHP="$(PHP_EXECUTABLE)" PHP_CONFIG="$(RDKAFKA_PHP_CONFIG)" "$(CARGO)" build --release --lib

.PHONY: rdkafka-cargo-build
