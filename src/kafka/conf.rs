//! Owning wrappers of `rd_kafka_conf_t` and `rd_kafka_topic_conf_t`.

use super::error::KafkaError;
use super::sys;
use std::ffi::{c_char, CStr, CString};
use std::ptr::NonNull;

/// Result code of a rejected `set`: librdkafka's `RD_KAFKA_CONF_UNKNOWN` (-2) or
/// `RD_KAFKA_CONF_INVALID` (-1), with librdkafka's text.
pub type ConfResult = Result<(), KafkaError>;

/// Size of the error buffers handed to librdkafka.
pub(crate) const ERRSTR_LEN: usize = 512;

/// The text librdkafka wrote into an error buffer.
pub(crate) fn errstr_text(buf: &[c_char]) -> String {
    // SAFETY: librdkafka always NUL-terminates the error buffer it was given (zeroed by us).
    let text = unsafe { CStr::from_ptr(buf.as_ptr()) };
    String::from_utf8_lossy(text.to_bytes()).into_owned()
}

/// Runs a `*_conf_set` call with an error buffer and turns its result into a `ConfResult`.
fn set_with(set: impl FnOnce(*mut c_char, usize) -> sys::rd_kafka_conf_res_t) -> ConfResult {
    let mut errstr = [0 as c_char; ERRSTR_LEN];
    let res = set(errstr.as_mut_ptr(), errstr.len());
    if res == sys::rd_kafka_conf_res_t::RD_KAFKA_CONF_OK {
        Ok(())
    } else {
        Err(KafkaError::with_message(res as i64, errstr_text(&errstr)))
    }
}

/// Turns a `*_conf_dump` array of alternating names and values into pairs.
fn dump_pairs(arr: *mut *const c_char, cnt: usize) -> Vec<(Vec<u8>, Vec<u8>)> {
    // SAFETY: librdkafka returns `cnt` valid C strings; they are copied before the dump is freed.
    let items = unsafe { std::slice::from_raw_parts(arr, cnt) };
    let pairs = items
        .chunks_exact(2)
        .map(|kv| {
            // SAFETY: each entry is one of the NUL-terminated strings described above.
            let bytes = |p: *const c_char| unsafe { CStr::from_ptr(p) }.to_bytes().to_vec();
            (bytes(kv[0]), bytes(kv[1]))
        })
        .collect();
    // SAFETY: frees exactly what *_conf_dump allocated.
    unsafe { sys::rd_kafka_conf_dump_free(arr, cnt) };
    pairs
}

/// The value of property `name` of a conf (ours, or the one a client runs with).
///
/// # Safety
/// `conf` must be a valid `rd_kafka_conf_t`.
pub(crate) unsafe fn property(conf: *const sys::rd_kafka_conf_t, name: &CStr) -> Option<Vec<u8>> {
    let mut size = 0usize;
    // SAFETY: the first call only asks for the size, the second fills the buffer.
    unsafe {
        if sys::rd_kafka_conf_get(conf, name.as_ptr(), std::ptr::null_mut(), &mut size)
            != sys::rd_kafka_conf_res_t::RD_KAFKA_CONF_OK
        {
            return None;
        }
        let mut buf = vec![0u8; size];
        sys::rd_kafka_conf_get(conf, name.as_ptr(), buf.as_mut_ptr().cast(), &mut size);
        buf.truncate(size.saturating_sub(1)); // drop the NUL
        Some(buf)
    }
}

/// A global configuration (`rd_kafka_conf_t`), destroyed on drop.
#[derive(Debug)]
pub struct NativeConf(NonNull<sys::rd_kafka_conf_t>);

// SAFETY: a conf is plain data; librdkafka has no thread affinity for it.
unsafe impl Send for NativeConf {}

impl NativeConf {
    pub fn new() -> Self {
        // SAFETY: rd_kafka_conf_new never returns NULL.
        NativeConf(NonNull::new(unsafe { sys::rd_kafka_conf_new() }).expect("rd_kafka_conf_new"))
    }

    pub fn as_ptr(&self) -> *mut sys::rd_kafka_conf_t {
        self.0.as_ptr()
    }

    /// Sets a global or topic-level property (librdkafka routes the latter to the default topic
    /// conf). Names and values cannot contain NUL: the binding layer rejects those first.
    pub fn set(&mut self, name: &CStr, value: &CStr) -> ConfResult {
        // SAFETY: valid conf, NUL-terminated strings, errstr buffer of the given size.
        set_with(|errstr, len| unsafe {
            sys::rd_kafka_conf_set(self.as_ptr(), name.as_ptr(), value.as_ptr(), errstr, len)
        })
    }

    /// Name/value pairs of the global properties, callbacks included as pointers.
    pub fn dump(&self) -> Vec<(Vec<u8>, Vec<u8>)> {
        let mut cnt = 0usize;
        // SAFETY: valid conf; the result is freed by dump_pairs.
        let arr = unsafe { sys::rd_kafka_conf_dump(self.as_ptr(), &mut cnt) };
        dump_pairs(arr, cnt)
    }

    /// The value of a property as librdkafka reports it; `None` for unknown names.
    pub fn get(&self, name: &CStr) -> Option<Vec<u8>> {
        // SAFETY: our valid conf.
        unsafe { property(self.as_ptr(), name) }
    }

    /// Replaces the default topic configuration with a copy of `topic_conf`.
    pub fn set_default_topic_conf(&mut self, topic_conf: &NativeTopicConf) {
        let copy = topic_conf.clone();
        // SAFETY: the conf takes ownership of the duplicated topic conf.
        unsafe { sys::rd_kafka_conf_set_default_topic_conf(self.as_ptr(), copy.into_raw()) };
    }
}

impl Default for NativeConf {
    fn default() -> Self {
        Self::new()
    }
}

impl Clone for NativeConf {
    fn clone(&self) -> Self {
        // SAFETY: duplicates a valid conf (callbacks and opaque included).
        let dup = unsafe { sys::rd_kafka_conf_dup(self.as_ptr()) };
        NativeConf(NonNull::new(dup).expect("rd_kafka_conf_dup"))
    }
}

impl Drop for NativeConf {
    fn drop(&mut self) {
        // SAFETY: we own the conf; a call that takes it over (rd_kafka_new) forgets it instead.
        unsafe { sys::rd_kafka_conf_destroy(self.as_ptr()) }
    }
}

/// The partitioners php-rdkafka exposes, under its own ids (`RD_KAFKA_MSG_PARTITIONER_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Partitioner {
    Random = 2,
    Consistent = 3,
    ConsistentRandom = 4,
    Murmur2 = 5,
    Murmur2Random = 6,
}

impl Partitioner {
    pub fn from_id(id: i64) -> Option<Self> {
        Some(match id {
            2 => Partitioner::Random,
            3 => Partitioner::Consistent,
            4 => Partitioner::ConsistentRandom,
            5 => Partitioner::Murmur2,
            6 => Partitioner::Murmur2Random,
            _ => return None,
        })
    }

    fn function(self) -> PartitionerFn {
        match self {
            Partitioner::Random => sys::rd_kafka_msg_partitioner_random,
            Partitioner::Consistent => sys::rd_kafka_msg_partitioner_consistent,
            Partitioner::ConsistentRandom => sys::rd_kafka_msg_partitioner_consistent_random,
            Partitioner::Murmur2 => sys::rd_kafka_msg_partitioner_murmur2,
            Partitioner::Murmur2Random => sys::rd_kafka_msg_partitioner_murmur2_random,
        }
    }
}

type PartitionerFn = unsafe extern "C" fn(
    *const sys::rd_kafka_topic_t,
    *const std::ffi::c_void,
    usize,
    i32,
    *mut std::ffi::c_void,
    *mut std::ffi::c_void,
) -> i32;

/// A topic configuration (`rd_kafka_topic_conf_t`), destroyed on drop.
#[derive(Debug)]
pub struct NativeTopicConf(NonNull<sys::rd_kafka_topic_conf_t>);

// SAFETY: plain data, as NativeConf.
unsafe impl Send for NativeTopicConf {}

impl NativeTopicConf {
    pub fn new() -> Self {
        // SAFETY: never returns NULL.
        let ptr = unsafe { sys::rd_kafka_topic_conf_new() };
        NativeTopicConf(NonNull::new(ptr).expect("rd_kafka_topic_conf_new"))
    }

    pub fn as_ptr(&self) -> *mut sys::rd_kafka_topic_conf_t {
        self.0.as_ptr()
    }

    /// Gives up ownership to a librdkafka call that takes the topic conf over.
    pub fn into_raw(self) -> *mut sys::rd_kafka_topic_conf_t {
        let ptr = self.0.as_ptr();
        std::mem::forget(self);
        ptr
    }

    pub fn set(&mut self, name: &CStr, value: &CStr) -> ConfResult {
        // SAFETY: as NativeConf::set.
        set_with(|errstr, len| unsafe {
            sys::rd_kafka_topic_conf_set(self.as_ptr(), name.as_ptr(), value.as_ptr(), errstr, len)
        })
    }

    pub fn dump(&self) -> Vec<(Vec<u8>, Vec<u8>)> {
        let mut cnt = 0usize;
        // SAFETY: valid topic conf; freed by dump_pairs.
        let arr = unsafe { sys::rd_kafka_topic_conf_dump(self.as_ptr(), &mut cnt) };
        dump_pairs(arr, cnt)
    }

    pub fn set_partitioner(&mut self, partitioner: Partitioner) {
        // SAFETY: the partitioner functions are librdkafka's own and thread-safe.
        unsafe { sys::rd_kafka_topic_conf_set_partitioner_cb(self.as_ptr(), Some(partitioner.function())) };
    }
}

impl Default for NativeTopicConf {
    fn default() -> Self {
        Self::new()
    }
}

impl Clone for NativeTopicConf {
    fn clone(&self) -> Self {
        // SAFETY: duplicates a valid topic conf.
        let dup = unsafe { sys::rd_kafka_topic_conf_dup(self.as_ptr()) };
        NativeTopicConf(NonNull::new(dup).expect("rd_kafka_topic_conf_dup"))
    }
}

impl Drop for NativeTopicConf {
    fn drop(&mut self) {
        // SAFETY: we own it.
        unsafe { sys::rd_kafka_topic_conf_destroy(self.as_ptr()) }
    }
}

/// A C string for librdkafka from bytes that the binding layer already checked for NUL bytes.
pub fn c_string(bytes: &[u8]) -> CString {
    CString::new(bytes).expect("NUL bytes are rejected before reaching librdkafka")
}

impl NativeConf {
    /// Points the callback of `kind` at our dispatcher's trampoline.
    pub fn enable_callback(&mut self, kind: super::dispatch::CallbackKind) {
        // SAFETY: valid conf.
        unsafe { super::dispatch::enable(self.as_ptr(), kind) }
    }

    /// A copy with the same properties and no callbacks, for a producer handle nobody polls.
    /// Logs are printed by librdkafka rather than queued for a log callback.
    pub fn for_unpolled_producer(&self) -> NativeConf {
        let mut copy = self.clone();
        // SAFETY: our own valid copy.
        unsafe { super::dispatch::disable_producer_callbacks(copy.as_ptr()) };
        copy.set(c"log.queue", c"false").expect("log.queue is a boolean property");
        copy
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get<'a>(dump: &'a [(Vec<u8>, Vec<u8>)], key: &str) -> Option<&'a [u8]> {
        dump.iter().find(|(k, _)| k == key.as_bytes()).map(|(_, v)| v.as_slice())
    }

    #[test]
    fn set_and_dump_round_trip_with_canonical_names() {
        let mut conf = NativeConf::new();
        conf.set(c"client.id", c"abc").unwrap();
        conf.set(c"metadata.broker.list", c"127.0.0.1:1").unwrap();
        let dump = conf.dump();
        assert_eq!(get(&dump, "client.id"), Some(&b"abc"[..]));
        assert_eq!(get(&dump, "metadata.broker.list"), Some(&b"127.0.0.1:1"[..]));
    }

    #[test]
    fn errors_carry_librdkafka_codes_and_texts() {
        let mut conf = NativeConf::new();
        let e = conf.set(c"no.such.thing", c"1").unwrap_err();
        assert_eq!(e.code, -2);
        assert_eq!(e.message, "No such configuration property: \"no.such.thing\"");
        let e = conf.set(c"topic.metadata.refresh.sparse", c"maybe").unwrap_err();
        assert_eq!(e.code, -1);
        let mut tc = NativeTopicConf::new();
        assert_eq!(tc.set(c"client.id", c"x").unwrap_err().code, -2);
    }

    #[test]
    fn clones_are_independent() {
        let mut conf = NativeConf::new();
        conf.set(c"client.id", c"one").unwrap();
        let copy = conf.clone();
        conf.set(c"client.id", c"two").unwrap();
        assert_eq!(get(&copy.dump(), "client.id"), Some(&b"one"[..]));
    }

    #[test]
    fn partitioner_ids_are_php_rdkafka_ones() {
        assert_eq!(Partitioner::from_id(2), Some(Partitioner::Random));
        assert_eq!(Partitioner::from_id(6), Some(Partitioner::Murmur2Random));
        assert_eq!(Partitioner::from_id(1), None);
        let mut tc = NativeTopicConf::new();
        tc.set_partitioner(Partitioner::Murmur2);
    }
}
