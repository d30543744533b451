//! Persistent producers: a `Producer` whose Conf sets `php.persistent.id` reuses, within the
//! process (a PHP-FPM worker, the CLI server, a long-running worker), the native client of an
//! earlier `Producer` with the same identity and the same configuration, instead of connecting
//! anew on every request. Different configurations never share a client.
//!
//! Lifecycle:
//! - PHP values never outlive their request. Each Producer object has its own dispatcher (the
//!   callables of its request); a message carries a [`DeliveryTag`]: a weak reference to the
//!   dispatcher of the object that produced it and a copy of its opaque. A report whose object
//!   is gone (its request ended) is counted, and a failed one is written to PHP's error log; no
//!   callable of another object, or of another request, is ever called for it.
//! - Other events (errors, stats, logs) go to the most recent live Producer object of the client.
//! - At module shutdown (process exit, FPM's `pm.max_requests` recycling) each client is flushed
//!   for at most `php.persistent.flush.timeout.ms`, then destroyed (what is left is purged,
//!   counted and logged).
//! - A client created before `fork()` belongs to the parent: the child never reuses it.

use super::conf::Callbacks;
use super::dispatch::Dispatcher;
use super::zend::{bytes_zval, log_error, PhpError, PhpResult};
use crate::kafka::client::{Client, ClientKind};
use crate::kafka::conf::NativeConf;
use crate::kafka::dispatch::{CallbackKind, Event, EventSink, Flow};
use crate::kafka::error::{code, err2str};
use crate::kafka::message::MessageView;
use ext_php_rs::ffi::zend_object;
use std::cell::{Cell, RefCell};
use std::ffi::c_void;
use std::rc::{Rc, Weak};

/// The Conf property that opts a Producer in: its value names the persistent client.
pub const ID_PROPERTY: &str = "php.persistent.id";
/// How long module shutdown waits for a persistent client's outstanding messages.
pub const FLUSH_TIMEOUT_PROPERTY: &str = "php.persistent.flush.timeout.ms";
const DEFAULT_FLUSH_TIMEOUT_MS: i32 = 5000;

/// The persistence properties of a Conf, which librdkafka never sees, and a record of how the
/// Conf was configured, which tells configurations apart without dumping them.
#[derive(Clone, Debug, Default)]
pub struct PersistenceOptions {
    id: Option<Vec<u8>>,
    flush_timeout_ms: Option<i32>,
    /// Every successful change, in order (property and value, callback slot, default topic
    /// conf). Equal records mean equal configurations; a configuration reached in another order
    /// gets a client of its own, never someone else's.
    configured: Vec<u8>,
}

impl PersistenceOptions {
    /// Takes `name` if it is one of our properties: `Ok(false)` leaves it to librdkafka.
    pub fn set(&mut self, name: &[u8], value: &[u8]) -> PhpResult<bool> {
        let invalid = || {
            PhpError::new(
                super::zend::ExClass::Kafka,
                format!(
                    "Invalid value \"{}\" for configuration property \"{}\"",
                    String::from_utf8_lossy(value),
                    String::from_utf8_lossy(name)
                ),
                code::INVALID_ARG,
            )
        };
        if name == ID_PROPERTY.as_bytes() {
            self.id = (!value.is_empty()).then(|| value.to_vec());
        } else if name == FLUSH_TIMEOUT_PROPERTY.as_bytes() {
            let timeout = std::str::from_utf8(value).ok().and_then(|v| v.parse::<i32>().ok());
            self.flush_timeout_ms = Some(timeout.filter(|t| *t >= 0).ok_or_else(invalid)?);
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    /// The properties that were set, for `Conf::dump()`.
    pub fn dump(&self) -> Vec<(Vec<u8>, Vec<u8>)> {
        let mut pairs = Vec::new();
        if let Some(id) = &self.id {
            pairs.push((ID_PROPERTY.as_bytes().to_vec(), id.clone()));
        }
        if let Some(timeout) = self.flush_timeout_ms {
            pairs.push((FLUSH_TIMEOUT_PROPERTY.as_bytes().to_vec(), timeout.to_string().into_bytes()));
        }
        pairs
    }

    pub fn is_persistent(&self) -> bool {
        self.id.is_some()
    }

    /// Records a change made to the Conf.
    pub fn record(&mut self, parts: &[&[u8]]) {
        for part in parts {
            self.configured.extend_from_slice(&(part.len() as u64).to_le_bytes());
            self.configured.extend_from_slice(part);
        }
        self.configured.push(b'\n');
    }
}

/// What a persistent client's messages carry to their delivery report.
struct DeliveryTag {
    owner: Weak<Dispatcher>,
    opaque: Option<Vec<u8>>,
}

/// A message opaque for a persistent client: owned by librdkafka until the report.
pub fn delivery_tag(owner: &Weak<Dispatcher>, opaque: Option<&[u8]>) -> *mut c_void {
    Box::into_raw(Box::new(DeliveryTag { owner: owner.clone(), opaque: opaque.map(<[u8]>::to_vec) })).cast()
}

/// Frees the tag of a message librdkafka refused.
pub fn drop_delivery_tag(tag: *mut c_void) {
    if !tag.is_null() {
        // SAFETY: a tag made by `delivery_tag` that librdkafka did not take.
        drop(unsafe { Box::from_raw(tag.cast::<DeliveryTag>()) });
    }
}

/// One persistent client's identity and counters, shared by its sink and the registry.
pub struct Persistent {
    id: String,
    flush_timeout_ms: i32,
    /// The dispatcher of the most recent Producer object built on the client.
    current: RefCell<Weak<Dispatcher>>,
    producers: Cell<u64>,
    delivered_after_request: Cell<u64>,
    failed_after_request: Cell<u64>,
}

impl Persistent {
    /// A report whose Producer object is gone: counted, and logged when it failed.
    fn account(&self, msg: &MessageView<'_>) {
        if msg.err() == 0 {
            self.delivered_after_request.set(self.delivered_after_request.get() + 1);
            return;
        }
        self.failed_after_request.set(self.failed_after_request.get() + 1);
        log_error(&format!(
            "rdkafka: persistent producer \"{}\": message to {} [{}] failed after its Producer object was freed: {} ({})",
            self.id,
            String::from_utf8_lossy(msg.topic_name().unwrap_or_default()),
            msg.partition(),
            err2str(msg.err()),
            msg.err()
        ));
    }
}

/// The sink of a persistent client: routes each event to a live Producer object or accounts
/// for it.
struct PersistentSink(Rc<Persistent>);

impl EventSink for PersistentSink {
    fn on_event(&self, event: Event<'_>) -> Flow {
        if let Event::DeliveryReport(msg) = &event {
            if msg.opaque().is_null() {
                return Flow::Continue;
            }
            // SAFETY: every message of a persistent client carries a tag from `delivery_tag`,
            // handed back once, in its report.
            let tag = unsafe { Box::from_raw(msg.opaque().cast::<DeliveryTag>()) };
            return match tag.owner.upgrade().filter(|owner| owner.is_open()) {
                Some(owner) => owner.handle(event, tag.opaque.as_deref().map(bytes_zval)),
                None => {
                    self.0.account(msg);
                    Flow::Continue
                }
            };
        }
        // Cloned out first: a callback may build another Producer, which replaces it.
        let current = self.0.current.borrow().upgrade().filter(|d| d.is_open());
        match (current, &event) {
            (Some(dispatcher), _) => dispatcher.handle(event, None),
            (None, Event::Error { code, reason }) => {
                log_error(&format!(
                    "rdkafka: persistent producer \"{}\": {} ({code})",
                    self.0.id,
                    String::from_utf8_lossy(reason)
                ));
                Flow::Continue
            }
            (None, _) => Flow::Unhandled,
        }
    }

    fn close(&self) {}
}

struct Entry {
    key: Vec<u8>,
    client: Rc<Client>,
    state: Rc<Persistent>,
}

thread_local! {
    /// The persistent clients of this PHP thread (the process, without ZTS).
    static CLIENTS: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
}

/// The registry key: the identity, then the record of the configuration, so that only an
/// identical configuration reuses a client.
fn key_of(options: &PersistenceOptions) -> Vec<u8> {
    let id = options.id.as_deref().unwrap_or_default();
    let mut key = (id.len() as u64).to_le_bytes().to_vec();
    key.extend_from_slice(id);
    key.extend_from_slice(&options.configured);
    key
}

/// The persistent client for `options` (reused, or created from `native` and kept), with a new
/// dispatcher for the Producer object `object` attached as its current one.
pub fn connect(
    options: &PersistenceOptions,
    native: &NativeConf,
    callbacks: Callbacks,
    object: *mut zend_object,
) -> PhpResult<(Rc<Client>, Rc<Dispatcher>)> {
    let id = options.id.as_deref().unwrap_or_default();
    let key = key_of(options);
    let routes_logs = callbacks.get(CallbackKind::Log).is_some();
    let found = CLIENTS.with(|clients| {
        let mut clients = clients.borrow_mut();
        // A client inherited through fork() is the parent's: let go of it (without touching it).
        clients.retain(|entry| !entry.client.is_inherited());
        clients
            .iter()
            .find(|entry| entry.key == key)
            .map(|entry| (Rc::clone(&entry.client), Rc::clone(&entry.state)))
    });
    let (client, state) = match found {
        Some(found) => found,
        None => {
            let state = Rc::new(Persistent {
                id: String::from_utf8_lossy(id).into_owned(),
                flush_timeout_ms: options.flush_timeout_ms.unwrap_or(DEFAULT_FLUSH_TIMEOUT_MS),
                current: RefCell::new(Weak::new()),
                producers: Cell::new(0),
                delivered_after_request: Cell::new(0),
                failed_after_request: Cell::new(0),
            });
            let sink = Box::new(PersistentSink(Rc::clone(&state)));
            let native = super::rdkafka::with_delivery_reports(ClientKind::Producer, native.clone());
            let client = Rc::new(Client::new(ClientKind::Producer, native, Some(sink))?);
            if routes_logs {
                client.route_logs_to_main_queue();
            }
            CLIENTS.with(|clients| {
                clients.borrow_mut().push(Entry { key, client: Rc::clone(&client), state: Rc::clone(&state) })
            });
            (client, state)
        }
    };
    // Reports that arrived since the last request are accounted for before this object's
    // callables are attached.
    client.poll(0);
    let dispatcher = Dispatcher::new(callbacks, object);
    state.current.replace(Rc::downgrade(&dispatcher));
    state.producers.set(state.producers.get() + 1);
    Ok((client, dispatcher))
}

/// Module shutdown: every client of this process flushes for at most its timeout, then is
/// destroyed; reports served meanwhile are accounted for.
pub fn shutdown() {
    let entries = CLIENTS.with(|clients| std::mem::take(&mut *clients.borrow_mut()));
    for entry in entries {
        if !entry.client.is_inherited() {
            entry.client.flush(entry.state.flush_timeout_ms);
        }
    }
}

/// `php --ri rdkafka` rows: the persistent clients of this process.
pub fn info_rows() -> Vec<(String, String)> {
    CLIENTS.with(|clients| {
        let clients = clients.borrow();
        let mut rows = vec![("persistent producers".to_string(), clients.len().to_string())];
        for entry in clients.iter() {
            let state = &entry.state;
            rows.push((
                format!("persistent producer \"{}\"", state.id),
                format!(
                    "{} Producer objects, {} messages queued; reports after their Producer object was freed: {} delivered, {} failed",
                    state.producers.get(),
                    entry.client.outq_len(),
                    state.delivered_after_request.get(),
                    state.failed_after_request.get()
                ),
            ));
        }
        rows
    })
}
