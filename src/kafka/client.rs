//! An owning `rd_kafka_t`.

use super::conf::{errstr_text, NativeConf, ERRSTR_LEN};
use super::dispatch::SinkBox;
use super::error::{code, KafkaError};
use super::metadata::Metadata;
use super::partition_list::{Partition, PartitionList};
use super::sys;
use super::topic::{check_topic_name, Topic};
use super::wait;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::{c_char, c_void, CStr, CString};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Once;
use std::time::{Duration, Instant};

/// How many `fork()`s separate this process from the first one. librdkafka's threads stay in the
/// process that created a client: a child that inherits the handle must never wait on them.
static FORK_GENERATION: AtomicU64 = AtomicU64::new(0);

extern "C" {
    fn pthread_atfork(
        prepare: Option<extern "C" fn()>,
        parent: Option<extern "C" fn()>,
        child: Option<extern "C" fn()>,
    ) -> std::ffi::c_int;
}

extern "C" fn forked_child() {
    FORK_GENERATION.fetch_add(1, Ordering::Relaxed);
}

/// The fork generation of this process, counted from the first client's creation on: the
/// counting starts there, so later checks ([`Client::is_inherited`]) only read the counter.
fn watch_forks() -> u64 {
    static WATCH_FORKS: Once = Once::new();
    // SAFETY: registers a handler that only bumps an atomic counter (async-signal-safe).
    WATCH_FORKS.call_once(|| unsafe {
        pthread_atfork(None, None, Some(forked_child));
    });
    FORK_GENERATION.load(Ordering::Relaxed)
}

/// Producer or consumer, as librdkafka's `rd_kafka_type_t`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientKind {
    Producer,
    Consumer,
}

/// A partition a legacy consumer started: topic name and partition.
pub(crate) type StartedPartition = (Vec<u8>, i32);

/// A librdkafka client handle, destroyed on drop, and the sink its callbacks report to.
pub struct Client {
    rk: NonNull<sys::rd_kafka_t>,
    kind: ClientKind,
    /// librdkafka's opaque points into this box; it is freed after the handle.
    sink: Option<Box<SinkBox>>,
    /// `topic:partition` pairs a legacy consumer has started, across all its topic handles,
    /// each with the client's own reference on the topic: consumption runs until
    /// `consumeStop()` or the client's destruction, as in php-rdkafka, whatever becomes of the
    /// Topic object that started it.
    consuming: RefCell<HashMap<StartedPartition, NonNull<sys::rd_kafka_topic_t>>>,
    /// The fork generation of the process that created the handle.
    generation: u64,
    /// librdkafka broke the handle's queue reference counts (see [`Client::keep_until_exit`]).
    kept_until_exit: std::cell::Cell<bool>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client").field("rk", &self.rk).field("kind", &self.kind).finish()
    }
}

/// How long destroying a producer waits for the reports of its purged messages.
const PURGE_DRAIN: Duration = Duration::from_millis(500);

impl Client {
    /// Creates a client from its own copy of `conf`, reporting callbacks to `sink`. On failure
    /// the error carries librdkafka's text and code 0, as php-rdkafka reports it.
    pub fn new(kind: ClientKind, conf: NativeConf, sink: Option<SinkBox>) -> Result<Self, KafkaError> {
        let mut errstr = [0 as c_char; ERRSTR_LEN];
        let ty = match kind {
            ClientKind::Producer => sys::rd_kafka_type_t::RD_KAFKA_PRODUCER,
            ClientKind::Consumer => sys::rd_kafka_type_t::RD_KAFKA_CONSUMER,
        };
        let generation = watch_forks();
        let sink = sink.map(Box::new);
        let conf_ptr = conf.as_ptr();
        if let Some(sink) = sink.as_ref() {
            let opaque: *const SinkBox = &**sink;
            // SAFETY: valid conf; the box outlives the handle (see Drop).
            unsafe { sys::rd_kafka_conf_set_opaque(conf_ptr, opaque as *mut c_void) };
        }
        // SAFETY: valid conf; errstr buffer of the given size.
        let rk = unsafe { sys::rd_kafka_new(ty, conf_ptr, errstr.as_mut_ptr(), errstr.len()) };
        match NonNull::new(rk) {
            Some(rk) => {
                // rd_kafka_new took the conf over.
                std::mem::forget(conf);
                Ok(Client {
                    rk,
                    kind,
                    sink,
                    consuming: RefCell::default(),
                    generation,
                    kept_until_exit: std::cell::Cell::new(false),
                })
            }
            None => Err(KafkaError::with_message(0, errstr_text(&errstr))),
        }
    }

    /// Whether this process is a `fork()` child of the one that created the client: the handle's
    /// threads are not here, so it can neither work nor be destroyed.
    pub fn is_inherited(&self) -> bool {
        FORK_GENERATION.load(Ordering::Relaxed) != self.generation
    }

    /// An error for any use of an inherited client.
    pub fn check_not_inherited(&self) -> Result<(), KafkaError> {
        if !self.is_inherited() {
            return Ok(());
        }
        Err(KafkaError::with_message(
            code::STATE,
            "This client was created before fork() in another process, where its threads run: create a new one in this process",
        ))
    }

    /// Never destroys the handle: for after librdkafka released one reference too many on its
    /// internal ops queue, when `rd_kafka_destroy` would fail an assertion and abort the process.
    /// The handle stays usable; its memory and threads go when the process exits.
    pub(crate) fn keep_until_exit(&self) {
        self.kept_until_exit.set(true);
    }

    /// Whether librdkafka raised a fatal error on this client (an idempotent or transactional
    /// producer that can no longer produce).
    pub fn has_fatal_error(&self) -> bool {
        // SAFETY: live handle; no buffer asked for.
        unsafe { sys::rd_kafka_fatal_error(self.as_ptr(), std::ptr::null_mut(), 0) as i32 != 0 }
    }

    /// An int property of the client's configuration, e.g. `socket.timeout.ms`.
    pub fn int_property(&self, name: &CStr) -> Option<i64> {
        // SAFETY: the conf of a live handle, which lives as long as the handle.
        let value = unsafe { super::conf::property(sys::rd_kafka_conf(self.as_ptr()), name) }?;
        std::str::from_utf8(&value).ok()?.parse().ok()
    }

    pub fn kind(&self) -> ClientKind {
        self.kind
    }

    pub fn as_ptr(&self) -> *mut sys::rd_kafka_t {
        self.rk.as_ptr()
    }

    pub(crate) fn consuming(&self) -> &RefCell<HashMap<StartedPartition, NonNull<sys::rd_kafka_topic_t>>> {
        &self.consuming
    }

    /// Stops every partition still consuming and releases the client's topic references.
    fn stop_consuming(&self) {
        for ((_, partition), rkt) in self.consuming.take() {
            // SAFETY: a topic reference the client owns, of this live handle; errors do not
            // matter here (the partition stops with the client either way).
            unsafe {
                sys::rd_kafka_consume_stop(rkt.as_ptr(), partition);
                sys::rd_kafka_topic_destroy(rkt.as_ptr());
            }
        }
    }

    /// Routes log lines (queued when `log.queue` is set) to the main queue, so that `poll`
    /// serves them on the caller's thread.
    pub fn route_logs_to_main_queue(&self) {
        // SAFETY: live handle; NULL means the main queue.
        unsafe { sys::rd_kafka_set_log_queue(self.as_ptr(), std::ptr::null_mut()) };
    }

    /// Serves the main queue: callbacks run inside. Returns the number of events served; waits
    /// in [slices](wait::sliced) for the first.
    pub fn poll(&self, timeout_ms: i32) -> i64 {
        wait::sliced(timeout_ms, |slice| {
            // SAFETY: live handle.
            let served = i64::from(unsafe { sys::rd_kafka_poll(self.as_ptr(), slice) });
            (served != 0).then_some(served)
        })
        .unwrap_or(0)
    }

    /// Waits for outstanding messages, serving callbacks; 0, -185 (timed out) or -170 (consumer).
    /// Waits in [slices](wait::sliced).
    pub fn flush(&self, timeout_ms: i32) -> i64 {
        wait::sliced(timeout_ms, |slice| {
            // SAFETY: live handle.
            let result = unsafe { sys::rd_kafka_flush(self.as_ptr(), slice) as i64 };
            (result != code::TIMED_OUT).then_some(result)
        })
        .unwrap_or(code::TIMED_OUT)
    }

    /// Cluster metadata: every topic, only `topic`, or only locally known topics.
    pub fn metadata(
        &self,
        all_topics: bool,
        topic: Option<&Topic>,
        timeout_ms: i32,
    ) -> Result<Metadata, KafkaError> {
        let mut out: *const sys::rd_kafka_metadata = std::ptr::null();
        let rkt = topic.map_or(std::ptr::null_mut(), Topic::as_ptr);
        // SAFETY: live handle and topic; out receives an owned pointer on success.
        let err =
            unsafe { sys::rd_kafka_metadata(self.as_ptr(), all_topics.into(), rkt, &mut out, timeout_ms) }
                as i64;
        match NonNull::new(out as *mut sys::rd_kafka_metadata) {
            // SAFETY: freshly returned by rd_kafka_metadata, owned by us.
            Some(ptr) if err == 0 => Ok(unsafe { Metadata::from_raw(ptr) }),
            // No metadata and no error code (not expected): report a transport failure.
            _ => Err(KafkaError::from_code(if err == 0 { code::TRANSPORT } else { err })),
        }
    }

    pub fn init_transactions(&self, timeout_ms: i32) -> Result<(), KafkaError> {
        // SAFETY: live handle.
        KafkaError::check(unsafe { sys::rd_kafka_init_transactions(self.as_ptr(), timeout_ms) })
    }

    pub fn begin_transaction(&self) -> Result<(), KafkaError> {
        // SAFETY: live handle.
        KafkaError::check(unsafe { sys::rd_kafka_begin_transaction(self.as_ptr()) })
    }

    /// Flushes (serving callbacks) and commits.
    pub fn commit_transaction(&self, timeout_ms: i32) -> Result<(), KafkaError> {
        // SAFETY: live handle.
        KafkaError::check(unsafe { sys::rd_kafka_commit_transaction(self.as_ptr(), timeout_ms) })
    }

    /// Purges (serving callbacks) and aborts.
    pub fn abort_transaction(&self, timeout_ms: i32) -> Result<(), KafkaError> {
        // SAFETY: live handle.
        KafkaError::check(unsafe { sys::rd_kafka_abort_transaction(self.as_ptr(), timeout_ms) })
    }

    /// A producer going away drops what it has not sent, but every delivery report is still
    /// served (to the closed sink), so per-message opaques are released.
    fn purge_and_drain(&self) {
        self.purge(sys::RD_KAFKA_PURGE_F_QUEUE | sys::RD_KAFKA_PURGE_F_INFLIGHT);
        let deadline = Instant::now() + PURGE_DRAIN;
        while self.outq_len() > 0 && Instant::now() < deadline {
            self.poll(10);
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        if let Some(sink) = self.sink.as_ref() {
            sink.close();
        }
        if self.is_inherited() {
            // Purging and destroying wait for threads that live in the parent: the child lets
            // the copy of the handle go without touching it (the parent still owns the real one).
            return;
        }
        if self.kept_until_exit.get() {
            // Destroying would abort the process; the handle's threads run until it exits, and
            // its opaque (the sink) must stay valid for them.
            std::mem::forget(self.sink.take());
            return;
        }
        self.stop_consuming();
        if self.kind == ClientKind::Producer {
            self.purge_and_drain();
        }
        // SAFETY: we own the handle and nothing uses it after this; the sink is freed after.
        unsafe { sys::rd_kafka_destroy(self.rk.as_ptr()) }
    }
}

/// librdkafka's logger functions that `setLogger` can pick (php-rdkafka's deprecated API).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Logger {
    Print,
    Syslog,
    /// Both of the above (php-rdkafka's `RD_KAFKA_LOG_SYSLOG_PRINT`).
    SyslogPrint,
}

unsafe extern "C" fn log_syslog_print(
    rk: *const sys::rd_kafka_t,
    level: i32,
    fac: *const c_char,
    buf: *const c_char,
) {
    // SAFETY: forwards librdkafka's own arguments to its own loggers.
    sys::rd_kafka_log_syslog(rk, level, fac, buf);
    sys::rd_kafka_log_print(rk, level, fac, buf);
}

impl Client {
    /// Adds brokers; returns how many librdkafka accepted.
    pub fn add_brokers(&self, list: &CStr) -> i64 {
        // SAFETY: live handle, NUL-terminated list.
        i64::from(unsafe { sys::rd_kafka_brokers_add(self.as_ptr(), list.as_ptr()) })
    }

    /// Queued and in-flight messages plus pending events.
    pub fn outq_len(&self) -> i64 {
        // SAFETY: live handle.
        i64::from(unsafe { sys::rd_kafka_outq_len(self.as_ptr()) })
    }

    pub fn set_log_level(&self, level: i32) {
        // SAFETY: live handle; librdkafka clamps the level.
        unsafe { sys::rd_kafka_set_log_level(self.as_ptr(), level) }
    }

    pub fn set_logger(&self, logger: Logger) {
        let func = match logger {
            Logger::Print => sys::rd_kafka_log_print,
            Logger::Syslog => sys::rd_kafka_log_syslog,
            Logger::SyslogPrint => log_syslog_print,
        };
        // SAFETY: live handle; librdkafka's own logger functions.
        unsafe { sys::rd_kafka_set_logger(self.as_ptr(), Some(func)) }
    }

    /// The controller broker id, or -1 when unknown within the timeout.
    pub fn controller_id(&self, timeout_ms: i32) -> i64 {
        // SAFETY: live handle; blocks at most timeout_ms.
        i64::from(unsafe { sys::rd_kafka_controllerid(self.as_ptr(), timeout_ms) })
    }

    /// Purges queued and/or in-flight messages; returns librdkafka's code (-170 on consumers,
    /// -186 for unknown flags).
    pub fn purge(&self, flags: i32) -> i64 {
        // SAFETY: live handle; librdkafka validates the flags.
        unsafe { sys::rd_kafka_purge(self.as_ptr(), flags) as i64 }
    }

    /// Low and high watermarks of a partition, asked of the broker.
    pub fn query_watermark_offsets(
        &self,
        topic: &CStr,
        partition: i32,
        timeout_ms: i32,
    ) -> Result<(i64, i64), KafkaError> {
        check_topic_name(topic.to_bytes())?;
        let (mut low, mut high) = (0i64, 0i64);
        // SAFETY: live handle; out-pointers valid for the call.
        KafkaError::check_code(unsafe {
            sys::rd_kafka_query_watermark_offsets(
                self.as_ptr(),
                topic.as_ptr(),
                partition,
                &mut low,
                &mut high,
                timeout_ms,
            )
        })?;
        Ok((low, high))
    }

    /// Looks up the earliest offset at or after each entry's timestamp (held in `offset`).
    pub fn offsets_for_times(
        &self,
        partitions: &[Partition],
        timeout_ms: i32,
    ) -> Result<Vec<Partition>, KafkaError> {
        let list = PartitionList::new(partitions)?;
        // SAFETY: live handle and list.
        KafkaError::check_code(unsafe {
            sys::rd_kafka_offsets_for_times(self.as_ptr(), list.as_ptr(), timeout_ms)
        })?;
        Ok(list.entries())
    }

    /// Pauses (or resumes) partitions; per-partition results are in each entry's `err`.
    pub fn set_paused(&self, partitions: &[Partition], paused: bool) -> Result<Vec<Partition>, KafkaError> {
        let list = PartitionList::new(partitions)?;
        // SAFETY: live handle and list.
        KafkaError::check_code(unsafe {
            if paused {
                sys::rd_kafka_pause_partitions(self.as_ptr(), list.as_ptr())
            } else {
                sys::rd_kafka_resume_partitions(self.as_ptr(), list.as_ptr())
            }
        })?;
        Ok(list.entries())
    }

    /// Hands librdkafka an OAUTHBEARER token; extensions are key/value pairs.
    pub fn oauthbearer_set_token(
        &self,
        token: &CStr,
        lifetime_ms: i64,
        principal: &CStr,
        extensions: &[(CString, CString)],
    ) -> Result<(), KafkaError> {
        let mut flat: Vec<*const c_char> =
            extensions.iter().flat_map(|(k, v)| [k.as_ptr(), v.as_ptr()]).collect();
        let mut errstr = [0 as c_char; ERRSTR_LEN];
        // SAFETY: live handle; every string outlives the call; errstr sized as given.
        let err = unsafe {
            sys::rd_kafka_oauthbearer_set_token(
                self.as_ptr(),
                token.as_ptr(),
                lifetime_ms,
                principal.as_ptr(),
                flat.as_mut_ptr(),
                flat.len(),
                errstr.as_mut_ptr(),
                errstr.len(),
            )
        } as i64;
        if err != 0 {
            return Err(KafkaError::with_message(err, errstr_text(&errstr)));
        }
        Ok(())
    }

    /// Tells librdkafka that no token could be obtained.
    pub fn oauthbearer_set_token_failure(&self, reason: &CStr) -> Result<(), KafkaError> {
        // SAFETY: live handle, NUL-terminated reason.
        KafkaError::check_code(unsafe {
            sys::rd_kafka_oauthbearer_set_token_failure(self.as_ptr(), reason.as_ptr())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::version::thread_count;

    /// librdkafka's thread count is process-wide: tests that create clients run one at a time.
    static CLIENTS: std::sync::Mutex<()> = std::sync::Mutex::new(());

    #[test]
    fn clients_start_and_stop_their_threads() {
        let _serial = CLIENTS.lock().unwrap_or_else(|e| e.into_inner());
        let before = thread_count();
        let mut conf = NativeConf::new();
        conf.set(c"bootstrap.servers", c"127.0.0.1:1").unwrap();
        conf.set(c"log_level", c"0").unwrap();
        let producer = Client::new(ClientKind::Producer, conf.clone(), None).unwrap();
        let consumer = Client::new(ClientKind::Consumer, conf, None).unwrap();
        assert!(thread_count() > before);
        assert_eq!(producer.kind(), ClientKind::Producer);
        drop(producer);
        drop(consumer);
        assert_eq!(thread_count(), before);
    }

    #[test]
    fn rejected_configurations_report_librdkafka_text_with_code_zero() {
        let _serial = CLIENTS.lock().unwrap_or_else(|e| e.into_inner());
        let mut conf = NativeConf::new();
        conf.set(c"enable.idempotence", c"true").unwrap();
        conf.set(c"acks", c"1").unwrap();
        let err = Client::new(ClientKind::Producer, conf, None).unwrap_err();
        assert_eq!(err.code, 0);
        assert!(err.message.contains("enable.idempotence"), "{}", err.message);
    }

    #[test]
    fn broker_queries_against_the_mock_cluster() {
        let _serial = CLIENTS.lock().unwrap_or_else(|e| e.into_inner());
        let cluster = rdkafka::mocking::MockCluster::new(1).unwrap();
        cluster.create_topic("watermarks", 2, 1).unwrap();
        let mut conf = NativeConf::new();
        let servers = std::ffi::CString::new(cluster.bootstrap_servers()).unwrap();
        conf.set(c"bootstrap.servers", &servers).unwrap();
        let producer = Client::new(ClientKind::Producer, conf, None).unwrap();
        assert_eq!(producer.query_watermark_offsets(c"watermarks", 1, 10_000), Ok((0, 0)));
        let err = producer.query_watermark_offsets(c"watermarks", 7, 10_000).unwrap_err();
        assert_eq!(err.code, -190);
        assert!(producer.controller_id(10_000) >= 0);
        assert_eq!(producer.outq_len(), 0);
        assert_eq!(producer.add_brokers(c""), 0);
        assert_eq!(producer.purge(1 << 10), -186);
        let paused = producer
            .set_paused(&[Partition { topic: b"watermarks".to_vec(), partition: 0, offset: 0, err: 0 }], true)
            .unwrap();
        assert_eq!(paused.len(), 1);
    }

    /// The header-less fast path reads librdkafka's internal message layout: it must agree with
    /// `rd_kafka_message_headers` on messages with no, empty-valued and several headers.
    #[test]
    fn header_layout_check_agrees_with_librdkafka() {
        use crate::topic::{Record, Topic};
        use std::rc::Rc;
        let _serial = CLIENTS.lock().unwrap_or_else(|e| e.into_inner());
        let cluster = rdkafka::mocking::MockCluster::new(1).unwrap();
        cluster.create_topic("headers", 1, 1).unwrap();
        let servers = std::ffi::CString::new(cluster.bootstrap_servers()).unwrap();
        let mut conf = NativeConf::new();
        conf.set(c"bootstrap.servers", &servers).unwrap();
        let producer = Rc::new(Client::new(ClientKind::Producer, conf.clone(), None).unwrap());
        let topic = Topic::new(&producer, c"headers", None).unwrap();
        let one: &[(&[u8], Option<&[u8]>)] = &[(b"a", Some(b""))];
        let two: &[(&[u8], Option<&[u8]>)] = &[(b"a", Some(b"1")), (b"b", None)];
        for headers in [&[][..], one, two, &[][..]] {
            let record = Record { partition: 0, payload: Some(b"p"), headers, ..Record::default() };
            topic.produce_with_headers(&record).unwrap();
        }
        topic.produce(&Record { partition: 0, payload: Some(b"plain"), ..Record::default() }).unwrap();
        assert_eq!(producer.flush(10_000), 0);

        let consumer = Rc::new(Client::new(ClientKind::Consumer, conf, None).unwrap());
        let topic = Topic::new(&consumer, c"headers", None).unwrap();
        topic.consume_start(0, -2).unwrap();
        let mut counts = Vec::new();
        while counts.len() < 5 {
            let Some(msg) = topic.consume(0, 10_000).unwrap() else { panic!("timed out") };
            let view = msg.view();
            let mut raw = std::ptr::null_mut();
            // SAFETY: a live consumed message.
            let err = unsafe { sys::rd_kafka_message_headers(view.as_ptr(), &mut raw) } as i64;
            let listed = if err == 0 { unsafe { sys::rd_kafka_header_cnt(raw) } } else { 0 };
            assert_eq!(view.certainly_without_headers(), listed == 0, "message {}", counts.len());
            counts.push(view.headers().count());
        }
        assert_eq!(counts, [0, 1, 2, 0, 0]);
    }
}
