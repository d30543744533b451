//! `RdKafka\KafkaConsumer`: the group consumer.
//!
//! Every callback (rebalance, offset commit, error, stats, log) is served inside `consume()` and
//! `close()`. If one throws while `consume()` also fetched a message, the message is held back
//! (not handed out, and the offset librdkafka stored for it rolled back) and the next `consume()`
//! returns it, so a throwing callback never skips a message.

use super::conf::{Conf, CONF};
use super::dispatch::Dispatcher;
use super::message::{message_zval, MESSAGE};
use super::rdkafka::{
    already_constructed, clamp_c_int, connect, controller_id, metadata_of, new_topic_args,
    offsets_for_times_of, partitions_arg, partitions_zval, paused, watermark_offsets, ClientObject,
    METADATA_PARAMS, METADATA_RET, NEW_TOPIC_PARAMS, PARTITIONS_TIMEOUT, WATERMARK_PARAMS,
};
use super::topic::{new_topic_zval, KAFKA_CONSUMER_TOPIC};
use super::topic_partition::TopicPartition;
use super::zend::{
    array_arg, bytes_zval, handlers, instance_of, object_state, optional, packed_list, param, parse_args,
    private_prop, read_property, register_class, type_name, value_arg, warning, Call, ClassDef, ClassSlot,
    ExClass, HandlerSlot, Method, NativeClass, PhpError, PhpResult, Prop, Ret, Ty,
};
use crate::kafka::client::{Client, ClientKind};
use crate::kafka::error::{code, KafkaError};
use crate::kafka::message::{with_timed_out, ConsumedMessage};
use crate::kafka::partition_list::PartitionList;
use crate::kafka::topic::Topic;
use ext_php_rs::ffi::{zval, HashTable};
use ext_php_rs::types::{ZendHashTable, Zval};
use std::ptr;
use std::rc::Rc;

pub static KAFKA_CONSUMER: ClassSlot = ClassSlot::new();
static HANDLERS: HandlerSlot = HandlerSlot::new();

const CLASS: &str = "RdKafka\\KafkaConsumer";

/// The Rust state of a KafkaConsumer. Fields drop in order: a held message before its client.
pub struct KafkaConsumer {
    /// A message fetched by a `consume()` whose callback threw: the next `consume()` returns it.
    held: Option<ConsumedMessage>,
    client: Rc<Client>,
    dispatcher: Rc<Dispatcher>,
    /// `enable.auto.offset.store`: librdkafka stores each offset as it hands a message out.
    auto_store: bool,
    /// Still in the group: destruction closes it first.
    open: bool,
}

impl NativeClass for KafkaConsumer {
    const UNCONSTRUCTED: &'static str = "RdKafka\\KafkaConsumer::__construct() has not been called, or RdKafka\\KafkaConsumer::close() was already called";

    fn handlers() -> &'static HandlerSlot {
        &HANDLERS
    }

    fn gc_values(&self) -> Vec<&Zval> {
        self.dispatcher.callbacks().gc_values()
    }

    fn check_usable(&self) -> PhpResult {
        Ok(self.client.check_not_inherited()?)
    }
}

impl ClientObject for KafkaConsumer {
    fn client(&self) -> &Rc<Client> {
        &self.client
    }

    fn dispatcher(&self) -> &Rc<Dispatcher> {
        &self.dispatcher
    }
}

impl Drop for KafkaConsumer {
    fn drop(&mut self) {
        // No PHP callback runs from here on: a revocation falls back to dropping the assignment.
        self.dispatcher.close();
        // A fork() child cannot close what its parent's threads run (see Client::is_inherited).
        if self.open && !self.client.is_inherited() {
            if let Err(e) = self.client.consumer_close() {
                warning(&format!("rd_kafka_consumer_close failed: {}", e.message));
            }
        }
    }
}

impl KafkaConsumer {
    fn hand_out(&self, msg: &ConsumedMessage) -> Zval {
        message_zval(&msg.view(), None, self.dispatcher.topic_names())
    }

    /// Keeps a fetched message for the next `consume()`; its automatically stored offset is
    /// rolled back meanwhile, so a commit cannot skip it.
    fn hold(&mut self, msg: ConsumedMessage) {
        if self.auto_store {
            msg.view().store_offset(false);
        }
        self.held = Some(msg);
    }

    /// Hands out the held message, storing its offset again.
    fn release_held(&mut self) -> Option<Zval> {
        let msg = self.held.take()?;
        if self.auto_store {
            msg.view().store_offset(true);
        }
        Some(self.hand_out(&msg))
    }
}

fn consumer_error(message: &str) -> PhpError {
    PhpError::new(ExClass::Kafka, message, 0)
}

/// `commit()`'s argument: nothing (current offsets), a Message (its offset + 1) or a list of
/// TopicPartition (as given). php-rdkafka raised a fatal error for anything else.
fn commit_offsets(arg: *mut zval, method: &str) -> PhpResult<Option<Vec<TopicPartition>>> {
    let Some(value) = value_arg(arg) else { return Ok(None) };
    if let Some(array) = value.array() {
        let array = array as *const ZendHashTable as *mut HashTable;
        return partitions_arg(array, method).map(Some);
    }
    if let Some(obj) = value.object() {
        let obj = obj as *const _ as *mut ext_php_rs::ffi::zend_object;
        if instance_of(obj, MESSAGE.get()) {
            return message_offset(obj).map(|tp| Some(vec![tp]));
        }
    }
    Err(PhpError::new(
        ExClass::TypeError,
        format!(
            "{method}() expects parameter 1 to be an instance of RdKafka\\Message or an array of RdKafka\\TopicPartition, {} given",
            type_name(value)
        ),
        0,
    ))
}

/// The offset to commit for a consumed Message: php-rdkafka's checks, in its order.
fn message_offset(obj: *mut ext_php_rs::ffi::zend_object) -> PhpResult<TopicPartition> {
    let invalid = |what: &str| {
        PhpError::new(ExClass::Kafka, format!("Invalid argument: Specified Message{what}"), code::INVALID_ARG)
    };
    let prop = |name| read_property(MESSAGE.get(), obj, name);
    if prop("err")?.long() != Some(0) {
        return Err(invalid(" has an error"));
    }
    let topic = prop("topic_name")?;
    let topic = topic.zend_str().ok_or_else(|| invalid("'s topic_name is not a string"))?.as_bytes().to_vec();
    let partition = prop("partition")?.long().ok_or_else(|| invalid("'s partition is not an int"))?;
    let offset = prop("offset")?.long().ok_or_else(|| invalid("'s offset is not an int"))?;
    Ok(TopicPartition { topic, partition: partition as i32, offset: offset + 1, err: 0 })
}

fn commit(call: &mut Call, asynchronous: bool, method: &str) -> PhpResult {
    let mut arg: *mut zval = ptr::null_mut();
    parse_args!(call, "|z!", &mut arg);
    let offsets = commit_offsets(arg, method)?;
    call.this::<KafkaConsumer>()?.client.commit(offsets.as_deref(), asynchronous)?;
    Ok(())
}

fn construct(call: &mut Call) -> PhpResult {
    let mut conf_arg: *mut zval = ptr::null_mut();
    parse_args!(call, "O", &mut conf_arg, CONF.get());
    let conf = object_state::<Conf>(conf_arg)?;
    if conf.native.get(c"group.id").unwrap_or_default().is_empty() {
        return Err(consumer_error("\"group.id\" must be configured"));
    }
    let native = conf.native.clone();
    let auto_store = native.get(c"enable.auto.offset.store").as_deref() == Some(b"true");
    let callbacks = conf.callbacks.clone();
    let this = call.this_object();
    let slot = call.this_slot::<KafkaConsumer>()?;
    if slot.is_some() {
        return Err(already_constructed(CLASS));
    }
    let (client, dispatcher) = connect(ClientKind::Consumer, native, callbacks, this)?;
    client.poll_set_consumer();
    *slot = Some(KafkaConsumer { held: None, client, dispatcher, auto_store, open: true });
    Ok(())
}

fn consume(call: &mut Call) -> PhpResult {
    let timeout_ms = call.long_arg()?;
    let state = call.this::<KafkaConsumer>()?;
    let (client, dispatcher) = state.serving();
    if state.held.is_some() {
        // Callbacks held back with the message run first; if one throws, the message waits.
        dispatcher.serve(|_| ())?;
        if let Some(message) = call.this::<KafkaConsumer>()?.release_held() {
            *call.ret() = message;
            return Ok(());
        }
    }
    let fetched = dispatcher.serve_keeping(|_| client.consumer_poll(clamp_c_int(timeout_ms)));
    // Callbacks may have closed this consumer: look it up again.
    let state = call.this::<KafkaConsumer>();
    match (fetched, state) {
        (Ok(Some(msg)), Ok(state)) => *call.ret() = state.hand_out(&msg),
        (Ok(None), Ok(state)) => {
            *call.ret() = with_timed_out(|view| message_zval(&view, None, state.dispatcher.topic_names()))
        }
        (Err((thrown, Some(Some(msg)))), Ok(state)) => {
            state.hold(msg);
            return Err(thrown);
        }
        (Err((thrown, _)), _) => return Err(thrown),
        (Ok(_), Err(closed)) => return Err(closed),
    }
    Ok(())
}

fn close(call: &mut Call) -> PhpResult {
    let state = call.this::<KafkaConsumer>()?;
    if !state.open {
        // A callback that close() is serving (rebalance, offset commit, error) closes again:
        // librdkafka would wait for itself for ever. The outer close() completes the close.
        return Ok(());
    }
    state.open = false;
    let (client, dispatcher) = state.serving();
    let closed = dispatcher.serve_last(|_| client.consumer_close());
    // Closed either way: the client goes (its threads with it, once no topic holds it).
    *call.this_slot::<KafkaConsumer>()? = None;
    closed?.map_err(PhpError::from)
}

fn subscribe(call: &mut Call) -> PhpResult {
    let mut array: *mut HashTable = ptr::null_mut();
    parse_args!(call, "h", &mut array);
    let topics = array_arg(array)
        .expect("\"h\" is never null")
        .values()
        .map(|value| super::zend::string_of(value.dereference()).map(|s| s.as_bytes().to_vec()))
        .collect::<PhpResult<Vec<_>>>()?;
    call.this::<KafkaConsumer>()?.client.subscribe(&topics)?;
    Ok(())
}

fn topic_names(entries: Vec<TopicPartition>) -> Zval {
    packed_list(entries.iter().map(|entry| bytes_zval(&entry.topic)))
}

fn incremental(call: &mut Call, add: bool, method: &str) -> PhpResult {
    let mut array: *mut HashTable = ptr::null_mut();
    parse_args!(call, "h", &mut array);
    let list = PartitionList::new(&partitions_arg(array, method)?)?;
    call.this::<KafkaConsumer>()?
        .client
        .incremental_assign(&list, add)
        // php-rdkafka reports librdkafka's refusals with the error's text and code 0.
        .map_err(|e: KafkaError| consumer_error(&e.message))
}

handlers! {
    fn kc_construct(call) { construct(call) }
    fn kc_consume(call) { consume(call) }
    // php-rdkafka parses no arguments here.
    fn kc_close(call) { close(call) }
    fn kc_subscribe(call) { subscribe(call) }
    fn kc_commit(call) { commit(call, false, "RdKafka\\KafkaConsumer::commit") }
    fn kc_commit_async(call) { commit(call, true, "RdKafka\\KafkaConsumer::commitAsync") }
    fn kc_incremental_assign(call) { incremental(call, true, "RdKafka\\KafkaConsumer::incrementalAssign") }
    fn kc_incremental_unassign(call) { incremental(call, false, "RdKafka\\KafkaConsumer::incrementalUnassign") }

    fn kc_assign(call) {
        let mut array: *mut HashTable = ptr::null_mut();
        parse_args!(call, "|h!", &mut array);
        let partitions =
            if array.is_null() { None } else { Some(partitions_arg(array, "RdKafka\\KafkaConsumer::assign")?) };
        call.this::<KafkaConsumer>()?.client.assign(partitions.as_deref())?;
        Ok(())
    }

    fn kc_get_assignment(call) {
        call.no_args()?;
        let entries = call.this::<KafkaConsumer>()?.client.assignment()?;
        *call.ret() = partitions_zval(entries);
        Ok(())
    }

    fn kc_get_subscription(call) {
        call.no_args()?;
        let entries = call.this::<KafkaConsumer>()?.client.subscription()?;
        *call.ret() = topic_names(entries);
        Ok(())
    }

    fn kc_unsubscribe(call) {
        call.no_args()?;
        call.this::<KafkaConsumer>()?.client.unsubscribe()?;
        Ok(())
    }

    fn kc_get_metadata(call) { metadata_of::<KafkaConsumer>(call) }
    fn kc_get_controller_id(call) { controller_id::<KafkaConsumer>(call) }
    fn kc_query_watermark_offsets(call) { watermark_offsets::<KafkaConsumer>(call) }
    fn kc_offsets_for_times(call) { offsets_for_times_of::<KafkaConsumer>(call, "RdKafka\\KafkaConsumer::offsetsForTimes") }
    fn kc_pause_partitions(call) { paused::<KafkaConsumer>(call, true, "RdKafka\\KafkaConsumer::pausePartitions") }
    fn kc_resume_partitions(call) { paused::<KafkaConsumer>(call, false, "RdKafka\\KafkaConsumer::resumePartitions") }

    fn kc_new_topic(call) {
        let (name, conf) = new_topic_args(call)?;
        let topic = Topic::new(&call.this::<KafkaConsumer>()?.client, name, conf);
        // The topic does not keep the consumer object alive (php-rdkafka's model).
        *call.ret() = new_topic_zval(KAFKA_CONSUMER_TOPIC.get(), Zval::new(), topic, None)?;
        Ok(())
    }

    fn kc_get_committed_offsets(call) {
        let mut array: *mut HashTable = ptr::null_mut();
        let mut timeout_ms: i64 = 0;
        parse_args!(call, "hl", &mut array, &mut timeout_ms);
        let partitions = partitions_arg(array, "RdKafka\\KafkaConsumer::getCommittedOffsets")?;
        let result = call.this::<KafkaConsumer>()?.client.committed(&partitions, clamp_c_int(timeout_ms))?;
        *call.ret() = partitions_zval(result);
        Ok(())
    }

    fn kc_get_offset_positions(call) {
        let mut array: *mut HashTable = ptr::null_mut();
        parse_args!(call, "h", &mut array);
        let partitions = partitions_arg(array, "RdKafka\\KafkaConsumer::getOffsetPositions")?;
        let result = call.this::<KafkaConsumer>()?.client.position(&partitions)?;
        *call.ret() = partitions_zval(result);
        Ok(())
    }
}

const VOID: Ret = Ret::Tentative(Ty::VOID);
const ARRAY: Ret = Ret::Tentative(Ty::ARRAY);
const PARTITIONS: [super::zend::Param; 1] = [param("topic_partitions", Ty::ARRAY)];
const COMMIT_PARAMS: [super::zend::Param; 1] =
    [optional("message_or_offsets", Ty::class("RdKafka\\Message").or(Ty::ARRAY).nullable(), "null")];
const TIMEOUT: [super::zend::Param; 1] = [param("timeout_ms", Ty::INT)];

static METHODS: [Method; 22] = [
    Method::new("__construct", kc_construct, &[param("conf", Ty::class("RdKafka\\Conf"))], Ret::None),
    Method::new("assign", kc_assign, &[optional("topic_partitions", Ty::ARRAY.nullable(), "null")], VOID),
    Method::new("incrementalAssign", kc_incremental_assign, &PARTITIONS, VOID),
    Method::new("incrementalUnassign", kc_incremental_unassign, &PARTITIONS, VOID),
    Method::new("getAssignment", kc_get_assignment, &[], ARRAY),
    Method::new("commit", kc_commit, &COMMIT_PARAMS, VOID),
    Method::new("close", kc_close, &[], VOID),
    Method::new("commitAsync", kc_commit_async, &COMMIT_PARAMS, VOID),
    Method::new("consume", kc_consume, &TIMEOUT, Ret::Tentative(Ty::class("RdKafka\\Message"))),
    Method::new("subscribe", kc_subscribe, &[param("topics", Ty::ARRAY)], VOID),
    Method::new("getSubscription", kc_get_subscription, &[], ARRAY),
    Method::new("unsubscribe", kc_unsubscribe, &[], VOID),
    Method::new("getMetadata", kc_get_metadata, &METADATA_PARAMS, METADATA_RET),
    Method::new("getControllerId", kc_get_controller_id, &TIMEOUT, Ret::Tentative(Ty::INT)),
    Method::new(
        "newTopic",
        kc_new_topic,
        &NEW_TOPIC_PARAMS,
        Ret::Tentative(Ty::class("RdKafka\\KafkaConsumerTopic")),
    ),
    Method::new("getCommittedOffsets", kc_get_committed_offsets, &PARTITIONS_TIMEOUT, ARRAY),
    Method::new("getOffsetPositions", kc_get_offset_positions, &PARTITIONS, ARRAY),
    Method::new("queryWatermarkOffsets", kc_query_watermark_offsets, &WATERMARK_PARAMS, VOID),
    Method::new("offsetsForTimes", kc_offsets_for_times, &PARTITIONS_TIMEOUT, ARRAY),
    Method::new("pausePartitions", kc_pause_partitions, &PARTITIONS, ARRAY),
    Method::new("resumePartitions", kc_resume_partitions, &PARTITIONS, ARRAY),
    super::consumer_group_metadata::GET_CONSUMER_GROUP_METADATA,
];

/// Declared by php-rdkafka and never written.
static PROPS: [Prop; 3] = [
    private_prop("error_cb", Ty::CALLABLE.nullable()),
    private_prop("rebalance_cb", Ty::CALLABLE.nullable()),
    private_prop("dr_msg_cb", Ty::CALLABLE.nullable()),
];

pub fn register() {
    let mut def = ClassDef::native::<KafkaConsumer>(CLASS, &METHODS);
    def.props = &PROPS;
    KAFKA_CONSUMER.set(register_class(def));
}
