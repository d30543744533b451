//! `RdKafka\Topic` (abstract) and its subclasses `ConsumerTopic`, `ProducerTopic`.
//!
//! The Rust state lives on Topic, as for `\RdKafka`: the subclasses inherit its object handler.
//! A topic holds its PHP client object, so the client outlives every topic made from it.

use super::dispatch::Dispatcher;
use super::message::{message_zval, TopicNames};
use super::persistent;
use super::rdkafka::{clamp_c_int, ClientObject, Kafka};
use super::zend::{
    array_arg, bytes_arg, bytes_zval, call_callable, exception_pending, handlers, object_state, optional,
    packed_list, param, parse_args, register_class, string_from_ref, string_of, string_ref, zstr_bytes, Call,
    CallableArg, ClassDef, ClassSlot, ExClass, HandlerSlot, Method, NativeClass, Param, PhpError, PhpResult,
    Ret, Ty,
};
use crate::kafka::consumer::Queue;
use crate::kafka::dispatch::Flow;
use crate::kafka::error::{code, KafkaError};
use crate::kafka::message::{ConsumedMessage, MessageView};
use crate::kafka::topic::{Record, Topic};
use ext_php_rs::boxed::ZBox;
use ext_php_rs::ffi::{zend_string, HashTable};
use ext_php_rs::types::{ZendStr, Zval};
use std::ffi::{c_char, c_void};
use std::ptr::{self, NonNull};
use std::rc::{Rc, Weak};

pub static TOPIC: ClassSlot = ClassSlot::new();
pub static CONSUMER_TOPIC: ClassSlot = ClassSlot::new();
pub static PRODUCER_TOPIC: ClassSlot = ClassSlot::new();
static HANDLERS: HandlerSlot = HandlerSlot::new();

/// The Rust state of a Topic: the librdkafka handle and the PHP client object it came from
/// (null for a KafkaConsumerTopic, which does not keep its consumer alive).
pub struct TopicState {
    /// Shared so that calls which run PHP code (callbacks may re-enter this topic) hold their
    /// own reference rather than a borrow of the object.
    pub topic: Rc<Topic>,
    pub client: Zval,
    names: Rc<TopicNames>,
    /// For a persistent producer's topic, the dispatcher its messages report to (see
    /// [`persistent`]): their opaques are tags, not PHP strings.
    delivery_owner: Option<Weak<Dispatcher>>,
}

impl NativeClass for TopicState {
    const UNCONSTRUCTED: &'static str = "RdKafka\\Topic::__construct() has not been called";

    fn handlers() -> &'static HandlerSlot {
        &HANDLERS
    }

    fn gc_values(&self) -> Vec<&Zval> {
        vec![&self.client]
    }

    fn check_usable(&self) -> PhpResult {
        Ok(self.topic.client().check_not_inherited()?)
    }
}

/// `RD_KAFKA_MSG_F_BLOCK`, the only flag php-rdkafka lets users pass.
const MSG_F_BLOCK: i64 = 0x4;
fn partition_out_of_range(partition: i64) -> PhpError {
    PhpError::new(ExClass::InvalidArgument, format!("Out of range value '{partition}' for $partition"), 0)
}

/// php-rdkafka's `$partition` check: `RD_KAFKA_PARTITION_UA` or a non-negative int32.
fn partition_or_ua(partition: i64) -> PhpResult<i32> {
    if partition != -1 && !(0..=0x7FFF_FFFF).contains(&partition) {
        return Err(partition_out_of_range(partition));
    }
    Ok(partition as i32)
}

/// The stricter check of `consumeCallback` and `offsetStore`: UA is refused too.
fn concrete_partition(partition: i64) -> PhpResult<i32> {
    if !(0..=0x7FFF_FFFF).contains(&partition) {
        return Err(partition_out_of_range(partition));
    }
    Ok(partition as i32)
}

/// php-rdkafka's checks of `$partition` and `$msgflags`, with its texts.
fn check_partition_and_flags(partition: i64, flags: i64) -> PhpResult<(i32, i32)> {
    let partition = partition_or_ua(partition)?;
    if flags != 0 && flags != MSG_F_BLOCK {
        return Err(PhpError::new(
            ExClass::InvalidArgument,
            format!("Invalid value '{flags}' for $msgflags"),
            0,
        ));
    }
    Ok((partition, flags as i32))
}

/// Enqueues a message; the opaque (a counted string) travels to its delivery report, or is
/// released here when the message is refused.
///
/// With `RD_KAFKA_MSG_F_BLOCK` and a full queue, delivery reports are served (callbacks run)
/// until there is room: librdkafka's own blocking would wait for reports that only this thread
/// can serve, forever.
fn enqueue(
    call: &mut Call,
    mut record: Record<'_>,
    opaque: *mut zend_string,
    with_headers: bool,
) -> PhpResult {
    let state = call.this::<TopicState>()?;
    let topic = Rc::clone(&state.topic);
    let block = i64::from(record.flags) & MSG_F_BLOCK != 0;
    // Waiting serves the producer's callbacks, which may re-enter this topic: own references.
    let serving = if block {
        Some(object_state::<Kafka>(&state.client as *const Zval as *mut _)?.serving())
    } else {
        None
    };
    record.flags &= !(MSG_F_BLOCK as i32);
    let owner = state.delivery_owner.clone();
    record.opaque = attach_opaque(owner.as_ref(), opaque);
    let result = loop {
        let result = if with_headers { topic.produce_with_headers(&record) } else { topic.produce(&record) };
        match (result, &serving) {
            (Err(e), Some((client, dispatcher))) if e.code == code::QUEUE_FULL => {
                if let Err(thrown) = dispatcher.serve(|_| client.poll(100)) {
                    break Err(thrown);
                }
            }
            (other, _) => break other.map_err(PhpError::from),
        }
    };
    if result.is_err() {
        release_opaque(owner.as_ref(), record.opaque);
    }
    result
}

/// What a message carries to its delivery report: the caller's opaque as a counted PHP string,
/// or, for a persistent producer, a tag that may outlive the request (see [`persistent`]).
fn attach_opaque(owner: Option<&Weak<Dispatcher>>, opaque: *mut zend_string) -> *mut c_void {
    match owner {
        Some(owner) => persistent::delivery_tag(owner, zstr_bytes(opaque)),
        None => NonNull::new(opaque).map_or(ptr::null_mut(), string_ref),
    }
}

/// Takes back what [`attach_opaque`] made, for a message librdkafka refused.
fn release_opaque(owner: Option<&Weak<Dispatcher>>, opaque: *mut c_void) {
    match owner {
        Some(_) => persistent::drop_delivery_tag(opaque),
        None => drop(string_from_ref(opaque)),
    }
}

/// Header pairs from a PHP array: names are the string keys, values are converted as `(string)`
/// would, without changing the caller's array. An integer-keyed entry is not a header, as in
/// php-rdkafka, so a list such as `['key']` sends none (php-rdkafka also dropped every entry
/// after the first integer key; those are kept).
fn header_pairs(table: *mut HashTable) -> PhpResult<Vec<(ZBox<ZendStr>, ZBox<ZendStr>)>> {
    let Some(table) = array_arg(table) else { return Ok(Vec::new()) };
    let mut entries = table.iter();
    let mut pairs = Vec::with_capacity(table.len());
    while let Some((key, value)) = entries.next_zval() {
        if key.is_long() {
            continue;
        }
        // Names are the keys' bytes, shared rather than copied (need not be UTF-8).
        pairs.push((string_of(&key)?, string_of(value.dereference())?));
    }
    Ok(pairs)
}

handlers! {
    fn consume_start(call) {
        let (partition, offset) = partition_and_offset(call)?;
        let partition = partition_or_ua(partition)?;
        call.this::<TopicState>()?.topic.consume_start(partition, offset)?;
        Ok(())
    }

    fn consume_queue_start(call) {
        let (mut partition, mut offset): (i64, i64) = (0, 0);
        let mut queue: *mut ext_php_rs::ffi::zval = ptr::null_mut();
        parse_args!(call, "llO", &mut partition, &mut offset, &mut queue, QUEUE.get());
        let partition = partition_or_ua(partition)?;
        let queue = &object_state::<QueueState>(queue)?.queue;
        call.this::<TopicState>()?.topic.consume_queue_start(partition, offset, queue)?;
        Ok(())
    }

    fn consume_stop(call) {
        let partition = call.long_arg()?;
        let partition = partition_or_ua(partition)?;
        call.this::<TopicState>()?.topic.consume_stop(partition)?;
        Ok(())
    }

    fn consume(call) {
        let (mut partition, mut timeout_ms): (i64, i64) = (0, 0);
        parse_args!(call, "ll", &mut partition, &mut timeout_ms);
        let partition = partition_or_ua(partition)?;
        let state = call.this::<TopicState>()?;
        let msg = state.topic.consume(partition, clamp_c_int(timeout_ms))?;
        *call.ret() = optional_message(msg, &state.names);
        Ok(())
    }

    fn consume_batch(call) {
        let (mut partition, mut timeout_ms, mut size): (i64, i64, i64) = (0, 0, 0);
        parse_args!(call, "lll", &mut partition, &mut timeout_ms, &mut size);
        if size <= 0 {
            return Err(PhpError::new(ExClass::InvalidArgument, format!("Out of range value '{size}' for batch_size"), 0));
        }
        let partition = partition_or_ua(partition)?;
        // librdkafka allocates nothing per slot; bound the array anyway for absurd sizes.
        let size = usize::try_from(size).unwrap_or(usize::MAX).min(1 << 20);
        let state = call.this::<TopicState>()?;
        let messages = state.topic.consume_batch(partition, clamp_c_int(timeout_ms), size)?;
        let list = packed_list(messages.iter().map(|msg| message_zval(&msg.view(), None, &state.names)));
        *call.ret() = list;
        Ok(())
    }

    fn consume_callback(call) {
        let (mut partition, mut timeout_ms): (i64, i64) = (0, 0);
        let mut callable = CallableArg::new();
        let (fci, fcc) = callable.outputs();
        parse_args!(call, "llf", &mut partition, &mut timeout_ms, fci, fcc);
        let callback = callable.value();
        let partition = concrete_partition(partition)?;
        let state = call.this::<TopicState>()?;
        let (topic, names) = (Rc::clone(&state.topic), Rc::clone(&state.names));
        let mut handler = |msg: MessageView<'_>| {
            call_callable(&callback, &mut [message_zval(&msg, None, &names)]);
            if exception_pending() { Flow::Yield } else { Flow::Continue }
        };
        let handled = topic.consume_callback(partition, clamp_c_int(timeout_ms), &mut handler);
        if exception_pending() {
            return Err(PhpError::Thrown);
        }
        call.ret().set_long(handled.unwrap_or(-1));
        Ok(())
    }

    fn offset_store(call) {
        let (partition, offset) = partition_and_offset(call)?;
        let partition = concrete_partition(partition)?;
        call.this::<TopicState>()?.topic.offset_store(partition, offset)?;
        Ok(())
    }

    fn get_name(call) {
        call.no_args()?;
        let name = bytes_zval(call.this::<TopicState>()?.topic.name());
        *call.ret() = name;
        Ok(())
    }

    fn produce(call) {
        let (mut partition, mut flags): (i64, i64) = (0, 0);
        let (mut payload, mut payload_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let (mut key, mut key_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let mut opaque: *mut zend_string = ptr::null_mut();
        parse_args!(call, "ll|s!s!S!", &mut partition, &mut flags, &mut payload, &mut payload_len,
            &mut key, &mut key_len, &mut opaque);
        let (partition, flags) = check_partition_and_flags(partition, flags)?;
        let record = Record {
            partition,
            flags,
            payload: bytes_arg(payload, payload_len),
            key: bytes_arg(key, key_len),
            ..Record::default()
        };
        enqueue(call, record, opaque, false)
    }

    fn producev(call) {
        let (mut partition, mut flags): (i64, i64) = (0, 0);
        let (mut payload, mut payload_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let (mut key, mut key_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let mut headers: *mut HashTable = ptr::null_mut();
        let (mut timestamp, mut timestamp_null): (i64, bool) = (0, true);
        let mut opaque: *mut zend_string = ptr::null_mut();
        parse_args!(call, "ll|s!s!h!l!S!", &mut partition, &mut flags, &mut payload, &mut payload_len,
            &mut key, &mut key_len, &mut headers, &mut timestamp, &mut timestamp_null, &mut opaque);
        let (partition, flags) = check_partition_and_flags(partition, flags)?;
        let headers = header_pairs(headers)?;
        let pairs: Vec<(&[u8], Option<&[u8]>)> =
            headers.iter().map(|(name, value)| (name.as_bytes(), Some(value.as_bytes()))).collect();
        let record = Record {
            partition,
            flags,
            payload: bytes_arg(payload, payload_len),
            key: bytes_arg(key, key_len),
            headers: &pairs,
            timestamp: if timestamp_null { 0 } else { timestamp },
            opaque: ptr::null_mut::<c_void>(),
        };
        enqueue(call, record, opaque, true)
    }
}

/// A new Topic object of class `ce`, or null when librdkafka refused the name.
pub fn new_topic_zval(
    ce: *mut ext_php_rs::ffi::zend_class_entry,
    client: Zval,
    topic: Result<Topic, KafkaError>,
    delivery_owner: Option<Weak<Dispatcher>>,
) -> PhpResult<Zval> {
    match topic {
        Ok(topic) => Ok(super::zend::new_native(
            ce,
            TopicState { topic: Rc::new(topic), client, names: Rc::default(), delivery_owner },
        )),
        // php-rdkafka returns null when librdkafka refuses the topic, whatever the declared
        // return type. A debug build of PHP ends the process on such a return value, so there
        // the refusal is an RdKafka\Exception with librdkafka's error instead.
        Err(error) if super::zend::engine::CHECKS_ARGINFO => Err(error.into()),
        Err(_) => Ok(Zval::new()),
    }
}

fn partition_and_offset(call: &Call) -> PhpResult<(i64, i64)> {
    let (mut partition, mut offset): (i64, i64) = (0, 0);
    parse_args!(call, "ll", &mut partition, &mut offset);
    Ok((partition, offset))
}

/// The Message, or null when none came.
fn optional_message(msg: Option<ConsumedMessage>, names: &TopicNames) -> Zval {
    msg.map_or_else(Zval::new, |m| message_zval(&m.view(), None, names))
}

/// The state behind a `?RdKafka\Topic` argument.
pub fn topic_arg<'a>(zv: *mut ext_php_rs::ffi::zval) -> PhpResult<Option<&'a TopicState>> {
    if zv.is_null() {
        return Ok(None);
    }
    object_state::<TopicState>(zv).map(|t| Some(&*t))
}

static NAME_ONLY: [Method; 1] = [Method::new("getName", get_name, &[], Ret::Tentative(Ty::STRING))];

static PRODUCER_TOPIC_METHODS: [Method; 3] = [
    Method::new("__construct", super::rdkafka::PRIVATE_CONSTRUCT, &[], Ret::None).private(),
    Method::new(
        "produce",
        produce,
        &[
            param("partition", Ty::INT),
            param("msgflags", Ty::INT),
            optional("payload", Ty::STRING.nullable(), "null"),
            optional("key", Ty::STRING.nullable(), "null"),
            optional("msg_opaque", Ty::STRING.nullable(), "null"),
        ],
        Ret::Tentative(Ty::VOID),
    ),
    Method::new(
        "producev",
        producev,
        &[
            param("partition", Ty::INT),
            param("msgflags", Ty::INT),
            optional("payload", Ty::STRING.nullable(), "null"),
            optional("key", Ty::STRING.nullable(), "null"),
            optional("headers", Ty::ARRAY.nullable(), "null"),
            optional("timestamp_ms", Ty::INT.nullable(), "null"),
            optional("msg_opaque", Ty::STRING.nullable(), "null"),
        ],
        Ret::Tentative(Ty::VOID),
    ),
];

const PARTITION: Param = param("partition", Ty::INT);
const OFFSET: Param = param("offset", Ty::INT);
const TIMEOUT: Param = param("timeout_ms", Ty::INT);
const VOID: Ret = Ret::Tentative(Ty::VOID);
const OPTIONAL_MESSAGE: Ret = Ret::Tentative(Ty::class("RdKafka\\Message").nullable());

static CONSUMER_TOPIC_METHODS: [Method; 8] = [
    Method::new("__construct", super::rdkafka::PRIVATE_CONSTRUCT, &[], Ret::None).private(),
    Method::new(
        "consumeQueueStart",
        consume_queue_start,
        &[PARTITION, OFFSET, param("queue", Ty::class("RdKafka\\Queue"))],
        VOID,
    ),
    Method::new(
        "consumeCallback",
        consume_callback,
        &[PARTITION, TIMEOUT, param("callback", Ty::CALLABLE)],
        Ret::Tentative(Ty::INT),
    ),
    Method::new("consumeStart", consume_start, &[PARTITION, OFFSET], VOID),
    Method::new("consumeStop", consume_stop, &[PARTITION], VOID),
    Method::new("consume", consume, &[PARTITION, TIMEOUT], OPTIONAL_MESSAGE),
    Method::new(
        "consumeBatch",
        consume_batch,
        &[PARTITION, TIMEOUT, param("batch_size", Ty::INT)],
        Ret::Tentative(Ty::ARRAY),
    ),
    Method::new("offsetStore", offset_store, &[PARTITION, OFFSET], VOID),
];

static KAFKA_CONSUMER_TOPIC_METHODS: [Method; 2] = [
    Method::new("__construct", super::rdkafka::PRIVATE_CONSTRUCT, &[], Ret::None).private(),
    Method::new("offsetStore", offset_store, &[PARTITION, OFFSET], VOID),
];

// ---------------------------------------------------------------------------------------------
// RdKafka\Queue

pub static QUEUE: ClassSlot = ClassSlot::new();
static QUEUE_HANDLERS: HandlerSlot = HandlerSlot::new();

/// The Rust state of a Queue: the queue handle and the Consumer object it belongs to.
pub struct QueueState {
    pub queue: Queue,
    pub client: Zval,
    pub names: TopicNames,
}

impl NativeClass for QueueState {
    const UNCONSTRUCTED: &'static str = "RdKafka\\Queue::__construct() has not been called";

    fn handlers() -> &'static HandlerSlot {
        &QUEUE_HANDLERS
    }

    fn gc_values(&self) -> Vec<&Zval> {
        vec![&self.client]
    }

    fn check_usable(&self) -> PhpResult {
        Ok(self.queue.client().check_not_inherited()?)
    }
}

handlers! {
    fn queue_consume(call) {
        let timeout_ms = call.long_arg()?;
        let state = call.this::<QueueState>()?;
        let msg = state.queue.consume(clamp_c_int(timeout_ms))?;
        *call.ret() = optional_message(msg, &state.names);
        Ok(())
    }
}

static QUEUE_METHODS: [Method; 2] = [
    Method::new("__construct", super::rdkafka::PRIVATE_CONSTRUCT, &[], Ret::None).private(),
    Method::new("consume", queue_consume, &[TIMEOUT], OPTIONAL_MESSAGE),
];

pub fn register_queue() {
    QUEUE.set(register_class(ClassDef::native::<QueueState>("RdKafka\\Queue", &QUEUE_METHODS)));
}

pub static KAFKA_CONSUMER_TOPIC: ClassSlot = ClassSlot::new();

pub fn register_kafka_consumer_topic() {
    let mut def = ClassDef::new("RdKafka\\KafkaConsumerTopic", &KAFKA_CONSUMER_TOPIC_METHODS);
    def.parent = Some(TOPIC.get());
    KAFKA_CONSUMER_TOPIC.set(register_class(def));
}

pub fn register_topic() {
    let mut def = ClassDef::native::<TopicState>("RdKafka\\Topic", &NAME_ONLY);
    def.abstract_ = true;
    TOPIC.set(register_class(def));
}

pub fn register_consumer_topic() {
    let mut def = ClassDef::new("RdKafka\\ConsumerTopic", &CONSUMER_TOPIC_METHODS);
    def.parent = Some(TOPIC.get());
    CONSUMER_TOPIC.set(register_class(def));
}

pub fn register_producer_topic() {
    let mut def = ClassDef::new("RdKafka\\ProducerTopic", &PRODUCER_TOPIC_METHODS);
    def.parent = Some(TOPIC.get());
    PRODUCER_TOPIC.set(register_class(def));
}
