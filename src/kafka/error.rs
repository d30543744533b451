//! The one error type of the Rust layer: a librdkafka error code with its text.

use super::c_str_bytes;
use super::sys;
use std::fmt;
use std::ptr::NonNull;

/// The codes the layers above branch on, as ints (how PHP sees them).
pub mod code {
    use super::sys::rd_kafka_resp_err_t as E;
    pub const FAIL: i64 = E::RD_KAFKA_RESP_ERR__FAIL as i64;
    pub const ASSIGN_PARTITIONS: i64 = E::RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS as i64;
    pub const INVALID_ARG: i64 = E::RD_KAFKA_RESP_ERR__INVALID_ARG as i64;
    pub const QUEUE_FULL: i64 = E::RD_KAFKA_RESP_ERR__QUEUE_FULL as i64;
    pub const TRANSPORT: i64 = E::RD_KAFKA_RESP_ERR__TRANSPORT as i64;
    pub const STATE: i64 = E::RD_KAFKA_RESP_ERR__STATE as i64;
    pub const TIMED_OUT: i64 = E::RD_KAFKA_RESP_ERR__TIMED_OUT as i64;
}

/// A librdkafka error: the numeric `rd_kafka_resp_err_t` (as PHP sees it, an int) and the text
/// users read. Fatal/retriable/abort flags come from `rd_kafka_error_t` and are `false` for plain
/// error codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KafkaError {
    pub code: i64,
    pub message: String,
    pub is_fatal: bool,
    pub is_retriable: bool,
    pub txn_requires_abort: bool,
}

impl KafkaError {
    /// An error whose text is librdkafka's description of the code.
    pub fn from_code(code: i64) -> Self {
        Self::with_message(code, err2str(code))
    }

    /// librdkafka's "invalid argument" for `value` outside `range`, named `what`: a value it
    /// would truncate, or index or allocate with unchecked.
    pub fn check_range(
        value: i64,
        range: std::ops::RangeInclusive<i64>,
        what: &str,
    ) -> Result<(), KafkaError> {
        if range.contains(&value) {
            return Ok(());
        }
        Err(KafkaError::with_message(
            code::INVALID_ARG,
            format!(
                "Invalid value {value} for {what}. Must be between {} and {}",
                range.start(),
                range.end()
            ),
        ))
    }

    pub fn with_message(code: i64, message: impl Into<String>) -> Self {
        KafkaError {
            code,
            message: message.into(),
            is_fatal: false,
            is_retriable: false,
            txn_requires_abort: false,
        }
    }
}

impl KafkaError {
    /// Takes over a `rd_kafka_error_t`: its code, text and flags. The object is destroyed.
    pub(crate) fn take(error: NonNull<sys::rd_kafka_error_t>) -> Self {
        // SAFETY: a live error object we own.
        let result = unsafe { KafkaError::copy(error.as_ptr()) };
        // SAFETY: destroyed once, after every read.
        unsafe { sys::rd_kafka_error_destroy(error.as_ptr()) };
        result
    }

    /// The code, text and flags of a `rd_kafka_error_t` that librdkafka keeps (results).
    ///
    /// # Safety
    /// `error` must be a live error object.
    pub(crate) unsafe fn copy(error: *const sys::rd_kafka_error_t) -> Self {
        // SAFETY: per the contract; the text is copied before returning.
        unsafe {
            KafkaError {
                code: i64::from(raw::rd_kafka_error_code(error.cast())),
                message: lossy(sys::rd_kafka_error_string(error)),
                is_fatal: sys::rd_kafka_error_is_fatal(error) != 0,
                is_retriable: sys::rd_kafka_error_is_retriable(error) != 0,
                txn_requires_abort: sys::rd_kafka_error_txn_requires_abort(error) != 0,
            }
        }
    }

    /// Turns a `rd_kafka_resp_err_t` result into a `Result`, with librdkafka's text.
    pub(crate) fn check_code(err: sys::rd_kafka_resp_err_t) -> Result<(), KafkaError> {
        match err as i64 {
            0 => Ok(()),
            code => Err(KafkaError::from_code(code)),
        }
    }

    /// The code of the last failed legacy call on this thread (`rd_kafka_produce`,
    /// `rd_kafka_consume*`), which report failure as -1 or NULL.
    pub(crate) fn last_code() -> i64 {
        // SAFETY: reads librdkafka's thread-local error code.
        unsafe { sys::rd_kafka_last_error() as i64 }
    }

    /// Turns a legacy call's -1 into the last error.
    pub(crate) fn check_legacy(rc: std::ffi::c_int) -> Result<(), KafkaError> {
        match rc {
            -1 => Err(KafkaError::from_code(KafkaError::last_code())),
            _ => Ok(()),
        }
    }

    /// Turns a `rd_kafka_error_t` result (NULL for success) into a `Result`.
    pub(crate) fn check(error: *mut sys::rd_kafka_error_t) -> Result<(), KafkaError> {
        NonNull::new(error).map_or(Ok(()), |e| Err(KafkaError::take(e)))
    }
}

impl fmt::Display for KafkaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

impl std::error::Error for KafkaError {}

/// librdkafka's error functions declared over a plain int: the crate's bindings take a Rust enum,
/// and an int outside that enum (any PHP int may arrive) must never be turned into one.
#[allow(clashing_extern_declarations)]
mod raw {
    use std::ffi::{c_char, c_int};

    #[repr(C)]
    pub struct ErrDesc {
        pub code: c_int,
        pub name: *const c_char,
        pub desc: *const c_char,
    }

    extern "C" {
        pub fn rd_kafka_err2str(err: c_int) -> *const c_char;
        pub fn rd_kafka_err2name(err: c_int) -> *const c_char;
        pub fn rd_kafka_errno2err(errnox: c_int) -> c_int;
        pub fn rd_kafka_get_err_descs(errdescs: *mut *const ErrDesc, cntp: *mut usize);
        pub fn rd_kafka_error_code(error: *const std::ffi::c_void) -> c_int;
    }
}

/// librdkafka's description of an error code, e.g. "Local: Timed out". Unknown codes give
/// librdkafka's own "Err-N?" text.
pub fn err2str(code: i64) -> String {
    match i32::try_from(code) {
        // SAFETY: rd_kafka_err2str accepts any value and returns a static or thread-local string.
        Ok(_) => lossy(unsafe { raw::rd_kafka_err2str(code as i32) }),
        Err(_) => format!("Err-{code}?"),
    }
}

/// librdkafka's symbolic name of an error code without the `RD_KAFKA_RESP_ERR_` prefix, e.g.
/// "_TIMED_OUT". Unknown codes give "ERR_N?".
pub fn err2name(code: i64) -> String {
    match i32::try_from(code) {
        // SAFETY: as for err2str.
        Ok(_) => lossy(unsafe { raw::rd_kafka_err2name(code as i32) }),
        Err(_) => format!("ERR_{code}?"),
    }
}

/// Maps a POSIX errno to a librdkafka error code (librdkafka's legacy `rd_kafka_errno2err`).
pub fn errno2err(errno: i64) -> i64 {
    let errno = i32::try_from(errno).unwrap_or(i32::MAX);
    // SAFETY: a pure lookup.
    unsafe { raw::rd_kafka_errno2err(errno) as i64 }
}

/// One entry of librdkafka's error table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrDesc {
    pub code: i64,
    pub name: Option<&'static [u8]>,
    pub desc: Option<&'static [u8]>,
}

/// librdkafka's error table in its own order, table gaps (code 0, no name) included.
pub fn err_descs() -> Vec<ErrDesc> {
    let mut table: *const raw::ErrDesc = std::ptr::null();
    let mut count = 0usize;
    // SAFETY: librdkafka writes a pointer to its static table and its length.
    unsafe { raw::rd_kafka_get_err_descs(&mut table, &mut count) };
    if table.is_null() {
        return Vec::new();
    }
    // SAFETY: the table is static and holds `count` entries.
    let entries = unsafe { std::slice::from_raw_parts(table, count) };
    entries
        .iter()
        .map(|e| ErrDesc { code: e.code as i64, name: c_str_bytes(e.name), desc: c_str_bytes(e.desc) })
        .collect()
}

fn lossy(ptr: *const std::ffi::c_char) -> String {
    c_str_bytes(ptr).map(|b| String::from_utf8_lossy(b).into_owned()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_codes_have_librdkafka_texts() {
        assert_eq!(err2str(-185), "Local: Timed out");
        assert_eq!(err2str(0), "Success");
        assert_eq!(err2name(1), "OFFSET_OUT_OF_RANGE");
        assert_eq!(err2name(-190), "_UNKNOWN_PARTITION");
    }

    #[test]
    fn unknown_codes_never_reach_undefined_behaviour() {
        assert_eq!(err2str(123456), "Err-123456?");
        assert_eq!(err2str(i64::MAX), format!("Err-{}?", i64::MAX));
        assert_eq!(err2name(-5000), "ERR_-5000?");
        assert_eq!(err2name(i64::MIN), format!("ERR_{}?", i64::MIN));
    }

    #[test]
    fn error_table_starts_with_begin_and_keeps_gaps() {
        let table = err_descs();
        assert_eq!(table[0].code, -200);
        assert_eq!(table[0].name, Some(&b"_BEGIN"[..]));
        assert!(table.iter().any(|e| e.code == 0 && e.name.is_none()));
        let timed_out = table.iter().find(|e| e.code == -192).unwrap();
        assert_eq!(timed_out.desc, Some(&b"Local: Message timed out"[..]));
    }

    #[test]
    fn errno_maps_to_librdkafka_codes() {
        assert_eq!(errno2err(110), -185);
    }
}
