//! `\RdKafka` (abstract base) and its two clients, `RdKafka\Producer` and `RdKafka\Consumer`.
//!
//! The Rust state lives on `RdKafka`: Producer and Consumer are registered without an object
//! override, inherit its `create_object`, and so every method declared on `RdKafka` works on them
//! and on user subclasses of them.

use super::conf::{Callbacks, Conf, CONF, TOPIC_CONF};
use super::dispatch::Dispatcher;
use super::exceptions::kafka_error_exception;
use super::metadata::metadata_zval;
use super::persistent;
use super::topic::{new_topic_zval, topic_arg, QueueState, CONSUMER_TOPIC, PRODUCER_TOPIC, QUEUE, TOPIC};
use super::topic_partition::{TopicPartition, TOPIC_PARTITION};
use super::zend::{
    array_arg, array_of, assign_ref_long, by_ref, c_str_arg, handlers, new_native, object_state, object_zval,
    optional, packed_list, param, parse_args, private_prop, register_class, Call, ClassDef, ClassSlot,
    ExClass, HandlerSlot, Method, NativeClass, PhpError, PhpResult, Prop, Ret, Ty,
};
use crate::kafka::client::{Client, ClientKind, Logger};
use crate::kafka::conf::{NativeConf, NativeTopicConf};
use crate::kafka::consumer::Queue;
use crate::kafka::dispatch::CallbackKind;
use crate::kafka::error::{code, KafkaError};
use crate::kafka::topic::Topic;
use ext_php_rs::ffi::{zend_object, zval, HashTable};
use ext_php_rs::types::Zval;
use std::ffi::{c_char, CStr, CString};
use std::ptr;
use std::rc::Rc;

pub static RDKAFKA: ClassSlot = ClassSlot::new();
pub static CONSUMER: ClassSlot = ClassSlot::new();
pub static PRODUCER: ClassSlot = ClassSlot::new();
static HANDLERS: HandlerSlot = HandlerSlot::new();

/// The Rust state of a Producer or Consumer: the client and the dispatcher of its own snapshot
/// of the Conf's callables. Both are shared (topics keep the client; calls that serve callbacks
/// hold their own references, so a callback may re-enter the client).
pub struct Kafka {
    pub client: Rc<Client>,
    pub dispatcher: Rc<Dispatcher>,
    /// A persistent producer: its messages carry [`persistent::delivery_tag`]s, not PHP values.
    pub persistent: bool,
}

impl Drop for Kafka {
    fn drop(&mut self) {
        // The PHP object is going away: no callback may run from here on.
        self.dispatcher.close();
    }
}

impl NativeClass for Kafka {
    // php-rdkafka names the base "RdKafka\Kafka" in this message.
    const UNCONSTRUCTED: &'static str = "RdKafka\\Kafka::__construct() has not been called";

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

/// Creates the client behind PHP object `object`, with a dispatcher for its own copy of the Conf's
/// callables registered as librdkafka's opaque. Log lines are routed to `poll()` (or
/// `KafkaConsumer::consume()`) when a log callback is set.
pub(crate) fn connect(
    kind: ClientKind,
    conf: NativeConf,
    callbacks: Callbacks,
    object: *mut zend_object,
) -> PhpResult<(Rc<Client>, Rc<Dispatcher>)> {
    let routes_logs = callbacks.get(CallbackKind::Log).is_some();
    let reports = DeliveryReports::of(kind, conf);
    let dispatcher = Dispatcher::new(callbacks, object, reports.errors_only);
    let client = Client::new(kind, reports.conf, Some(dispatcher.sink()))?;
    if routes_logs {
        client.route_logs_to_main_queue();
    }
    Ok((Rc::new(client), dispatcher))
}

/// A client's conf with every delivery report served: reports release the per-message
/// opaques. `delivery.report.only.error=true` would make librdkafka destroy successful messages
/// without one, leaking their opaques; it is turned off on the client's copy, and the dispatcher
/// skips the successful reports instead, which is what the user asked for.
pub(crate) struct DeliveryReports {
    pub conf: NativeConf,
    pub errors_only: bool,
}

impl DeliveryReports {
    pub(crate) fn of(kind: ClientKind, mut conf: NativeConf) -> Self {
        if kind != ClientKind::Producer {
            return DeliveryReports { conf, errors_only: false };
        }
        conf.enable_callback(CallbackKind::DeliveryReport);
        let errors_only = conf.get(c"delivery.report.only.error").as_deref() == Some(b"true");
        if errors_only {
            conf.set(c"delivery.report.only.error", c"false").expect("a boolean property");
        }
        DeliveryReports { conf, errors_only }
    }
}

/// php-rdkafka's error for a second `__construct()` on a client object.
pub(crate) fn already_constructed(class: &str) -> PhpError {
    PhpError::new(ExClass::Kafka, format!("{class}::__construct() has already been called"), code::STATE)
}

/// Builds a client from its own copy of the Conf: later changes to the Conf do not reach it.
fn construct(call: &mut Call, kind: ClientKind) -> PhpResult {
    let mut conf_arg: *mut zval = ptr::null_mut();
    parse_args!(call, "|O!", &mut conf_arg, CONF.get());
    let conf = if conf_arg.is_null() { None } else { Some(&*object_state::<Conf>(conf_arg)?) };
    let this = call.this_object();
    let slot = call.this_slot::<Kafka>()?;
    if slot.is_some() {
        return Err(already_constructed("RdKafka\\Kafka"));
    }
    let callbacks = conf.map_or_else(Callbacks::default, |conf| conf.callbacks.clone());
    // Only producers persist (a consumer's group membership and position are its own).
    if let Some(conf) = conf.filter(|conf| kind == ClientKind::Producer && conf.persistence.is_persistent()) {
        let (client, dispatcher) = persistent::connect(&conf.persistence, &conf.native, callbacks, this)?;
        *slot = Some(Kafka { client, dispatcher, persistent: true });
        return Ok(());
    }
    let native = conf.map_or_else(NativeConf::new, |conf| conf.native.clone());
    let (client, dispatcher) = connect(kind, native, callbacks, this)?;
    *slot = Some(Kafka { client, dispatcher, persistent: false });
    Ok(())
}

/// A PHP object backed by a client: the `RdKafka` family and `KafkaConsumer`, which share the
/// methods below.
pub trait ClientObject: NativeClass {
    fn client(&self) -> &Rc<Client>;
    fn dispatcher(&self) -> &Rc<Dispatcher>;

    /// The client and dispatcher as owned references: no borrow of the object is held while
    /// librdkafka dispatches callbacks that may re-enter it.
    fn serving(&self) -> (Rc<Client>, Rc<Dispatcher>) {
        (Rc::clone(self.client()), Rc::clone(self.dispatcher()))
    }
}

impl ClientObject for Kafka {
    fn client(&self) -> &Rc<Client> {
        &self.client
    }

    fn dispatcher(&self) -> &Rc<Dispatcher> {
        &self.dispatcher
    }
}

pub fn paused<T: ClientObject>(call: &mut Call, paused: bool, method: &str) -> PhpResult {
    let mut array: *mut HashTable = ptr::null_mut();
    parse_args!(call, "h", &mut array);
    let partitions = partitions_arg(array, method)?;
    let result = call.this::<T>()?.client().set_paused(&partitions, paused)?;
    *call.ret() = partitions_zval(result);
    Ok(())
}

pub fn metadata_of<T: ClientObject>(call: &mut Call) -> PhpResult {
    metadata_with(call, |call| Ok(Rc::clone(call.this::<T>()?.client())))
}

/// `getMetadata(bool $all_topics, ?RdKafka\Topic $only_topic, int $timeout_ms)` on the client
/// that `client` finds for the call.
pub fn metadata_with(call: &mut Call, client: impl FnOnce(&mut Call) -> PhpResult<Rc<Client>>) -> PhpResult {
    let mut all_topics = false;
    let mut only_topic: *mut zval = ptr::null_mut();
    let mut timeout_ms: i64 = 0;
    parse_args!(call, "bO!l", &mut all_topics, &mut only_topic, TOPIC.get(), &mut timeout_ms);
    let topic = topic_arg(only_topic)?;
    let metadata = client(call)?.metadata(all_topics, topic.map(|t| &*t.topic), clamp_c_int(timeout_ms))?;
    *call.ret() = metadata_zval(metadata);
    Ok(())
}

pub fn controller_id<T: ClientObject>(call: &mut Call) -> PhpResult {
    let timeout_ms = call.long_arg()?;
    let id = call.this::<T>()?.client().controller_id(clamp_c_int(timeout_ms));
    call.ret().set_long(id);
    Ok(())
}

pub fn watermark_offsets<T: ClientObject>(call: &mut Call) -> PhpResult {
    let (mut topic, mut topic_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
    let (mut partition, mut timeout_ms): (i64, i64) = (0, 0);
    let (mut low, mut high): (*mut zval, *mut zval) = (ptr::null_mut(), ptr::null_mut());
    parse_args!(
        call,
        "plzzl",
        &mut topic,
        &mut topic_len,
        &mut partition,
        &mut low,
        &mut high,
        &mut timeout_ms
    );
    let (lo, hi) = call.this::<T>()?.client().query_watermark_offsets(
        c_str_arg(topic),
        partition as i32,
        clamp_c_int(timeout_ms),
    )?;
    assign_ref_long(low, lo)?;
    assign_ref_long(high, hi)
}

pub fn offsets_for_times_of<T: ClientObject>(call: &mut Call, method: &str) -> PhpResult {
    let mut array: *mut HashTable = ptr::null_mut();
    let mut timeout_ms: i64 = 0;
    parse_args!(call, "hl", &mut array, &mut timeout_ms);
    let partitions = partitions_arg(array, method)?;
    let result = call.this::<T>()?.client().offsets_for_times(&partitions, clamp_c_int(timeout_ms))?;
    *call.ret() = partitions_zval(result);
    Ok(())
}

/// Parses `newTopic()`'s `(string $topic_name, ?RdKafka\TopicConf $topic_conf = null)`; the
/// topic gets its own copy of the TopicConf.
pub fn new_topic_args(call: &Call) -> PhpResult<(&'static CStr, Option<NativeTopicConf>)> {
    let (mut name, mut name_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
    let mut conf: *mut zval = ptr::null_mut();
    parse_args!(call, "p|O!", &mut name, &mut name_len, &mut conf, TOPIC_CONF.get());
    let conf = if conf.is_null() { None } else { Some(object_state::<NativeTopicConf>(conf)?.clone()) };
    Ok((c_str_arg(name), conf))
}

/// Parses `array $topic_partitions` into plain entries.
pub fn partitions_arg(array: *mut HashTable, method: &str) -> PhpResult<Vec<TopicPartition>> {
    array_of::<TopicPartition>(array, method, "RdKafka\\TopicPartition")
}

/// A PHP list of new TopicPartition objects.
pub fn partitions_zval(entries: Vec<TopicPartition>) -> Zval {
    packed_list(entries.into_iter().map(|entry| new_native(TOPIC_PARTITION.get(), entry)))
}

/// Events held back after a callback threw count as queued: they are served by the next poll.
fn out_queue_length(call: &mut Call) -> PhpResult {
    call.no_args()?;
    let kafka = call.this::<Kafka>()?;
    let len = kafka.client.outq_len() + kafka.dispatcher.pending_count() as i64;
    call.ret().set_long(len);
    Ok(())
}

/// Runs a transaction call (commit and abort flush, so callbacks run inside); failures throw
/// KafkaErrorException.
pub(crate) fn transaction(call: &mut Call, op: impl FnOnce(&Client) -> Result<(), KafkaError>) -> PhpResult {
    let (client, dispatcher) = call.this::<Kafka>()?.serving();
    dispatcher.serve(|_| op(&client))?.map_err(kafka_error_exception)
}

fn transaction_timeout(call: &mut Call) -> PhpResult<i32> {
    let timeout_ms = call.long_arg()?;
    Ok(clamp_c_int(timeout_ms))
}

handlers! {
    fn add_brokers(call) {
        let (mut list, mut len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        parse_args!(call, "p", &mut list, &mut len);
        let added = call.this::<Kafka>()?.client.add_brokers(c_str_arg(list));
        call.ret().set_long(added);
        Ok(())
    }

    fn get_controller_id(call) { controller_id::<Kafka>(call) }

    fn get_out_q_len(call) { out_queue_length(call) }
    fn outq_len(call) { out_queue_length(call) }

    fn set_log_level(call) {
        let level = call.long_arg()?;
        call.this::<Kafka>()?.client.set_log_level(clamp_c_int(level));
        Ok(())
    }

    fn set_logger(call) {
        let id = call.long_arg()?;
        let kafka = call.this::<Kafka>()?;
        let logger = match id {
            100 => Logger::Print,
            101 => Logger::Syslog,
            102 => Logger::SyslogPrint,
            _ => return Err(PhpError::new(ExClass::Base, "Invalid logger", 0)),
        };
        kafka.client.set_logger(logger);
        Ok(())
    }

    fn purge(call) {
        let flags = call.long_arg()?;
        // Flags outside int are unknown bits: librdkafka answers -186 for them.
        let flags = i32::try_from(flags).unwrap_or(i32::MAX);
        let code = call.this::<Kafka>()?.client.purge(flags);
        call.ret().set_long(code);
        Ok(())
    }

    fn query_watermark_offsets(call) { watermark_offsets::<Kafka>(call) }
    fn offsets_for_times(call) { offsets_for_times_of::<Kafka>(call, "RdKafka::offsetsForTimes") }

    fn pause_partitions(call) { paused::<Kafka>(call, true, "RdKafka::pausePartitions") }
    // php-rdkafka 6.0.4 paused here too; we resume.
    fn resume_partitions(call) { paused::<Kafka>(call, false, "RdKafka::resumePartitions") }

    fn oauthbearer_set_token(call) {
        let (mut token, mut token_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let (mut principal, mut principal_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let mut lifetime_ms: i64 = 0;
        let mut extensions: *mut HashTable = ptr::null_mut();
        parse_args!(call, "plp|h", &mut token, &mut token_len, &mut lifetime_ms,
            &mut principal, &mut principal_len, &mut extensions);
        let extensions = string_pairs(extensions)?;
        call.this::<Kafka>()?.client.oauthbearer_set_token(
            c_str_arg(token),
            lifetime_ms,
            c_str_arg(principal),
            &extensions,
        )?;
        Ok(())
    }

    fn oauthbearer_set_token_failure(call) {
        let (mut reason, mut reason_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        parse_args!(call, "p", &mut reason, &mut reason_len);
        let kafka = call.this::<Kafka>()?;
        // php-rdkafka reports this failure with its code and an empty message.
        kafka.client.oauthbearer_set_token_failure(c_str_arg(reason)).map_err(|e| PhpError::new(ExClass::Kafka, "", e.code))?;
        Ok(())
    }

    fn poll(call) {
        let timeout_ms = call.long_arg()?;
        let (client, dispatcher) = call.this::<Kafka>()?.serving();
        // Events held back by an earlier throw count as served; then only what is ready.
        let served = dispatcher.serve(|held| {
            held as i64 + client.poll(if held > 0 { 0 } else { clamp_c_int(timeout_ms) })
        })?;
        call.ret().set_long(served);
        Ok(())
    }

    fn flush(call) {
        let timeout_ms = call.long_arg()?;
        let (client, dispatcher) = call.this::<Kafka>()?.serving();
        let code = dispatcher.serve(|_| client.flush(clamp_c_int(timeout_ms)))?;
        call.ret().set_long(code);
        Ok(())
    }

    fn new_topic(call) {
        let (name, conf) = new_topic_args(call)?;
        let client_object = object_zval(call.this_object());
        let kafka = call.this::<Kafka>()?;
        let client = &kafka.client;
        let ce = match client.kind() {
            ClientKind::Producer => PRODUCER_TOPIC.get(),
            ClientKind::Consumer => CONSUMER_TOPIC.get(),
        };
        let delivery_owner = kafka.persistent.then(|| Rc::downgrade(&kafka.dispatcher));
        *call.ret() = new_topic_zval(ce, client_object, Topic::new(client, name, conf), delivery_owner)?;
        Ok(())
    }

    fn new_queue(call) {
        call.no_args()?;
        let client_object = object_zval(call.this_object());
        let queue = Queue::new(&call.this::<Kafka>()?.client);
        *call.ret() = new_native(QUEUE.get(), QueueState { queue, client: client_object, names: Default::default() });
        Ok(())
    }

    fn get_metadata_method(call) { metadata_of::<Kafka>(call) }
    fn metadata_method(call) { metadata_of::<Kafka>(call) }

    fn init_transactions(call) {
        let timeout = transaction_timeout(call)?;
        transaction(call, |c| c.init_transactions(timeout))
    }
    // php-rdkafka parses no arguments here: extra ones are accepted.
    fn begin_transaction(call) { transaction(call, Client::begin_transaction) }
    fn commit_transaction(call) {
        let timeout = transaction_timeout(call)?;
        transaction(call, |c| c.commit_transaction(timeout))
    }
    fn abort_transaction(call) {
        let timeout = transaction_timeout(call)?;
        transaction(call, |c| c.abort_transaction(timeout))
    }

    fn private_construct(_call) {
        Err(PhpError::new(ExClass::Base, "Private constructor", 0))
    }

    fn producer_construct(call) { construct(call, ClientKind::Producer) }
    fn consumer_construct(call) { construct(call, ClientKind::Consumer) }
}

/// librdkafka takes timeouts and levels as C ints: PHP ints beyond that range saturate (a huge
/// timeout means "wait (almost) forever").
pub fn clamp_c_int(timeout_ms: i64) -> i32 {
    timeout_ms.clamp(i32::MIN.into(), i32::MAX.into()) as i32
}

/// OAUTHBEARER extensions: integer keys become decimal strings, values are converted to strings.
fn string_pairs(table: *mut HashTable) -> PhpResult<Vec<(CString, CString)>> {
    let Some(table) = array_arg(table) else { return Ok(Vec::new()) };
    let nul_error = || {
        PhpError::new(ExClass::Kafka, "OAUTHBEARER extensions must not contain NUL bytes", code::INVALID_ARG)
    };
    table
        .iter()
        .map(|(key, value)| {
            let value = value.coerce_to_string().unwrap_or_default();
            Ok((
                CString::new(key.to_string()).map_err(|_| nul_error())?,
                CString::new(value).map_err(|_| nul_error())?,
            ))
        })
        .collect()
}

const PARTITIONS: [super::zend::Param; 1] = [param("topic_partitions", Ty::ARRAY)];
const TIMEOUT: [super::zend::Param; 1] = [param("timeout_ms", Ty::INT)];
const VOID: Ret = Ret::Tentative(Ty::VOID);

/// The handler of every private constructor php-rdkafka declares (it aliases this one).
pub const PRIVATE_CONSTRUCT: super::zend::Handler = private_construct;

/// Parameter lists that KafkaConsumer declares identically.
pub const WATERMARK_PARAMS: [super::zend::Param; 5] = [
    param("topic", Ty::STRING),
    param("partition", Ty::INT),
    by_ref("low", Ty::INT),
    by_ref("high", Ty::INT),
    param("timeout_ms", Ty::INT),
];
pub const PARTITIONS_TIMEOUT: [super::zend::Param; 2] =
    [param("topic_partitions", Ty::ARRAY), param("timeout_ms", Ty::INT)];
pub const NEW_TOPIC_PARAMS: [super::zend::Param; 2] = [
    param("topic_name", Ty::STRING),
    optional("topic_conf", Ty::class("RdKafka\\TopicConf").nullable(), "null"),
];

pub const METADATA_PARAMS: [super::zend::Param; 3] = [
    param("all_topics", Ty::BOOL),
    param("only_topic", Ty::class("RdKafka\\Topic").nullable()),
    param("timeout_ms", Ty::INT),
];
pub const METADATA_RET: Ret = Ret::Tentative(Ty::class("RdKafka\\Metadata"));

static RDKAFKA_METHODS: [Method; 19] = [
    Method::new("__construct", private_construct, &[], Ret::None).private(),
    Method::new("addBrokers", add_brokers, &[param("broker_list", Ty::STRING)], Ret::Tentative(Ty::INT)),
    Method::new("getMetadata", get_metadata_method, &METADATA_PARAMS, METADATA_RET),
    Method::new("getControllerId", get_controller_id, &TIMEOUT, Ret::Tentative(Ty::INT)),
    Method::new("getOutQLen", get_out_q_len, &[], Ret::Tentative(Ty::INT)),
    Method::new("metadata", metadata_method, &METADATA_PARAMS, METADATA_RET).deprecated(),
    Method::new("setLogLevel", set_log_level, &[param("level", Ty::INT)], VOID).deprecated(),
    Method::new("newTopic", new_topic, &NEW_TOPIC_PARAMS, Ret::Tentative(Ty::class("RdKafka\\Topic"))),
    Method::new("outqLen", outq_len, &[], Ret::Tentative(Ty::INT)).deprecated(),
    Method::new("poll", poll, &TIMEOUT, Ret::Tentative(Ty::INT)),
    Method::new("flush", flush, &TIMEOUT, Ret::Tentative(Ty::INT)),
    Method::new("purge", purge, &[param("purge_flags", Ty::INT)], Ret::Tentative(Ty::INT)),
    Method::new("setLogger", set_logger, &[param("logger", Ty::INT)], VOID).deprecated(),
    Method::new("queryWatermarkOffsets", query_watermark_offsets, &WATERMARK_PARAMS, VOID),
    Method::new("offsetsForTimes", offsets_for_times, &PARTITIONS_TIMEOUT, Ret::Tentative(Ty::ARRAY)),
    Method::new("pausePartitions", pause_partitions, &PARTITIONS, Ret::Tentative(Ty::ARRAY)),
    Method::new("resumePartitions", resume_partitions, &PARTITIONS, Ret::Tentative(Ty::ARRAY)),
    Method::new(
        "oauthbearerSetToken",
        oauthbearer_set_token,
        &[
            param("token_value", Ty::STRING),
            param("lifetime_ms", Ty::INT),
            param("principal_name", Ty::STRING),
            optional("extensions", Ty::ARRAY, "[]"),
        ],
        VOID,
    ),
    Method::new(
        "oauthbearerSetTokenFailure",
        oauthbearer_set_token_failure,
        &[param("error", Ty::STRING)],
        VOID,
    ),
];

const CONF_PARAM: [super::zend::Param; 1] = [optional("conf", Ty::class("RdKafka\\Conf").nullable(), "null")];

static PRODUCER_METHODS: [Method; 6] = [
    Method::new("__construct", producer_construct, &CONF_PARAM, Ret::None),
    Method::new("initTransactions", init_transactions, &TIMEOUT, VOID),
    Method::new("beginTransaction", begin_transaction, &[], VOID),
    Method::new("commitTransaction", commit_transaction, &TIMEOUT, VOID),
    Method::new("abortTransaction", abort_transaction, &TIMEOUT, VOID),
    super::consumer_group_metadata::SEND_OFFSETS_TO_TRANSACTION,
];

static CONSUMER_METHODS: [Method; 2] = [
    Method::new("__construct", consumer_construct, &CONF_PARAM, Ret::None),
    Method::new("newQueue", new_queue, &[], Ret::Tentative(Ty::class("RdKafka\\Queue"))),
];

/// Declared by php-rdkafka and never written: they only show in var_dump as uninitialized.
static RDKAFKA_PROPS: [Prop; 2] =
    [private_prop("error_cb", Ty::CALLABLE.nullable()), private_prop("dr_cb", Ty::CALLABLE.nullable())];

pub fn register_rdkafka() {
    let mut def = ClassDef::native::<Kafka>("RdKafka", &RDKAFKA_METHODS);
    def.abstract_ = true;
    def.props = &RDKAFKA_PROPS;
    RDKAFKA.set(register_class(def));
}

pub fn register_consumer() {
    let mut def = ClassDef::new("RdKafka\\Consumer", &CONSUMER_METHODS);
    def.parent = Some(RDKAFKA.get());
    CONSUMER.set(register_class(def));
}

pub fn register_producer() {
    let mut def = ClassDef::new("RdKafka\\Producer", &PRODUCER_METHODS);
    def.parent = Some(RDKAFKA.get());
    PRODUCER.set(register_class(def));
}
