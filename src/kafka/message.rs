//! A borrowed view of a `rd_kafka_message_t` (delivery reports and consumed messages).

use super::sys;
use std::ffi::{c_char, c_int, c_void, CStr};
use std::ptr;

/// A message librdkafka owns for the duration of a callback or until it is destroyed.
#[derive(Clone, Copy)]
pub struct MessageView<'a> {
    msg: &'a sys::rd_kafka_message_t,
    /// Built by us rather than librdkafka: it has no timestamp or headers to look up.
    synthetic: bool,
}

impl std::fmt::Debug for MessageView<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MessageView")
            .field("err", &self.err())
            .field("partition", &self.partition())
            .field("offset", &self.offset())
            .finish_non_exhaustive()
    }
}

fn bytes<'a>(ptr: *const c_void, len: usize) -> Option<&'a [u8]> {
    // SAFETY: librdkafka pairs every payload/key pointer with its length; NULL means absent.
    (!ptr.is_null()).then(|| unsafe { std::slice::from_raw_parts(ptr as *const u8, len) })
}

impl<'a> MessageView<'a> {
    /// # Safety
    /// `msg` must point to a message that stays valid for `'a`.
    pub unsafe fn new(msg: *const sys::rd_kafka_message_t) -> Self {
        MessageView { msg: &*msg, synthetic: false }
    }

    #[cfg(test)]
    pub(crate) fn as_ptr(&self) -> *mut sys::rd_kafka_message_t {
        self.msg as *const _ as *mut _
    }

    /// The error code (see [`err_code`](crate::err_code)).
    pub fn err(&self) -> i64 {
        crate::err_code(&self.msg.err)
    }

    pub fn partition(&self) -> i32 {
        self.msg.partition
    }

    pub fn offset(&self) -> i64 {
        self.msg.offset
    }

    pub fn payload(&self) -> Option<&'a [u8]> {
        bytes(self.msg.payload, self.msg.len)
    }

    pub fn key(&self) -> Option<&'a [u8]> {
        bytes(self.msg.key, self.msg.key_len)
    }

    /// The topic handle's name, when the message carries one.
    pub fn topic_name(&self) -> Option<&'a [u8]> {
        if self.msg.rkt.is_null() {
            return None;
        }
        // SAFETY: a message's topic handle lives at least as long as the message.
        Some(unsafe { CStr::from_ptr(sys::rd_kafka_topic_name(self.msg.rkt)) }.to_bytes())
    }

    /// The topic handle itself, so callers can cache per-topic data by identity.
    pub fn topic_handle(&self) -> *const c_void {
        self.msg.rkt as *const c_void
    }

    /// Milliseconds since the epoch, or -1 when unavailable.
    pub fn timestamp(&self) -> i64 {
        if self.synthetic {
            return -1;
        }
        let mut kind = sys::rd_kafka_timestamp_type_t::RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
        // SAFETY: live message; kind is a valid out-pointer.
        unsafe { sys::rd_kafka_message_timestamp(self.msg, &mut kind) }
    }

    /// Sets the partition's stored offset (the next commit) to just after this message, or with
    /// `after = false` to this message itself, undoing what `enable.auto.offset.store` did when
    /// librdkafka handed it out. Errors (a partition no longer assigned) are ignored, as
    /// librdkafka ignores them when it stores automatically.
    pub fn store_offset(&self, after: bool) {
        if self.synthetic || self.msg.rkt.is_null() || self.err() != 0 {
            return;
        }
        // rd_kafka_offset_store stores its argument + 1.
        let offset = if after { self.msg.offset } else { self.msg.offset - 1 };
        // SAFETY: the message's topic handle is alive with the message.
        unsafe { sys::rd_kafka_offset_store(self.msg.rkt, self.msg.partition, offset) };
    }

    /// The per-message opaque given to produce (delivery reports only).
    pub fn opaque(&self) -> *mut c_void {
        self.msg._private
    }

    /// Headers in order; a NULL value is `None`.
    pub fn headers(&self) -> Headers<'a> {
        let mut hdrs: *mut sys::rd_kafka_headers_t = ptr::null_mut();
        if !self.synthetic && !self.certainly_without_headers() {
            // SAFETY: live message; librdkafka keeps the parsed headers with the message. The
            // cast drops const only because the C signature lacks it: the message is unchanged.
            let err = unsafe { sys::rd_kafka_message_headers(self.msg as *const _ as *mut _, &mut hdrs) };
            if err != sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
                hdrs = ptr::null_mut();
            }
        }
        Headers { hdrs, idx: 0, _message: std::marker::PhantomData }
    }
}

/// The leading fields of librdkafka's internal `rd_kafka_msg_t` (rdkafka_msg.h, 2.12.1), which
/// embeds every `rd_kafka_message_t` it hands out, up to the consumer's unparsed headers.
#[repr(C)]
struct MsgLayout {
    message: sys::rd_kafka_message_t,
    link: [*mut c_void; 2],
    flags: c_int,
    timestamp_type: c_int,
    timestamp: i64,
    headers: *mut sys::rd_kafka_headers_t,
    status: c_int,
    broker_id: i32,
    /// `rkm_u.consumer.binhdrs`: length and data of the header block as fetched.
    raw_headers_len: i32,
    raw_headers: *const u8,
}

/// The librdkafka version whose message layout `MsgLayout` mirrors.
const LAYOUT_VERSION: c_int = 0x020c_01ff;
const MSG_F_PRODUCER: c_int = 0x40000;

/// Whether the linked librdkafka is the one `MsgLayout` describes (it is linked statically, so
/// this only fails if the crate is upgraded without updating the layout).
fn layout_known() -> bool {
    static KNOWN: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    // SAFETY: rd_kafka_version has no preconditions.
    *KNOWN.get_or_init(|| unsafe { sys::rd_kafka_version() } == LAYOUT_VERSION)
}

impl MessageView<'_> {
    /// True when the message certainly has no headers, decided without asking librdkafka:
    /// `rd_kafka_message_headers` allocates and frees a parse buffer even for a header block
    /// that holds zero headers, which is most of the cost of building a consumed Message.
    pub(crate) fn certainly_without_headers(&self) -> bool {
        if !layout_known() {
            return false;
        }
        // SAFETY: with the layout's librdkafka, every non-synthetic message is the head of an
        // rd_kafka_msg_t (rd_kafka_message2msg relies on the same).
        let msg = unsafe { &*(self.msg as *const sys::rd_kafka_message_t as *const MsgLayout) };
        if !msg.headers.is_null() {
            return false;
        }
        if msg.flags & MSG_F_PRODUCER != 0 || msg.raw_headers_len <= 0 {
            return true;
        }
        // A header block starts with its count as a varint: a single 0 byte means none.
        // SAFETY: raw_headers_len > 0 bytes are readable at raw_headers.
        msg.raw_headers_len == 1 && unsafe { *msg.raw_headers } == 0
    }
}

/// The headers of a message, in order: name and value (`None` for a NULL value).
pub struct Headers<'a> {
    hdrs: *mut sys::rd_kafka_headers_t,
    idx: usize,
    _message: std::marker::PhantomData<&'a sys::rd_kafka_message_t>,
}

impl<'a> Iterator for Headers<'a> {
    type Item = (&'a [u8], Option<&'a [u8]>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.hdrs.is_null() {
            return None;
        }
        let (mut name, mut value, mut size): (*const c_char, *const c_void, usize) =
            (ptr::null(), ptr::null(), 0);
        // SAFETY: a header list that lives with the message; out-pointers valid.
        let err =
            unsafe { sys::rd_kafka_header_get_all(self.hdrs, self.idx, &mut name, &mut value, &mut size) };
        if err != sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            return None;
        }
        self.idx += 1;
        // SAFETY: header names are NUL-terminated and live with the message.
        Some((unsafe { CStr::from_ptr(name) }.to_bytes(), bytes(value, size)))
    }
}

/// A message handed to us by a consume call, destroyed on drop.
#[derive(Debug)]
pub struct ConsumedMessage(std::ptr::NonNull<sys::rd_kafka_message_t>);

impl ConsumedMessage {
    /// # Safety
    /// `msg` must be NULL or a message the caller owns.
    pub(crate) unsafe fn from_raw(msg: *mut sys::rd_kafka_message_t) -> Option<Self> {
        std::ptr::NonNull::new(msg).map(ConsumedMessage)
    }

    pub fn view(&self) -> MessageView<'_> {
        // SAFETY: owned and alive for the borrow.
        unsafe { MessageView::new(self.0.as_ptr()) }
    }
}

impl Drop for ConsumedMessage {
    fn drop(&mut self) {
        // SAFETY: owned message, destroyed once.
        unsafe { sys::rd_kafka_message_destroy(self.0.as_ptr()) }
    }
}

/// What `KafkaConsumer::consume` reports on a timeout: a message with only `err` set to
/// `RD_KAFKA_RESP_ERR__TIMED_OUT` (php-rdkafka 6 builds the same).
pub fn with_timed_out<R>(f: impl FnOnce(MessageView<'_>) -> R) -> R {
    // SAFETY: an all-zero message is valid plain data (NULL pointers, zero lengths).
    let mut msg: sys::rd_kafka_message_t = unsafe { std::mem::zeroed() };
    msg.err = sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR__TIMED_OUT;
    f(MessageView { msg: &msg, synthetic: true })
}
