//! Versions of the linked librdkafka.

use super::{c_str_bytes, sys};

/// `rd_kafka_version()` of the library actually running (an int like 0x020c01ff).
pub fn runtime_version() -> i64 {
    // SAFETY: a pure getter.
    unsafe { sys::rd_kafka_version() as i64 }
}

/// The version of the librdkafka headers this crate was built against.
pub const BUILD_VERSION: i64 = sys::RD_KAFKA_VERSION as i64;

/// `rd_kafka_version_str()`, e.g. "2.12.1".
pub fn runtime_version_str() -> String {
    // SAFETY: returns a static string.
    let ptr = unsafe { sys::rd_kafka_version_str() };
    String::from_utf8_lossy(c_str_bytes(ptr).unwrap_or_default()).into_owned()
}

/// A version int printed as its four bytes, "2.12.1.255", as php-rdkafka shows the build version.
pub fn dotted(version: i64) -> String {
    let b = (version as u32).to_be_bytes();
    format!("{}.{}.{}.{}", b[0], b[1], b[2], b[3])
}

/// Number of librdkafka threads alive in this process.
pub fn thread_count() -> i64 {
    // SAFETY: a pure getter.
    unsafe { sys::rd_kafka_thread_cnt() as i64 }
}

/// librdkafka's `builtin.features` (compression codecs, SSL, SASL mechanisms...).
pub fn builtin_features() -> String {
    let conf = super::conf::NativeConf::new();
    conf.dump()
        .into_iter()
        .find(|(name, _)| name == b"builtin.features")
        .map(|(_, value)| String::from_utf8_lossy(&value).into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_and_runtime_agree_for_the_static_library() {
        assert_eq!(runtime_version(), BUILD_VERSION);
        assert_eq!(dotted(0x020c01ff), "2.12.1.255");
        assert!(runtime_version_str().starts_with("2."));
    }
}
