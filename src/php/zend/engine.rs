//! The engine as the PHP being built against defines it: every constant, flag and signature
//! comes from ext-php-rs's bindings, generated from that PHP's headers (the extra symbols we
//! need are listed in `.cargo/config.toml`), or is chosen by a `cfg` that `build.rs` derives
//! from that PHP (`php83`, `php_zts`, `php_debug`). Version differences live here and nowhere
//! else.

pub use ext_php_rs::ffi::*;

/// The one engine global outside ext-php-rs's headers: SPL's exception classes.
#[allow(non_upper_case_globals)]
mod spl {
    extern "C" {
        pub static mut spl_ce_InvalidArgumentException: *mut super::zend_class_entry;
    }
}
pub use spl::spl_ce_InvalidArgumentException;

/// The type-mask bit that marks a literal `const char*` class name in internal arginfo (what
/// `ZEND_TYPE_INIT_CLASS_CONST` sets). Up to 8.2 that was the name bit itself; since 8.3 the
/// name bit means a `zend_string*`, and literal names have their own bit.
#[cfg(php83)]
pub const TYPE_LITERAL_NAME_BIT: u32 = _ZEND_TYPE_LITERAL_NAME_BIT;
#[cfg(not(php83))]
pub const TYPE_LITERAL_NAME_BIT: u32 = _ZEND_TYPE_NAME_BIT;

/// The type-mask bit of a `zend_string*` class name (declared property types).
pub const TYPE_NAME_BIT: u32 = _ZEND_TYPE_NAME_BIT;

/// Bit position of the by-reference send mode in an argument's type mask.
pub const SEND_MODE_SHIFT: u32 = _ZEND_SEND_MODE_SHIFT;

/// The type-mask bit of a variadic (`...$name`) parameter; the engine then flags the function
/// variadic when it registers it.
pub const IS_VARIADIC_BIT: u32 = _ZEND_IS_VARIADIC_BIT;

/// A return type that is only tentative (`#[\ReturnTypeWillChange]` silences its deprecation).
pub const IS_TENTATIVE_BIT: u32 = _ZEND_IS_TENTATIVE_BIT;

/// The `zend_result` of a successful engine call.
pub fn succeeded(rc: zend_result) -> bool {
    rc == ZEND_RESULT_CODE_SUCCESS
}

/// Whether the engine checks every call of an internal function against its arginfo: debug
/// builds of PHP do, and end the process with a fatal error when the arguments it accepted or
/// the value it returned do not fit the declared types. php-rdkafka's own arginfo breaks that
/// check in two places, which the binding layer adapts to on these builds only.
pub const CHECKS_ARGINFO: bool = cfg!(php_debug);
