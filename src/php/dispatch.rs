//! The PHP side of callback dispatch (design.md §4). Each client owns a [`Dispatcher`]: the
//! snapshot of its Conf's callables and the events a throwing callback left unserved.
//!
//! Callbacks run only inside the call that serves them. When one throws, the exception stays
//! pending, librdkafka is told to stop dispatching, and every event it still hands over in that
//! call is kept here, in order, as a prepared PHP call. The next serving call on the client runs
//! those first, so no delivery report or log line is lost.

use super::conf::Callbacks;
use super::message::{message_zval, TopicNames};
use super::rdkafka::partitions_zval;
use super::zend::{
    bytes_zval, call_callable, exception_pending, long_zval, object_zval, string_from_ref, PhpError,
    PhpResult,
};
use crate::kafka::dispatch::{CallbackKind, Event, EventSink, Flow, SinkBox};
use crate::kafka::message::MessageView;
use ext_php_rs::ffi::zend_object;
use ext_php_rs::types::Zval;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// A callback call prepared but not yet made: the arguments after the client.
struct PendingCall {
    kind: CallbackKind,
    args: Vec<Zval>,
}

pub struct Dispatcher {
    callbacks: Callbacks,
    /// The PHP client object, passed as first argument. Not a counted reference (the client owns
    /// us); null once the client object is going away, after which events are only released.
    client: Cell<*mut zend_object>,
    pending: RefCell<VecDeque<PendingCall>>,
    names: TopicNames,
    /// Inside the client's last serving call (`KafkaConsumer::close`).
    last_call: Cell<bool>,
    /// Successful delivery reports are not passed on (`delivery.report.only.error`).
    errors_only: bool,
    /// The request (of this PHP thread) the callables belong to: never called in another.
    request: u64,
}

thread_local! {
    /// The number of the current request of this PHP thread, counted at request startup.
    static REQUEST: Cell<u64> = const { Cell::new(0) };
}

/// Request startup: callables of earlier requests are out of reach from now on.
pub fn request_started() {
    REQUEST.with(|request| request.set(request.get() + 1));
}

/// The sink registered with librdkafka; shares the dispatcher with the PHP client object.
struct SharedDispatcher(Rc<Dispatcher>);

impl Dispatcher {
    /// A dispatcher for the callables of the PHP client object `object`.
    pub fn new(callbacks: Callbacks, object: *mut zend_object, errors_only: bool) -> Rc<Self> {
        Rc::new(Dispatcher {
            callbacks,
            client: Cell::new(object),
            pending: RefCell::new(VecDeque::new()),
            names: TopicNames::default(),
            last_call: Cell::new(false),
            errors_only,
            request: REQUEST.with(Cell::get),
        })
    }

    /// The sink to register with librdkafka for this dispatcher.
    pub fn sink(self: &Rc<Self>) -> SinkBox {
        Box::new(SharedDispatcher(Rc::clone(self)))
    }

    pub fn callbacks(&self) -> &Callbacks {
        &self.callbacks
    }

    /// Whether the client object is still there to receive events, in its own request (a
    /// request cut short by a fatal error may never have freed it).
    pub fn is_open(&self) -> bool {
        !self.client.get().is_null() && self.request == REQUEST.with(Cell::get)
    }

    /// The client object is going away: from now on events are only released.
    pub fn close(&self) {
        self.client.set(std::ptr::null_mut());
        self.pending.borrow_mut().clear();
    }

    /// The client's shared topic-name strings, for every Message it builds.
    pub fn topic_names(&self) -> &TopicNames {
        &self.names
    }

    /// Events held back after a callback threw.
    pub fn pending_count(&self) -> usize {
        self.pending.borrow().len()
    }

    /// Runs a librdkafka call that may dispatch callbacks. Events held back by an earlier throw
    /// are served first (their count is passed to `call`); if one of them throws again, `call`
    /// does not run. A callback that throws during `call` makes the whole method throw.
    pub fn serve<R>(&self, call: impl FnOnce(usize) -> R) -> PhpResult<R> {
        self.serve_keeping(call).map_err(|(thrown, _)| thrown)
    }

    /// [`serve`](Self::serve), but when a callback throws, what `call` returned (if it ran) comes
    /// back with the error, so the caller can keep it for later (a fetched message).
    pub fn serve_keeping<R>(&self, call: impl FnOnce(usize) -> R) -> Result<R, (PhpError, Option<R>)> {
        let served = self.serve_pending().map_err(|thrown| (thrown, None))?;
        let result = call(served);
        if exception_pending() {
            return Err((PhpError::Thrown, Some(result)));
        }
        Ok(result)
    }

    /// [`serve`](Self::serve) for the client's last serving call: events held back now would
    /// never be served, so rebalances fall back to librdkafka's default instead.
    pub fn serve_last<R>(&self, call: impl FnOnce(usize) -> R) -> PhpResult<R> {
        self.last_call.set(true);
        let result = self.serve(call);
        self.last_call.set(false);
        result
    }

    fn serve_pending(&self) -> PhpResult<usize> {
        let mut served = 0;
        loop {
            // The borrow ends before the call: the callback may re-enter the client.
            let Some(next) = self.pending.borrow_mut().pop_front() else {
                return Ok(served);
            };
            self.invoke(next.kind, next.args);
            served += 1;
            if exception_pending() {
                return Err(PhpError::Thrown);
            }
        }
    }

    fn invoke(&self, kind: CallbackKind, mut args: Vec<Zval>) {
        let (Some(callable), client) = (self.callbacks.get(kind), self.client.get()) else {
            return;
        };
        if !self.is_open() {
            return;
        }
        // consume_cb alone takes the client last (php-rdkafka's order).
        if kind == CallbackKind::Consume {
            args.push(object_zval(client));
        } else {
            args.insert(0, object_zval(client));
        }
        call_callable(callable, &mut args);
    }

    /// Runs the callback of an event, or holds it back when an earlier one threw. `opaque` is
    /// the delivery report's message opaque, already taken back by the sink.
    pub fn handle(&self, event: Event<'_>, opaque: Option<Zval>) -> Flow {
        let Some((kind, args)) = self.arguments(event, opaque) else {
            return Flow::Unhandled;
        };
        if exception_pending() || self.pending_count() > 0 {
            // No later call will serve a held rebalance, and the group waits for it: let
            // librdkafka take or drop the partitions itself.
            if kind == CallbackKind::Rebalance && self.last_call.get() {
                return Flow::Unhandled;
            }
            self.pending.borrow_mut().push_back(PendingCall { kind, args });
            return Flow::Yield;
        }
        self.invoke(kind, args);
        if exception_pending() {
            Flow::Yield
        } else {
            Flow::Continue
        }
    }

    /// The PHP arguments of an event (after the client), or `None` when nobody listens.
    fn arguments(&self, event: Event<'_>, opaque: Option<Zval>) -> Option<(CallbackKind, Vec<Zval>)> {
        let kind = match &event {
            Event::Error { .. } => CallbackKind::Error,
            Event::Stats { .. } => CallbackKind::Stats,
            Event::Log { .. } => CallbackKind::Log,
            Event::OauthbearerTokenRefresh { .. } => CallbackKind::OauthbearerTokenRefresh,
            Event::DeliveryReport(_) => CallbackKind::DeliveryReport,
            Event::Rebalance { .. } => CallbackKind::Rebalance,
            Event::OffsetCommit { .. } => CallbackKind::OffsetCommit,
            Event::Consume(_) => CallbackKind::Consume,
        };
        if !self.is_open() || self.callbacks.get(kind).is_none() {
            return None;
        }
        if let (true, Event::DeliveryReport(msg)) = (self.errors_only, &event) {
            if msg.err() == 0 {
                return None;
            }
        }
        let args = match event {
            Event::Error { code, reason } => event_args([long_zval(code), bytes_zval(reason)]),
            Event::Stats { json } => event_args([bytes_zval(json), long_zval(json.len() as i64)]),
            Event::Log { level, facility, message } => {
                event_args([long_zval(level), bytes_zval(facility), bytes_zval(message)])
            }
            Event::OauthbearerTokenRefresh { config } => event_args([bytes_zval(config)]),
            Event::DeliveryReport(msg) => event_args([message_zval(&msg, opaque, &self.names)]),
            Event::Rebalance { code, partitions } | Event::OffsetCommit { code, partitions } => {
                event_args([long_zval(code), partitions_zval(partitions.to_vec())])
            }
            Event::Consume(msg) => event_args([message_zval(&msg, None, &self.names)]),
        };
        Some((kind, args))
    }
}

/// An event's arguments, with room for the client argument that `invoke` adds.
fn event_args<const N: usize>(values: [Zval; N]) -> Vec<Zval> {
    let mut args = Vec::with_capacity(N + 1);
    args.extend(values);
    args
}

/// Takes back the string reference that produce stored as the message's opaque.
fn take_opaque(msg: &MessageView<'_>) -> Option<Zval> {
    string_from_ref(msg.opaque())
}

impl EventSink for SharedDispatcher {
    fn on_event(&self, event: Event<'_>) -> Flow {
        // A report's opaque is ours to release exactly once, listened to or not.
        let opaque = match &event {
            Event::DeliveryReport(msg) => take_opaque(msg),
            _ => None,
        };
        self.0.handle(event, opaque)
    }

    fn close(&self) {
        self.0.close();
    }
}
