//! An owning `rd_kafka_t`.

use super::conf::{errstr_text, NativeConf, ERRSTR_LEN};
use super::error::KafkaError;
use super::sys;
use std::ffi::c_char;
use std::ptr::NonNull;

/// Producer or consumer, as librdkafka's `rd_kafka_type_t`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientKind {
    Producer,
    Consumer,
}

/// A librdkafka client handle, destroyed on drop.
#[derive(Debug)]
pub struct Client {
    rk: NonNull<sys::rd_kafka_t>,
    kind: ClientKind,
}

impl Client {
    /// Creates a client from its own copy of `conf`. On failure the error carries librdkafka's
    /// text and code 0, as php-rdkafka reports it.
    pub fn new(kind: ClientKind, conf: NativeConf) -> Result<Self, KafkaError> {
        let mut errstr = [0 as c_char; ERRSTR_LEN];
        let ty = match kind {
            ClientKind::Producer => sys::rd_kafka_type_t::RD_KAFKA_PRODUCER,
            ClientKind::Consumer => sys::rd_kafka_type_t::RD_KAFKA_CONSUMER,
        };
        let conf_ptr = conf.as_ptr();
        // SAFETY: valid conf; errstr buffer of the given size.
        let rk = unsafe { sys::rd_kafka_new(ty, conf_ptr, errstr.as_mut_ptr(), errstr.len()) };
        match NonNull::new(rk) {
            Some(rk) => {
                // rd_kafka_new took the conf over.
                std::mem::forget(conf);
                Ok(Client { rk, kind })
            }
            None => Err(KafkaError::with_message(0, errstr_text(&errstr))),
        }
    }

    pub fn kind(&self) -> ClientKind {
        self.kind
    }

    pub fn as_ptr(&self) -> *mut sys::rd_kafka_t {
        self.rk.as_ptr()
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        // SAFETY: we own the handle and nothing uses it after this.
        unsafe { sys::rd_kafka_destroy(self.rk.as_ptr()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kafka::version::thread_count;

    #[test]
    fn clients_start_and_stop_their_threads() {
        let before = thread_count();
        let mut conf = NativeConf::new();
        conf.set(c"bootstrap.servers", c"127.0.0.1:1").unwrap();
        let producer = Client::new(ClientKind::Producer, conf.clone()).unwrap();
        let consumer = Client::new(ClientKind::Consumer, conf).unwrap();
        assert!(thread_count() > before);
        assert_eq!(producer.kind(), ClientKind::Producer);
        drop(producer);
        drop(consumer);
        assert_eq!(thread_count(), before);
    }

    #[test]
    fn rejected_configurations_report_librdkafka_text_with_code_zero() {
        let mut conf = NativeConf::new();
        conf.set(c"enable.idempotence", c"true").unwrap();
        conf.set(c"acks", c"1").unwrap();
        let err = Client::new(ClientKind::Producer, conf).unwrap_err();
        assert_eq!(err.code, 0);
        assert!(err.message.contains("enable.idempotence"), "{}", err.message);
    }
}
