//! The only place where librdkafka calls back into us. Every callback that a `Conf` enables points
//! at one of these C trampolines; they turn librdkafka's arguments into an [`Event`] and hand it
//! to the [`EventSink`] that the client registered as librdkafka's opaque. librdkafka only calls
//! them from the thread that serves a queue (poll, flush, consume...; logs go through
//! `log.queue`), which in a PHP process is the PHP thread.

use super::c_str_bytes;
use super::message::MessageView;
use super::partition_list::{entries_of, Partition};
use super::sys;
use std::ffi::{c_char, c_int, c_void};

/// A librdkafka callback, decoded.
#[derive(Debug)]
pub enum Event<'a> {
    Error {
        code: i64,
        reason: &'a [u8],
    },
    Stats {
        json: &'a [u8],
    },
    Log {
        level: i64,
        facility: &'a [u8],
        message: &'a [u8],
    },
    OauthbearerTokenRefresh {
        config: &'a [u8],
    },
    /// A delivery report; the message (and its opaque) is released when the handler returns.
    DeliveryReport(MessageView<'a>),
    /// Partitions assigned (-175), revoked (-174) or a rebalance error.
    Rebalance {
        code: i64,
        partitions: &'a [Partition],
    },
    OffsetCommit {
        code: i64,
        partitions: &'a [Partition],
    },
    /// A message served by `rd_kafka_poll` in callback mode.
    Consume(MessageView<'a>),
}

/// What the dispatching call should do after an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    /// Nobody listens: librdkafka's default handling applies (rebalances).
    Unhandled,
    /// Stop serving queues as soon as librdkafka can (`rd_kafka_yield`): a handler failed.
    Yield,
}

/// Receives the events of one client. Implemented by the binding layer.
pub trait EventSink {
    fn on_event(&self, event: Event<'_>) -> Flow;

    /// The client is being destroyed: later events must only release what they carry.
    fn close(&self);
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
        CallbackKind::OffsetCommit => sys::rd_kafka_conf_set_offset_commit_cb(conf, Some(offset_commit_cb)),
        CallbackKind::Log => sys::rd_kafka_conf_set_log_cb(conf, Some(log_cb)),
        CallbackKind::OauthbearerTokenRefresh => {
            sys::rd_kafka_conf_set_oauthbearer_token_refresh_cb(conf, Some(oauthbearer_cb))
        }
    }
}

/// Removes every trampoline a producer would call from a conf, for a producer handle that serves
/// no callbacks: librdkafka then queues no events for them (which nobody would serve), and
/// prints its logs itself. Consumer callbacks are left as they are: a producer never calls
/// them, and setting them (even to none) would have librdkafka warn that they are ignored.
///
/// # Safety
/// `conf` must be a valid `rd_kafka_conf_t`.
pub(crate) unsafe fn disable_producer_callbacks(conf: *mut sys::rd_kafka_conf_t) {
    sys::rd_kafka_conf_set_error_cb(conf, None);
    sys::rd_kafka_conf_set_dr_msg_cb(conf, None);
    sys::rd_kafka_conf_set_stats_cb(conf, None);
    sys::rd_kafka_conf_set_log_cb(conf, Some(sys::rd_kafka_log_print));
    sys::rd_kafka_conf_set_oauthbearer_token_refresh_cb(conf, None);
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

/// Hands an event to the client's sink and stops dispatch when the sink asks to.
fn deliver(rk: *const sys::rd_kafka_t, sink: Option<&dyn EventSink>, event: Event<'_>) -> Flow {
    let flow = sink.map_or(Flow::Unhandled, |sink| sink.on_event(event));
    if flow == Flow::Yield {
        // SAFETY: rk is the client being served; yield only sets a flag its serve loop reads.
        unsafe { sys::rd_kafka_yield(rk as *mut _) }
    }
    flow
}

unsafe extern "C" fn error_cb(
    rk: *mut sys::rd_kafka_t,
    err: c_int,
    reason: *const c_char,
    opaque: *mut c_void,
) {
    deliver(rk, sink(opaque), Event::Error { code: err as i64, reason: bytes(reason) });
}

unsafe extern "C" fn stats_cb(
    rk: *mut sys::rd_kafka_t,
    json: *mut c_char,
    json_len: usize,
    opaque: *mut c_void,
) -> c_int {
    // SAFETY: librdkafka passes json_len valid bytes.
    let json = std::slice::from_raw_parts(json as *const u8, json_len);
    deliver(rk, sink(opaque), Event::Stats { json });
    0 // librdkafka frees the JSON
}

unsafe extern "C" fn log_cb(
    rk: *const sys::rd_kafka_t,
    level: c_int,
    fac: *const c_char,
    buf: *const c_char,
) {
    deliver(rk, sink_of(rk), Event::Log { level: level as i64, facility: bytes(fac), message: bytes(buf) });
}

unsafe extern "C" fn oauthbearer_cb(rk: *mut sys::rd_kafka_t, config: *const c_char, opaque: *mut c_void) {
    // An unset sasl.oauthbearer.config arrives as NULL: it becomes "" (php-rdkafka crashes).
    let flow = deliver(rk, sink(opaque), Event::OauthbearerTokenRefresh { config: bytes(config) });
    if flow == Flow::Unhandled {
        // Nobody could refresh the token now (a persistent client between requests): a failure
        // makes librdkafka ask again later instead of waiting for a token for ever.
        sys::rd_kafka_oauthbearer_set_token_failure(
            rk,
            c"no callback was available to refresh the token".as_ptr(),
        );
    }
}

unsafe extern "C" fn dr_msg_cb(
    rk: *mut sys::rd_kafka_t,
    msg: *const sys::rd_kafka_message_t,
    opaque: *mut c_void,
) {
    // SAFETY: librdkafka keeps the message alive until this callback returns.
    deliver(rk, sink(opaque), Event::DeliveryReport(MessageView::new(msg)));
}

unsafe extern "C" fn rebalance_cb(
    rk: *mut sys::rd_kafka_t,
    err: sys::rd_kafka_resp_err_t,
    partitions: *mut sys::rd_kafka_topic_partition_list_t,
    opaque: *mut c_void,
) {
    let code = err as i32 as i64;
    // SAFETY: librdkafka lends the list for this call.
    let entries = entries_of(partitions);
    let handled = sink(opaque).map(|sink| sink.on_event(Event::Rebalance { code, partitions: &entries }));
    match handled {
        Some(Flow::Continue) => {}
        Some(Flow::Yield) => sys::rd_kafka_yield(rk),
        Some(Flow::Unhandled) | None => default_rebalance(rk, code, partitions),
    }
}

/// What librdkafka does without a rebalance callback: take or drop the partitions, incrementally
/// under the cooperative protocol.
unsafe fn default_rebalance(
    rk: *mut sys::rd_kafka_t,
    code: i64,
    partitions: *mut sys::rd_kafka_topic_partition_list_t,
) {
    let cooperative = c_str_bytes(sys::rd_kafka_rebalance_protocol(rk)) == Some(b"COOPERATIVE");
    // SAFETY: live client and the list librdkafka lent us; errors here have nowhere to go
    // (librdkafka reports failed assignments through the error callback).
    match (code == crate::error::code::ASSIGN_PARTITIONS, cooperative) {
        (true, true) => sys::rd_kafka_error_destroy(sys::rd_kafka_incremental_assign(rk, partitions)),
        (false, true) => sys::rd_kafka_error_destroy(sys::rd_kafka_incremental_unassign(rk, partitions)),
        (true, false) => {
            sys::rd_kafka_assign(rk, partitions);
        }
        (false, false) => {
            sys::rd_kafka_assign(rk, std::ptr::null());
        }
    }
}

unsafe extern "C" fn offset_commit_cb(
    rk: *mut sys::rd_kafka_t,
    err: sys::rd_kafka_resp_err_t,
    offsets: *mut sys::rd_kafka_topic_partition_list_t,
    opaque: *mut c_void,
) {
    // SAFETY: librdkafka lends the list for this call.
    let entries = entries_of(offsets);
    deliver(rk, sink(opaque), Event::OffsetCommit { code: err as i32 as i64, partitions: &entries });
}

unsafe extern "C" fn consume_cb(msg: *mut sys::rd_kafka_message_t, opaque: *mut c_void) {
    // SAFETY: librdkafka keeps the message alive for this call. The message does not name its
    // client, and yield only sets a thread-local flag, so any client pointer does.
    deliver(std::ptr::null(), sink(opaque), Event::Consume(MessageView::new(msg)));
}
