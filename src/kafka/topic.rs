//! An owning `rd_kafka_topic_t` and producing through it. A topic keeps its client alive, so the
//! client is destroyed only after every topic handle.

use super::client::Client;
use super::conf::NativeTopicConf;
use super::error::KafkaError;
use super::sys;
use std::ffi::{c_int, c_void, CStr};
use std::ptr::{self, NonNull};
use std::rc::Rc;

/// The longest topic name Kafka accepts, in bytes.
pub const MAX_TOPIC_NAME_LEN: usize = 249;

/// Refuses a topic name no broker can hold before it reaches librdkafka, which crashes on
/// names over 512 bytes in assignments (`rd_kafka_assignment_add`). Partition lists and
/// watermark queries apply it.
pub fn check_topic_name(name: &[u8]) -> Result<(), KafkaError> {
    if name.len() <= MAX_TOPIC_NAME_LEN {
        return Ok(());
    }
    Err(KafkaError::with_message(
        super::error::code::INVALID_ARG,
        format!(
            "Topic name of {} bytes is longer than Kafka's limit of {MAX_TOPIC_NAME_LEN} bytes",
            name.len()
        ),
    ))
}

/// A topic name for librdkafka: within Kafka's length limit, no NUL byte.
pub(crate) fn topic_name(topic: &[u8]) -> Result<std::ffi::CString, KafkaError> {
    check_topic_name(topic)?;
    super::c_name(topic, "Topic names")
}

#[derive(Debug)]
pub struct Topic {
    rkt: NonNull<sys::rd_kafka_topic_t>,
    client: Rc<Client>,
}

/// `RD_KAFKA_MSG_F_COPY`: librdkafka copies payload and key, so callers' buffers are free after
/// the call.
const MSG_F_COPY: c_int = 0x2;

/// What one message carries besides its topic.
#[derive(Debug, Default, Clone, Copy)]
pub struct Record<'a> {
    pub partition: i32,
    pub flags: i32,
    pub payload: Option<&'a [u8]>,
    pub key: Option<&'a [u8]>,
    /// Header names and values, sent in this order; `None` is a NULL value.
    pub headers: &'a [(&'a [u8], Option<&'a [u8]>)],
    /// Milliseconds since the epoch; 0 means "now".
    pub timestamp: i64,
    /// Handed back untouched in the delivery report.
    pub opaque: *mut c_void,
}

fn ptr_len(bytes: Option<&[u8]>) -> (*mut c_void, usize) {
    bytes.map_or((ptr::null_mut(), 0), |b| (b.as_ptr() as *mut c_void, b.len()))
}

impl Topic {
    /// A handle on topic `name`, or librdkafka's reason for refusing it.
    pub fn new(client: &Rc<Client>, name: &CStr, conf: Option<NativeTopicConf>) -> Result<Self, KafkaError> {
        let conf_ptr = conf.as_ref().map_or(ptr::null_mut(), |c| c.as_ptr());
        // SAFETY: live client; rd_kafka_topic_new takes the conf over on success only.
        let rkt = unsafe { sys::rd_kafka_topic_new(client.as_ptr(), name.as_ptr(), conf_ptr) };
        let rkt = NonNull::new(rkt).ok_or_else(|| KafkaError::from_code(KafkaError::last_code()))?;
        std::mem::forget(conf);
        Ok(Topic { rkt, client: Rc::clone(client) })
    }

    pub fn client(&self) -> &Rc<Client> {
        &self.client
    }

    pub fn as_ptr(&self) -> *mut sys::rd_kafka_topic_t {
        self.rkt.as_ptr()
    }

    pub fn name(&self) -> &[u8] {
        // SAFETY: the handle is alive; librdkafka keeps its name with it.
        unsafe { CStr::from_ptr(sys::rd_kafka_topic_name(self.as_ptr())) }.to_bytes()
    }

    /// Enqueues a message without headers or timestamp (librdkafka's fast path).
    pub fn produce(&self, record: &Record<'_>) -> Result<(), KafkaError> {
        let (payload, len) = ptr_len(record.payload);
        let (key, key_len) = ptr_len(record.key);
        // SAFETY: live topic; payload and key are copied by librdkafka (F_COPY) before return.
        let rc = unsafe {
            sys::rd_kafka_produce(
                self.as_ptr(),
                record.partition,
                record.flags | MSG_F_COPY,
                payload,
                len,
                key,
                key_len,
                record.opaque,
            )
        };
        KafkaError::check_legacy(rc)
    }

    /// Enqueues a message with headers and a timestamp.
    pub fn produce_with_headers(&self, record: &Record<'_>) -> Result<(), KafkaError> {
        let headers = Headers::new(record.headers)?;
        let (payload, len) = ptr_len(record.payload);
        let (key, key_len) = ptr_len(record.key);
        let vu = |vtype, u| sys::rd_kafka_vu_t { vtype, u };
        use sys::rd_kafka_vtype_t::*;
        use sys::rd_kafka_vu_s__bindgen_ty_1 as U;
        use sys::rd_kafka_vu_s__bindgen_ty_1__bindgen_ty_1 as Mem;
        let mut vus = [
            vu(RD_KAFKA_VTYPE_RKT, U { rkt: self.as_ptr() }),
            vu(RD_KAFKA_VTYPE_PARTITION, U { i32_: record.partition }),
            vu(RD_KAFKA_VTYPE_MSGFLAGS, U { i: record.flags | MSG_F_COPY }),
            vu(RD_KAFKA_VTYPE_VALUE, U { mem: Mem { ptr: payload, size: len } }),
            vu(RD_KAFKA_VTYPE_KEY, U { mem: Mem { ptr: key, size: key_len } }),
            vu(RD_KAFKA_VTYPE_OPAQUE, U { ptr: record.opaque }),
            vu(RD_KAFKA_VTYPE_TIMESTAMP, U { i64_: record.timestamp }),
            vu(RD_KAFKA_VTYPE_END, U { i: 0 }),
        ];
        let mut count = vus.len() - 1;
        if let Some(list) = headers.as_ref() {
            vus[count] = vu(RD_KAFKA_VTYPE_HEADERS, U { headers: list.0.as_ptr() });
            count += 1;
        }
        // SAFETY: every vu holds what its vtype says; buffers outlive the call (copied).
        let error = unsafe { sys::rd_kafka_produceva(self.client.as_ptr(), vus.as_ptr(), count) };
        match NonNull::new(error) {
            None => {
                // The message owns the header list now.
                if let Some(list) = headers {
                    std::mem::forget(list);
                }
                Ok(())
            }
            // On failure the header list stays ours and is freed with `headers`. php-rdkafka
            // reports the code with its generic text, not the error object's.
            Some(error) => Err(KafkaError::from_code(KafkaError::take(error).code)),
        }
    }
}

/// A header list we own until librdkafka accepts a message with it.
struct Headers(NonNull<sys::rd_kafka_headers_t>);

impl Headers {
    /// `None` for no headers (librdkafka then sends none).
    fn new(pairs: &[(&[u8], Option<&[u8]>)]) -> Result<Option<Self>, KafkaError> {
        if pairs.is_empty() {
            return Ok(None);
        }
        // SAFETY: allocates an empty list.
        let list =
            Headers(NonNull::new(unsafe { sys::rd_kafka_headers_new(pairs.len()) }).expect("allocation"));
        for (name, value) in pairs {
            let (value, value_len) = ptr_len(*value);
            // SAFETY: librdkafka copies name and value, whose lengths are passed explicitly (so
            // names may hold NUL bytes).
            let err = unsafe {
                sys::rd_kafka_header_add(
                    list.0.as_ptr(),
                    name.as_ptr().cast(),
                    name.len() as isize,
                    value,
                    value_len as isize,
                )
            } as i64;
            if err != 0 {
                return Err(KafkaError::from_code(err));
            }
        }
        Ok(Some(list))
    }
}

impl Drop for Headers {
    fn drop(&mut self) {
        // SAFETY: still ours (not handed to a message).
        unsafe { sys::rd_kafka_headers_destroy(self.0.as_ptr()) }
    }
}

impl Drop for Topic {
    fn drop(&mut self) {
        if self.client.is_inherited() {
            // The topic's locks may be held by the parent process's threads (see Client).
            return;
        }
        // Partitions it started keep consuming: the client stops them (see Client::consuming).
        // SAFETY: owned handle; the client (held by `self.client`) is still alive here.
        unsafe { sys::rd_kafka_topic_destroy(self.rkt.as_ptr()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topic_names_up_to_kafkas_limit_pass() {
        assert!(check_topic_name(b"").is_ok());
        assert!(check_topic_name(&[b'x'; MAX_TOPIC_NAME_LEN]).is_ok());
        let err = check_topic_name(&[b'x'; MAX_TOPIC_NAME_LEN + 1]).unwrap_err();
        assert_eq!(err.code, super::super::error::code::INVALID_ARG);
        assert_eq!(err.message, "Topic name of 250 bytes is longer than Kafka's limit of 249 bytes");
    }
}
