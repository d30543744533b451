//! The only place where librdkafka calls back into us. Every callback that a `Conf` enables points
//! at one of these C trampolines; they turn librdkafka's arguments into an [`Event`] and hand it
//! to the [`EventSink`] that the client registered as librdkafka's opaque. librdkafka only calls
//! them from the thread that serves a queue (poll, flush, consume...; logs go through
//! `log.queue`), which in a PHP process is the PHP thread.

use super::c_str_bytes;
use super::sys;
use std::ffi::{c_char, c_int, c_void};

/// A librdkafka callback, decoded.
#[derive(Debug)]
pub enum Event<'a> {
    Error { code: i64, reason: &'a [u8] },
    Stats { json: &'a [u8] },
    Log { level: i64, facility: &'a [u8], message: &'a [u8] },
    OauthbearerTokenRefresh { config: &'a [u8] },
}

/// Receives the events of one client. Implemented by the binding layer.
pub trait EventSink {
    fn on_event(&self, event: Event<'_>);
}

/// The callbacks a `Conf` can enable, named after php-rdkafka's setters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallbackKind {
    Error,
    DeliveryReport,
    Stats,
    Rebalance,
    Consume,
    OffsetCommit,
    Log,
    OauthbearerTokenRefresh,
}

/// The opaque that clients register: a thin pointer to a boxed sink.
pub type SinkBox = Box<dyn EventSink>;

/// Installs the trampoline of `kind` on a conf.
///
/// # Safety
/// `conf` must be a valid `rd_kafka_conf_t`.
pub(crate) unsafe fn enable(conf: *mut sys::rd_kafka_conf_t, kind: CallbackKind) {
    match kind {
        CallbackKind::Error => sys::rd_kafka_conf_set_error_cb(conf, Some(error_cb)),
        CallbackKind::DeliveryReport => sys::rd_kafka_conf_set_dr_msg_cb(conf, Some(dr_msg_cb)),
        CallbackKind::Stats => sys::rd_kafka_conf_set_stats_cb(conf, Some(stats_cb)),
        CallbackKind::Rebalance => sys::rd_kafka_conf_set_rebalance_cb(conf, Some(rebalance_cb)),
        CallbackKind::Consume => sys::rd_kafka_conf_set_consume_cb(conf, Some(consume_cb)),
        CallbackKind::OffsetCommit => {
            sys::rd_kafka_conf_set_offset_commit_cb(conf, Some(offset_commit_cb))
        }
        CallbackKind::Log => sys::rd_kafka_conf_set_log_cb(conf, Some(log_cb)),
        CallbackKind::OauthbearerTokenRefresh => {
            sys::rd_kafka_conf_set_oauthbearer_token_refresh_cb(conf, Some(oauthbearer_cb))
        }
    }
}

/// The sink behind a client's opaque, if the client registered one.
fn sink<'a>(opaque: *mut c_void) -> Option<&'a dyn EventSink> {
    // SAFETY: clients set the opaque to a `*const SinkBox` that outlives their rd_kafka_t.
    (!opaque.is_null()).then(|| unsafe { &**(opaque as *const SinkBox) })
}

fn sink_of<'a>(rk: *const sys::rd_kafka_t) -> Option<&'a dyn EventSink> {
    // SAFETY: rk is the live client librdkafka is serving.
    sink(unsafe { sys::rd_kafka_opaque(rk) })
}

fn bytes<'a>(ptr: *const c_char) -> &'a [u8] {
    c_str_bytes(ptr).unwrap_or_default()
}

unsafe extern "C" fn error_cb(
    _rk: *mut sys::rd_kafka_t,
    err: c_int,
    reason: *const c_char,
    opaque: *mut c_void,
) {
    if let Some(sink) = sink(opaque) {
        sink.on_event(Event::Error { code: err as i64, reason: bytes(reason) });
    }
}

unsafe extern "C" fn stats_cb(
    _rk: *mut sys::rd_kafka_t,
    json: *mut c_char,
    json_len: usize,
    opaque: *mut c_void,
) -> c_int {
    if let Some(sink) = sink(opaque) {
        // SAFETY: librdkafka passes json_len valid bytes.
        let json = std::slice::from_raw_parts(json as *const u8, json_len);
        sink.on_event(Event::Stats { json });
    }
    0 // librdkafka frees the JSON
}

unsafe extern "C" fn log_cb(
    rk: *const sys::rd_kafka_t,
    level: c_int,
    fac: *const c_char,
    buf: *const c_char,
) {
    if let Some(sink) = sink_of(rk) {
        sink.on_event(Event::Log { level: level as i64, facility: bytes(fac), message: bytes(buf) });
    }
}

unsafe extern "C" fn oauthbearer_cb(
    _rk: *mut sys::rd_kafka_t,
    config: *const c_char,
    opaque: *mut c_void,
) {
    if let Some(sink) = sink(opaque) {
        // An unset sasl.oauthbearer.config arrives as NULL: it becomes "" (php-rdkafka crashes).
        sink.on_event(Event::OauthbearerTokenRefresh { config: bytes(config) });
    }
}

// Delivery reports, rebalances, offset commits and consume callbacks carry client-owned data
// (messages, partition lists) and are decoded by the producing and consuming layers; until a
// client registers a sink for them they are acknowledged without effect.
unsafe extern "C" fn dr_msg_cb(
    _rk: *mut sys::rd_kafka_t,
    _msg: *const sys::rd_kafka_message_t,
    _opaque: *mut c_void,
) {
}

unsafe extern "C" fn rebalance_cb(
    rk: *mut sys::rd_kafka_t,
    err: sys::rd_kafka_resp_err_t,
    partitions: *mut sys::rd_kafka_topic_partition_list_t,
    _opaque: *mut c_void,
) {
    // Without a PHP handler librdkafka's default behaviour applies: take or drop the assignment.
    if err == sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS {
        sys::rd_kafka_assign(rk, partitions);
    } else {
        sys::rd_kafka_assign(rk, std::ptr::null());
    }
}

unsafe extern "C" fn offset_commit_cb(
    _rk: *mut sys::rd_kafka_t,
    _err: sys::rd_kafka_resp_err_t,
    _offsets: *mut sys::rd_kafka_topic_partition_list_t,
    _opaque: *mut c_void,
) {
}

unsafe extern "C" fn consume_cb(_msg: *mut sys::rd_kafka_message_t, _opaque: *mut c_void) {}
