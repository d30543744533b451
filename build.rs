//! Build-time facts: which PHP the extension is built against, as `cfg`s for the class layer
//! (`php83`, `php84`, … stacked as ext-php-rs emits them; `php_zts`; `php_debug`) and as text
//! for `php --ri rdkafka`; plus the build date, git revision and rustc version.
//!
//! The PHP is found the way ext-php-rs's own build script finds it (`PHP`, `PHP_CONFIG`, or
//! `php` and `php-config` on `PATH`), so both always agree.

use std::process::Command;

use ext_php_rs_build::{
    emit_check_cfg, emit_php_cfg_flags, emit_rerun_if_env_changed, find_php, ApiVersion, PHPInfo,
};

fn output(cmd: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(cmd).args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Generates, from the headers of the PHP being built against, the engine declarations that
/// ext-php-rs's bindings leave out because its wrapper header does not include
/// `zend_attributes.h`: what marks a parameter `#[\SensitiveParameter]`.
fn generate_attribute_bindings() -> anyhow::Result<()> {
    let php_config = std::env::var("PHP_CONFIG").unwrap_or_else(|_| "php-config".into());
    let includes = output(&php_config, &["--includes"])
        .ok_or_else(|| anyhow::anyhow!("{php_config} --includes failed"))?;
    let bindings = bindgen::Builder::default()
        .header_contents("attributes.h", "#include \"php.h\"\n#include \"zend_attributes.h\"\n")
        .clang_args(includes.split_whitespace())
        .allowlist_function("zend_add_attribute")
        .allowlist_var("ZEND_ATTRIBUTE_PERSISTENT")
        // Types come from ext-php-rs's bindings; the attribute itself stays opaque to us.
        .allowlist_recursively(false)
        .raw_line("use ext_php_rs::ffi::{zend_string, HashTable};")
        .raw_line("pub type zend_attribute = ::std::ffi::c_void;")
        .generate()
        .map_err(|e| anyhow::anyhow!("generating zend_attributes.h bindings: {e}"))?;
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR")?).join("attributes.rs");
    bindings.write_to_file(out)?;
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let php = find_php()?;
    let info = PHPInfo::get(&php)?;
    let api = info.zend_version()?;
    emit_check_cfg();
    emit_php_cfg_flags(ApiVersion::try_from(api)?);
    let zts = info.thread_safety()?;
    let debug = info.debug()?;
    if zts {
        println!("cargo:rustc-cfg=php_zts");
    }
    if debug {
        println!("cargo:rustc-cfg=php_debug");
    }
    generate_attribute_bindings()?;
    emit_rerun_if_env_changed();
    println!("cargo:rerun-if-env-changed=PHP_CONFIG");
    let php_build = format!(
        "PHP {} {} {} (API {api})",
        info.version()?,
        if zts { "ZTS" } else { "NTS" },
        if debug { "debug" } else { "release" },
    );
    println!("cargo:rustc-env=RDKAFKA_PHP_PHP_BUILD={php_build}");

    let date = output("date", &["-u", "+%b %e %Y %H:%M:%S"]).unwrap_or_else(|| "unknown".into());
    let git = output("git", &["rev-parse", "--short=12", "HEAD"]).unwrap_or_else(|| "unknown".into());
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let rustc_version = output(&rustc, &["--version"]).unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=RDKAFKA_PHP_BUILD_DATE={date}");
    println!("cargo:rustc-env=RDKAFKA_PHP_GIT_REVISION={git}");
    println!("cargo:rustc-env=RDKAFKA_PHP_RUSTC_VERSION={rustc_version}");
    println!("cargo:rerun-if-changed=.git/HEAD");
    println!("cargo:rerun-if-changed=.git/refs");
    Ok(())
}
