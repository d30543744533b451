//! `RdKafka\Conf` and `RdKafka\TopicConf`.

use super::persistent::PersistenceOptions;
use super::zend::{
    bytes_zval, c_str_arg, callable_arg, handlers, object_state, param, parse_args, register_class, Call,
    ClassDef, ClassSlot, ExClass, HandlerSlot, Method, NativeClass, PhpError, PhpResult, Ret, Ty,
};
use crate::kafka::conf::{NativeConf, NativeTopicConf, Partitioner};
use crate::kafka::dispatch::CallbackKind;
use ext_php_rs::ffi::{zend_class_entry, zval};
use ext_php_rs::types::{ZendHashTable, Zval};
use std::ffi::{c_char, CStr};
use std::ptr;

pub static CONF: ClassSlot = ClassSlot::new();
pub static TOPIC_CONF: ClassSlot = ClassSlot::new();
static CONF_HANDLERS: HandlerSlot = HandlerSlot::new();
static TOPIC_CONF_HANDLERS: HandlerSlot = HandlerSlot::new();

const UNCONSTRUCTED: &str = "RdKafka\\Conf::__construct() has not been called";

/// The PHP callables of a Conf, one slot per [`CallbackKind`] (null when unset).
#[derive(Default)]
pub struct Callbacks([Zval; 8]);

impl Callbacks {
    fn set(&mut self, kind: CallbackKind, callable: Zval) {
        self.0[kind as usize] = callable;
    }

    /// The callable of `kind`, if one was set.
    pub fn get(&self, kind: CallbackKind) -> Option<&Zval> {
        let callable = &self.0[kind as usize];
        // Unset slots hold null (the default of a value).
        (!matches!(
            callable.get_type(),
            ext_php_rs::flags::DataType::Undef | ext_php_rs::flags::DataType::Null
        ))
        .then_some(callable)
    }

    /// The slots, for the cycle collector.
    pub fn gc_values(&self) -> Vec<&Zval> {
        self.0.iter().collect()
    }
}

impl Clone for Callbacks {
    fn clone(&self) -> Self {
        Callbacks(std::array::from_fn(|i| self.0[i].shallow_clone()))
    }
}

/// The Rust state of a Conf: librdkafka's conf, the PHP callables that clients snapshot, and
/// our own properties (persistent producers), which librdkafka never sees.
pub struct Conf {
    pub native: NativeConf,
    pub callbacks: Callbacks,
    pub persistence: PersistenceOptions,
}

impl NativeClass for Conf {
    const UNCONSTRUCTED: &'static str = UNCONSTRUCTED;

    fn handlers() -> &'static HandlerSlot {
        &CONF_HANDLERS
    }

    fn gc_values(&self) -> Vec<&Zval> {
        self.callbacks.gc_values()
    }
}

impl NativeClass for NativeTopicConf {
    const UNCONSTRUCTED: &'static str = UNCONSTRUCTED;

    fn handlers() -> &'static HandlerSlot {
        &TOPIC_CONF_HANDLERS
    }
}

/// Parses `(string $name, string $value)`. NUL bytes are rejected with PHP's ValueError
/// (php-rdkafka silently cut the strings there).
fn name_and_value(call: &Call) -> PhpResult<(&'static CStr, &'static CStr)> {
    let (mut name, mut name_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
    let (mut value, mut value_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
    parse_args!(call, "pp", &mut name, &mut name_len, &mut value, &mut value_len);
    Ok((c_str_arg(name), c_str_arg(value)))
}

fn dump_array(call: &mut Call, pairs: Vec<(Vec<u8>, Vec<u8>)>) {
    let mut table = ZendHashTable::with_capacity(pairs.len() as u32);
    for (name, value) in pairs {
        let _ = table.insert(String::from_utf8_lossy(&name).as_ref(), bytes_zval(&value));
    }
    call.ret().set_hashtable(table);
}

fn set_callback(call: &mut Call, kind: CallbackKind) -> PhpResult {
    let callable = callable_arg(call)?;
    let conf = call.this::<Conf>()?;
    if kind == CallbackKind::Log {
        // Logs must arrive through a queue so they are served on the PHP thread.
        conf.native.set(c"log.queue", c"true")?;
    }
    conf.native.enable_callback(kind);
    conf.callbacks.set(kind, callable);
    conf.persistence.record(format!("callback {kind:?}").as_bytes(), b"set");
    Ok(())
}

handlers! {
    fn conf_construct(call) {
        call.no_args()?;
        *call.this_slot::<Conf>()? = Some(Conf {
            native: NativeConf::new(),
            callbacks: Callbacks::default(),
            persistence: PersistenceOptions::default(),
        });
        Ok(())
    }

    fn conf_dump(call) {
        call.no_args()?;
        let conf = call.this::<Conf>()?;
        let mut pairs = conf.native.dump();
        pairs.extend(conf.persistence.dump());
        dump_array(call, pairs);
        Ok(())
    }

    fn conf_set(call) {
        let (name, value) = name_and_value(call)?;
        let conf = call.this::<Conf>()?;
        if !conf.persistence.set(name.to_bytes(), value.to_bytes())? {
            conf.native.set(name, value)?;
            conf.persistence.record(name.to_bytes(), value.to_bytes());
        }
        Ok(())
    }

    fn conf_set_default_topic_conf(call) {
        let mut topic_conf: *mut zval = ptr::null_mut();
        parse_args!(call, "O", &mut topic_conf, TOPIC_CONF.get());
        let topic_conf = object_state::<NativeTopicConf>(topic_conf)?;
        let conf = call.this::<Conf>()?;
        conf.native.set_default_topic_conf(topic_conf);
        let mut dump = Vec::new();
        for (name, value) in topic_conf.dump() {
            dump.extend_from_slice(&(name.len() as u64).to_le_bytes());
            dump.extend_from_slice(&name);
            dump.extend_from_slice(&(value.len() as u64).to_le_bytes());
            dump.extend_from_slice(&value);
        }
        conf.persistence.record(b"default_topic_conf", &dump);
        Ok(())
    }

    fn set_error_cb(call) { set_callback(call, CallbackKind::Error) }
    fn set_dr_msg_cb(call) { set_callback(call, CallbackKind::DeliveryReport) }
    fn set_stats_cb(call) { set_callback(call, CallbackKind::Stats) }
    fn set_rebalance_cb(call) { set_callback(call, CallbackKind::Rebalance) }
    fn set_consume_cb(call) { set_callback(call, CallbackKind::Consume) }
    fn set_offset_commit_cb(call) { set_callback(call, CallbackKind::OffsetCommit) }
    fn set_log_cb(call) { set_callback(call, CallbackKind::Log) }
    fn set_oauthbearer_token_refresh_cb(call) { set_callback(call, CallbackKind::OauthbearerTokenRefresh) }

    fn topic_conf_construct(call) {
        call.no_args()?;
        *call.this_slot::<NativeTopicConf>()? = Some(NativeTopicConf::new());
        Ok(())
    }

    fn topic_conf_dump(call) {
        call.no_args()?;
        let pairs = call.this::<NativeTopicConf>()?.dump();
        dump_array(call, pairs);
        Ok(())
    }

    fn topic_conf_set(call) {
        let (name, value) = name_and_value(call)?;
        call.this::<NativeTopicConf>()?.set(name, value)?;
        Ok(())
    }

    fn set_partitioner(call) {
        let id = call.long_arg()?;
        let topic_conf = call.this::<NativeTopicConf>()?;
        let partitioner = Partitioner::from_id(id)
            .ok_or_else(|| PhpError::new(ExClass::InvalidArgument, "Invalid partitioner given", 0))?;
        topic_conf.set_partitioner(partitioner);
        Ok(())
    }
}

const CALLBACK: [super::zend::Param; 1] = [param("callback", Ty::CALLABLE)];
const VOID: Ret = Ret::Tentative(Ty::VOID);
// The value may be a secret (sasl.password, ssl.key.password...): kept out of stack traces.
const NAME_VALUE: [super::zend::Param; 2] =
    [param("name", Ty::STRING), param("value", Ty::STRING).sensitive()];

static CONF_METHODS: [Method; 12] = [
    Method::new("__construct", conf_construct, &[], Ret::None),
    Method::new("dump", conf_dump, &[], Ret::Tentative(Ty::ARRAY)),
    Method::new("set", conf_set, &NAME_VALUE, VOID),
    Method::new(
        "setDefaultTopicConf",
        conf_set_default_topic_conf,
        &[param("topic_conf", Ty::class("RdKafka\\TopicConf"))],
        VOID,
    )
    .deprecated(),
    Method::new("setErrorCb", set_error_cb, &CALLBACK, VOID),
    Method::new("setDrMsgCb", set_dr_msg_cb, &CALLBACK, VOID),
    Method::new("setStatsCb", set_stats_cb, &CALLBACK, VOID),
    Method::new("setRebalanceCb", set_rebalance_cb, &CALLBACK, VOID),
    Method::new("setConsumeCb", set_consume_cb, &CALLBACK, VOID),
    Method::new("setOffsetCommitCb", set_offset_commit_cb, &CALLBACK, VOID),
    Method::new("setLogCb", set_log_cb, &CALLBACK, VOID),
    Method::new("setOauthbearerTokenRefreshCb", set_oauthbearer_token_refresh_cb, &CALLBACK, VOID),
];

static TOPIC_CONF_METHODS: [Method; 4] = [
    Method::new("__construct", topic_conf_construct, &[], Ret::None),
    Method::new("dump", topic_conf_dump, &[], Ret::Tentative(Ty::ARRAY)),
    Method::new("set", topic_conf_set, &NAME_VALUE, VOID),
    Method::new("setPartitioner", set_partitioner, &[param("partitioner", Ty::INT)], VOID),
];

pub fn register_conf() -> *mut zend_class_entry {
    CONF.set(register_class(ClassDef::native::<Conf>("RdKafka\\Conf", &CONF_METHODS)))
}

pub fn register_topic_conf() -> *mut zend_class_entry {
    TOPIC_CONF
        .set(register_class(ClassDef::native::<NativeTopicConf>("RdKafka\\TopicConf", &TOPIC_CONF_METHODS)))
}
