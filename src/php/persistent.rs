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
use super::rdkafka::DeliveryReports;
use super::zend::{bytes_zval, log_error, PhpError, PhpResult};
use crate::kafka::client::{Client, ClientKind};
use crate::kafka::conf::NativeConf;
use crate::kafka::dispatch::{CallbackKind, Event, EventSink, Flow};
use crate::kafka::error::{code, err2str};
use crate::kafka::message::MessageView;
use crate::kafka::wait;
use ext_php_rs::ffi::zend_object;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
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
    /// The last value of everything set on the Conf: properties, callback slots, the default
    /// topic conf. Equal maps mean equal configurations. (librdkafka's aliases of a property
    /// count as other names: such configurations get clients of their own, never another's.)
    configured: BTreeMap<Vec<u8>, Vec<u8>>,
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

    /// Records what a change made to the Conf set `name` to.
    pub fn record(&mut self, name: &[u8], value: &[u8]) {
        self.configured.insert(name.to_vec(), value.to_vec());
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
    /// The client's delivery.report.only.error, turned off on the client itself.
    errors_only: bool,
}

impl Persistent {
    fn has_live_producer(&self) -> bool {
        self.current.borrow().upgrade().is_some_and(|d| d.is_open())
    }

    /// A report whose Producer object is gone: counted, and logged when it failed.
    fn account(&self, msg: &MessageView<'_>) {
        if msg.err() == 0 {
            self.delivered_after_request.set(self.delivered_after_request.get() + 1);
            return;
        }
        self.failed_after_request.set(self.failed_after_request.get() + 1);
        log(&format!(
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
                log(&format!(
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

/// The most clients one persistent identity keeps: configurations that keep changing (a
/// rotated credential, a per-request `client.id`) must not pile up clients, and their threads
/// and connections, for the life of the process.
const MAX_CLIENTS_PER_ID: usize = 4;

struct Entry {
    key: Vec<u8>,
    client: Rc<Client>,
    state: Rc<Persistent>,
    /// When a Producer object last used it, in registry uses.
    last_used: u64,
}

impl Entry {
    /// Flushes for at most the client's timeout, then destroys it (what is left is purged and
    /// accounted for). Waits run their full course: the PHP state they would check may be stale.
    fn close(self) {
        wait::without_interrupt_checks(|| {
            if !self.client.is_inherited() {
                self.client.flush(self.state.flush_timeout_ms);
            }
            drop(self);
        });
    }
}

/// The persistent clients of a PHP thread.
#[derive(Default)]
struct Registry {
    entries: Vec<Entry>,
    uses: u64,
}

impl Registry {
    /// Takes out the clients that can no longer serve: one inherited through fork() is the
    /// parent's (let go of without touching it), one with a fatal error can never produce again.
    fn take_unusable(&mut self) -> Vec<Entry> {
        let (unusable, kept) = self
            .entries
            .drain(..)
            .partition(|entry| entry.client.is_inherited() || entry.client.has_fatal_error());
        self.entries = kept;
        unusable
    }

    /// The client registered under `key`, marked as used now.
    fn find(&mut self, key: &[u8]) -> Option<(Rc<Client>, Rc<Persistent>)> {
        self.uses += 1;
        let uses = self.uses;
        let entry = self.entries.iter_mut().find(|entry| entry.key == key)?;
        entry.last_used = uses;
        Some((Rc::clone(&entry.client), Rc::clone(&entry.state)))
    }

    /// Registers a new client; past the limit of its identity, takes out the least recently
    /// used idle one, which the caller closes.
    fn insert(&mut self, key: Vec<u8>, client: &Rc<Client>, state: &Rc<Persistent>) -> Option<Entry> {
        let same_id = || self.entries.iter().enumerate().filter(|(_, entry)| entry.state.id == state.id);
        let evicted = (same_id().count() >= MAX_CLIENTS_PER_ID)
            .then(|| {
                same_id()
                    .filter(|(_, entry)| !entry.state.has_live_producer())
                    .min_by_key(|(_, entry)| entry.last_used)
                    .map(|(index, _)| index)
            })
            .flatten()
            .map(|index| self.entries.remove(index));
        if evicted.is_some() {
            log(&format!(
                "rdkafka: persistent producer \"{}\": more than {MAX_CLIENTS_PER_ID} configurations in this process; the least recently used client was flushed and closed",
                state.id
            ));
        }
        let last_used = self.uses;
        self.entries.push(Entry { key, client: Rc::clone(client), state: Rc::clone(state), last_used });
        evicted
    }
}

impl Drop for Registry {
    /// Thread exit without module shutdown (a ZTS worker thread): PHP's state for this thread
    /// may already be gone, so nothing here may reach it.
    fn drop(&mut self) {
        PHP_GONE.with(|gone| gone.set(true));
        for entry in self.entries.drain(..) {
            entry.close();
        }
    }
}

thread_local! {
    /// The persistent clients of this PHP thread (the process, without ZTS).
    static CLIENTS: RefCell<Registry> = RefCell::new(Registry::default());
    /// Set once this thread's PHP state may be gone: logs then go to stderr.
    static PHP_GONE: Cell<bool> = const { Cell::new(false) };
}

/// Writes to PHP's error log, or to stderr once PHP is gone from this thread.
fn log(message: &str) {
    if PHP_GONE.with(Cell::get) {
        eprintln!("{message}");
    } else {
        log_error(message);
    }
}

/// The registry key: the identity, then the record of the configuration, so that only an
/// identical configuration reuses a client.
fn key_of(options: &PersistenceOptions) -> Vec<u8> {
    let id = options.id.as_deref().unwrap_or_default();
    let mut key = Vec::new();
    for part in
        std::iter::once(id).chain(options.configured.iter().flat_map(|(n, v)| [n.as_slice(), v.as_slice()]))
    {
        key.extend_from_slice(&(part.len() as u64).to_le_bytes());
        key.extend_from_slice(part);
    }
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
    if native.get(c"transactional.id").is_some_and(|id| !id.is_empty()) {
        // A transaction's state belongs to the client: one request's open transaction would
        // be every later request's, and initTransactions() works once per client.
        return Err(PhpError::new(
            super::zend::ExClass::Kafka,
            format!("{ID_PROPERTY} cannot be combined with transactional.id: a transaction belongs to one request"),
            code::INVALID_ARG,
        ));
    }
    let key = key_of(options);
    let (mut retired, found) = CLIENTS.with(|registry| {
        let mut registry = registry.borrow_mut();
        (registry.take_unusable(), registry.find(&key))
    });
    let (client, state) = match found {
        Some(found) => found,
        None => {
            // The registry key covers delivery.report.only.error: every Producer object of this
            // client gets the same filtering.
            let reports = DeliveryReports::of(ClientKind::Producer, native.clone());
            let state = Rc::new(Persistent {
                id: String::from_utf8_lossy(options.id.as_deref().unwrap_or_default()).into_owned(),
                flush_timeout_ms: options.flush_timeout_ms.unwrap_or(DEFAULT_FLUSH_TIMEOUT_MS),
                current: RefCell::new(Weak::new()),
                producers: Cell::new(0),
                delivered_after_request: Cell::new(0),
                failed_after_request: Cell::new(0),
                errors_only: reports.errors_only,
            });
            let sink = Box::new(PersistentSink(Rc::clone(&state)));
            let client = Rc::new(Client::new(ClientKind::Producer, reports.conf, Some(sink))?);
            if callbacks.get(CallbackKind::Log).is_some() {
                client.route_logs_to_main_queue();
            }
            retired.extend(CLIENTS.with(|registry| registry.borrow_mut().insert(key, &client, &state)));
            (client, state)
        }
    };
    // Outside the registry's borrow: closing serves reports, which may log.
    for entry in retired {
        entry.close();
    }
    // Reports that arrived since the last request are accounted for before this object's
    // callables are attached.
    client.poll(0);
    let dispatcher = Dispatcher::new(callbacks, object, state.errors_only);
    state.current.replace(Rc::downgrade(&dispatcher));
    state.producers.set(state.producers.get() + 1);
    Ok((client, dispatcher))
}

/// Module shutdown: every client of this thread flushes for at most its timeout, then is
/// destroyed; reports served meanwhile are accounted for.
pub fn shutdown() {
    let entries = CLIENTS.with(|registry| std::mem::take(&mut registry.borrow_mut().entries));
    for entry in entries {
        entry.close();
    }
}

/// `php --ri rdkafka` rows: the persistent clients of this process.
pub fn info_rows() -> Vec<(String, String)> {
    CLIENTS.with(|registry| {
        let registry = registry.borrow();
        // A fork() child's inherited clients are the parent's: not touched (their locks may be held).
        let clients: Vec<&Entry> = registry.entries.iter().filter(|entry| !entry.client.is_inherited()).collect();
        let mut rows = vec![("persistent producers".to_string(), clients.len().to_string())];
        for entry in clients {
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
