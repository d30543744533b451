//! `\RdKafka` (abstract base) and its two clients, `RdKafka\Producer` and `RdKafka\Consumer`.
//!
//! The Rust state lives on `RdKafka`: Producer and Consumer are registered without an object
//! override, inherit its `create_object`, and so every method declared on `RdKafka` works on them
//! and on user subclasses of them.

use super::conf::{Callbacks, Conf, CONF};
use super::zend::{
    handlers, native_hooks, optional, parse_args, private_prop, register_class, Call, ClassDef,
    ClassSlot, ExClass, HandlerSlot, Method, NativeClass, PhpError, PhpResult, Prop, Ret, Ty,
    object_state,
};
use crate::kafka::client::{Client, ClientKind};
use crate::kafka::conf::NativeConf;
use crate::kafka::dispatch::CallbackKind;
use ext_php_rs::ffi::zval;
use ext_php_rs::types::Zval;
use std::ptr;

pub static RDKAFKA: ClassSlot = ClassSlot::new();
pub static CONSUMER: ClassSlot = ClassSlot::new();
pub static PRODUCER: ClassSlot = ClassSlot::new();
static HANDLERS: HandlerSlot = HandlerSlot::new();

/// The Rust state of a Producer or Consumer: the client and its own snapshot of the callables.
pub struct Kafka {
    pub client: Client,
    pub callbacks: Callbacks,
}

impl NativeClass for Kafka {
    // php-rdkafka names the base "RdKafka\Kafka" in this message.
    const UNCONSTRUCTED: &'static str = "RdKafka\\Kafka::__construct() has not been called";

    fn handlers() -> &'static HandlerSlot {
        &HANDLERS
    }

    fn gc_values(&mut self) -> Vec<&mut Zval> {
        self.callbacks.gc_values()
    }
}

/// Builds a client from its own copy of the Conf: later changes to the Conf do not reach it.
fn construct(call: &mut Call, kind: ClientKind) -> PhpResult {
    let mut conf_arg: *mut zval = ptr::null_mut();
    parse_args!(call, "|O!", &mut conf_arg, CONF.get());
    let (mut native, callbacks) = if conf_arg.is_null() {
        (NativeConf::new(), Callbacks::default())
    } else {
        let conf = object_state::<Conf>(conf_arg)?;
        (conf.native.clone(), conf.callbacks.clone())
    };
    if kind == ClientKind::Producer {
        // Delivery reports are always served, to release per-message opaques.
        native.enable_callback(CallbackKind::DeliveryReport);
    }
    let slot = call.this_slot::<Kafka>()?;
    if slot.is_some() {
        return Err(PhpError::new(
            ExClass::Kafka,
            "RdKafka\\Kafka::__construct() has already been called",
            -172,
        ));
    }
    let client = Client::new(kind, native)?;
    *slot = Some(Kafka { client, callbacks });
    Ok(())
}

handlers! {
    fn private_construct(_call) {
        Err(PhpError::new(ExClass::Base, "Private constructor", 0))
    }

    fn producer_construct(call) { construct(call, ClientKind::Producer) }
    fn consumer_construct(call) { construct(call, ClientKind::Consumer) }
}

static RDKAFKA_METHODS: [Method; 1] =
    [Method::new("__construct", private_construct, &[], Ret::None).private()];

const CONF_PARAM: [super::zend::Param; 1] =
    [optional("conf", Ty::class("RdKafka\\Conf").nullable(), "null")];

static PRODUCER_METHODS: [Method; 1] =
    [Method::new("__construct", producer_construct, &CONF_PARAM, Ret::None)];

static CONSUMER_METHODS: [Method; 1] =
    [Method::new("__construct", consumer_construct, &CONF_PARAM, Ret::None)];

/// Declared by php-rdkafka and never written: they only show in var_dump as uninitialized.
static RDKAFKA_PROPS: [Prop; 2] = [
    private_prop("error_cb", Ty::CALLABLE.nullable()),
    private_prop("dr_cb", Ty::CALLABLE.nullable()),
];

pub fn register_rdkafka() {
    let mut def = ClassDef::new("RdKafka", &RDKAFKA_METHODS);
    def.abstract_ = true;
    def.props = &RDKAFKA_PROPS;
    def.native = Some(native_hooks::<Kafka>());
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
