//! Safe Rust over librdkafka. Nothing here knows about PHP, and as its own crate it cannot: the
//! extension's binding layer (`src/php`) turns these types and errors into PHP objects and
//! exceptions.

pub mod admin;
pub mod client;
pub mod conf;
pub mod consumer;
pub mod dispatch;
pub mod error;
pub mod message;
pub mod metadata;
pub mod mock;
pub mod partition_list;
mod reply;
pub mod topic;
pub mod version;
pub mod wait;

pub use rdkafka::bindings as sys;

use std::ffi::{c_char, CStr, CString};

/// An error-code field (a C enum) read as a plain int: librdkafka and brokers may report codes
/// the bindings' enum does not know.
pub(crate) fn err_code<E>(field: &E) -> i64 {
    const { assert!(std::mem::size_of::<E>() == std::mem::size_of::<i32>()) };
    // SAFETY: the field is a C enum, i.e. an int (its size checked above).
    i64::from(unsafe { std::ptr::read(field as *const E as *const i32) })
}

/// Copies a NUL-terminated C string owned by librdkafka; `None` for NULL.
pub(crate) fn c_str_bytes(ptr: *const c_char) -> Option<&'static [u8]> {
    if ptr.is_null() {
        return None;
    }
    // SAFETY: every caller passes a pointer librdkafka documents as a NUL-terminated string that
    // lives as long as the library (static tables) or is copied before the owner is freed.
    Some(unsafe { CStr::from_ptr(ptr) }.to_bytes())
}

/// A name for librdkafka: no NUL byte (`what` names it in the error).
pub(crate) fn c_name(name: &[u8], what: &str) -> Result<CString, error::KafkaError> {
    CString::new(name).map_err(|_| {
        error::KafkaError::with_message(
            error::code::INVALID_ARG,
            format!("{what} must not contain NUL bytes"),
        )
    })
}
