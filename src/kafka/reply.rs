//! A queue of our own for the answer to one request, and the event that answers it: what a
//! bounded synchronous commit and every Admin operation wait on, so that waiting never serves
//! or swallows the client's other events.

use super::c_str_bytes;
use super::client::Client;
use super::error::KafkaError;
use super::sys;
use std::ptr::NonNull;
use std::time::{Duration, Instant};

/// `rd_kafka_event_error` declared over a plain int: a broker may answer with a code the
/// bindings' enum does not know, which must never become a Rust enum value.
#[allow(clashing_extern_declarations)]
mod raw {
    extern "C" {
        pub fn rd_kafka_event_error(rkev: *mut super::sys::rd_kafka_event_t) -> std::ffi::c_int;
    }
}

/// Destroyed on drop; an answer that arrives later is then dropped by librdkafka.
pub(crate) struct ReplyQueue(NonNull<sys::rd_kafka_queue_t>);

impl ReplyQueue {
    pub fn new(client: &Client) -> Self {
        // SAFETY: live client; never NULL.
        ReplyQueue(
            NonNull::new(unsafe { sys::rd_kafka_queue_new(client.as_ptr()) }).expect("rd_kafka_queue_new"),
        )
    }

    pub fn as_ptr(&self) -> *mut sys::rd_kafka_queue_t {
        self.0.as_ptr()
    }

    /// The answer, or `None` once `timeout` has passed. Waits in one-second polls, without
    /// interrupt checks: the request is already on its way, and its outcome must not be lost to
    /// a signal.
    pub fn wait(&self, timeout: Duration) -> Option<Event> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            // SAFETY: live queue; we own the returned event.
            let event = unsafe { sys::rd_kafka_queue_poll(self.as_ptr(), left.as_millis().min(1000) as i32) };
            if let Some(event) = NonNull::new(event) {
                return Some(Event(event));
            }
            if left.is_zero() {
                return None;
            }
        }
    }
}

impl Drop for ReplyQueue {
    fn drop(&mut self) {
        // SAFETY: our queue, destroyed once.
        unsafe { sys::rd_kafka_queue_destroy(self.as_ptr()) }
    }
}

/// An event we own, destroyed on drop.
pub(crate) struct Event(NonNull<sys::rd_kafka_event_t>);

impl Event {
    pub fn as_ptr(&self) -> *mut sys::rd_kafka_event_t {
        self.0.as_ptr()
    }

    /// The request-level error, with librdkafka's text for it.
    pub fn error(&self) -> Option<KafkaError> {
        // SAFETY: a live event.
        let code = i64::from(unsafe { raw::rd_kafka_event_error(self.as_ptr()) });
        if code == 0 {
            return None;
        }
        // SAFETY: a live event; the string lives as long as it and is copied here.
        let text = c_str_bytes(unsafe { sys::rd_kafka_event_error_string(self.as_ptr()) });
        Some(match text {
            Some(text) if !text.is_empty() => KafkaError::with_message(code, String::from_utf8_lossy(text)),
            _ => KafkaError::from_code(code),
        })
    }
}

impl Drop for Event {
    fn drop(&mut self) {
        // SAFETY: our event, destroyed once.
        unsafe { sys::rd_kafka_event_destroy(self.as_ptr()) }
    }
}
