//! A drop-in replacement for the php-rdkafka extension (API 6.0.x), written in Rust.
//!
//! `kafka` is a safe layer over librdkafka with no PHP types; `php` is the binding layer.

pub use kafka;
pub mod php;

use ext_php_rs::prelude::*;
use ext_php_rs::zend::ModuleEntry;
use std::ffi::CString;

/// What `phpversion('rdkafka')` reports: the php-rdkafka API level we implement.
pub const API_VERSION: &str = "6.0.4";

/// Our own identity, shown by `php --ri rdkafka`.
const PRODUCT: &str = concat!(env!("CARGO_PKG_NAME"), " ", env!("CARGO_PKG_VERSION"));

unsafe extern "C" fn startup(_ty: i32, module_number: i32) -> i32 {
    php::register_all(module_number);
    0
}

unsafe extern "C" fn request_startup(_ty: i32, _module_number: i32) -> i32 {
    php::dispatch::request_started();
    0
}

unsafe extern "C" fn shutdown(_ty: i32, _module_number: i32) -> i32 {
    php::persistent::shutdown();
    0
}

unsafe extern "C" fn info(_module: *mut ModuleEntry) {
    let mut rows = vec![
        ("rdkafka support", "enabled".to_string()),
        ("version", API_VERSION.to_string()),
        ("build date", env!("RDKAFKA_PHP_BUILD_DATE").to_string()),
        ("librdkafka version (runtime)", kafka::version::runtime_version_str()),
        ("librdkafka version (build)", kafka::version::dotted(kafka::version::BUILD_VERSION)),
        ("PHP build", env!("RDKAFKA_PHP_PHP_BUILD").to_string()),
        ("implementation", format!("{PRODUCT} (Rust), git {}", env!("RDKAFKA_PHP_GIT_REVISION"))),
        ("rustc", env!("RDKAFKA_PHP_RUSTC_VERSION").to_string()),
        ("librdkafka builtin.features", kafka::version::builtin_features()),
    ];
    let persistent = php::persistent::info_rows();
    rows.extend(persistent.iter().map(|(name, value)| (name.as_str(), value.clone())));
    // SAFETY: phpinfo table functions with NUL-terminated strings, called from the info hook.
    unsafe {
        ext_php_rs::ffi::php_info_print_table_start();
        for (name, value) in rows {
            let name = CString::new(name).unwrap_or_default();
            let value = CString::new(value).unwrap_or_default();
            ext_php_rs::ffi::php_info_print_table_row(2, name.as_ptr(), value.as_ptr());
        }
        ext_php_rs::ffi::php_info_print_table_end();
    }
}

#[php_module]
pub fn get_module(module: ModuleBuilder) -> ModuleBuilder {
    module
        .name("rdkafka")
        .version(API_VERSION)
        .startup_function(startup)
        .shutdown_function(shutdown)
        .request_startup_function(request_startup)
        .info_function(info)
}
