//! `RdKafka\Message`: a plain object with php-rdkafka's ten typed public properties, so
//! `var_dump`, `get_object_vars`, `json_encode`, property writes and clone behave as PHP's own.

use super::zend::{
    array_set_bytes_key, bytes_zval, handlers, init_slot, long_zval, new_object, public_prop, read_property,
    register_class, ClassDef, ClassSlot, Method, Prop, Ret, Ty,
};
use crate::kafka::error::err2str;
use crate::kafka::message::MessageView;
use ext_php_rs::types::{ZendHashTable, Zval};

pub static MESSAGE: ClassSlot = ClassSlot::new();

/// The declared properties, in php-rdkafka's order (the order `var_dump` shows).
static PROPS: [Prop; 10] = [
    public_prop("err", Ty::INT, false),
    public_prop("topic_name", Ty::STRING.nullable(), true),
    public_prop("timestamp", Ty::INT.nullable(), true),
    public_prop("partition", Ty::INT, false),
    public_prop("payload", Ty::STRING.nullable(), true),
    public_prop("len", Ty::INT.nullable(), true),
    public_prop("key", Ty::STRING.nullable(), true),
    public_prop("offset", Ty::INT, false),
    public_prop("headers", Ty::ARRAY, false),
    public_prop("opaque", Ty::STRING.nullable(), true),
];

/// Slot indexes of the declared properties (their order in `PROPS`).
mod slot {
    pub const ERR: usize = 0;
    pub const TOPIC_NAME: usize = 1;
    pub const TIMESTAMP: usize = 2;
    pub const PARTITION: usize = 3;
    pub const PAYLOAD: usize = 4;
    pub const LEN: usize = 5;
    pub const KEY: usize = 6;
    pub const OFFSET: usize = 7;
    pub const HEADERS: usize = 8;
    pub const OPAQUE: usize = 9;
}

/// A Message built as php-rdkafka builds it: err, partition and offset always; topic_name
/// when the message has a topic; payload, len and timestamp only with a payload; key when
/// present; headers only for successful messages; the opaque only in delivery reports.
pub fn message_zval(msg: &MessageView<'_>, opaque: Option<Zval>) -> Zval {
    let message = new_object(MESSAGE.get());
    let set = |idx: usize, value: Zval| init_slot(&message, idx, value);
    set(slot::ERR, long_zval(msg.err()));
    if let Some(topic) = msg.topic_name() {
        set(slot::TOPIC_NAME, bytes_zval(topic));
    }
    set(slot::PARTITION, long_zval(msg.partition().into()));
    if let Some(payload) = msg.payload() {
        set(slot::TIMESTAMP, long_zval(msg.timestamp()));
        set(slot::PAYLOAD, bytes_zval(payload));
        set(slot::LEN, long_zval(payload.len() as i64));
    }
    if let Some(key) = msg.key() {
        set(slot::KEY, bytes_zval(key));
    }
    set(slot::OFFSET, long_zval(msg.offset()));
    let headers = if msg.err() == 0 { msg.headers() } else { Vec::new() };
    let mut table = ZendHashTable::with_capacity(headers.len() as u32);
    for (name, value) in headers {
        array_set_bytes_key(&mut table, name, bytes_zval(value.unwrap_or_default()));
    }
    let mut headers = Zval::new();
    headers.set_hashtable(table);
    set(slot::HEADERS, headers);
    if let Some(opaque) = opaque {
        set(slot::OPAQUE, opaque);
    }
    message
}

handlers! {
    fn errstr(call) {
        call.no_args()?;
        // Reading an uninitialized $err throws the engine's typed-property Error.
        let err = read_property(MESSAGE.get(), call.this_object(), "err")?;
        let code = err.long().unwrap_or_default();
        call.ret().set_string(&err2str(code), false).ok();
        Ok(())
    }
}

static METHODS: [Method; 1] = [Method::new("errstr", errstr, &[], Ret::Tentative(Ty::STRING.nullable()))];

pub fn register() {
    let mut def = ClassDef::new("RdKafka\\Message", &METHODS);
    def.props = &PROPS;
    MESSAGE.set(register_class(def));
}
