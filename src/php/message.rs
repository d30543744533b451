//! `RdKafka\Message`: a plain object with php-rdkafka's ten typed public properties, so
//! `var_dump`, `get_object_vars`, `json_encode`, property writes and clone behave as PHP's own.

use super::zend::{
    array_set_bytes_key, bytes_zval, empty_array_zval, handlers, long_zval, public_prop, read_property,
    register_class, ClassDef, ClassSlot, FreshObject, Method, Prop, Ret, Ty,
};
use crate::kafka::error::err2str;
use crate::kafka::message::MessageView;
use ext_php_rs::types::{ZendHashTable, Zval};
use std::cell::RefCell;
use std::ffi::c_void;

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

/// Topic-name strings made once per topic and shared by every Message of it.
#[derive(Default)]
pub struct TopicNames(RefCell<Vec<TopicName>>);

/// A topic handle, its name, and the shared string value of that name.
struct TopicName {
    handle: *const c_void,
    name: Box<[u8]>,
    value: Zval,
}

impl TopicNames {
    /// The name of the message's topic as a shared string value.
    fn get(&self, msg: &MessageView<'_>, name: &[u8]) -> Zval {
        let handle = msg.topic_handle();
        let mut names = self.0.borrow_mut();
        // A handle address could be reused by another topic: the name must match too.
        if let Some(known) = names.iter().find(|known| known.handle == handle && *known.name == *name) {
            return known.value.shallow_clone();
        }
        let value = bytes_zval(name);
        names.retain(|known| known.handle != handle);
        names.push(TopicName { handle, name: name.into(), value: value.shallow_clone() });
        value
    }
}

/// A Message built as php-rdkafka builds it: err, partition and offset always; topic_name
/// when the message has a topic; payload, len and timestamp only with a payload; key when
/// present; headers only for successful messages; the opaque only in delivery reports.
pub fn message_zval(msg: &MessageView<'_>, opaque: Option<Zval>, names: &TopicNames) -> Zval {
    let mut slots = FreshObject::<10>::new(MESSAGE.get());
    let err = msg.err();
    slots.set(slot::ERR, long_zval(err));
    if let Some(topic) = msg.topic_name() {
        slots.set(slot::TOPIC_NAME, names.get(msg, topic));
    }
    slots.set(slot::PARTITION, long_zval(msg.partition().into()));
    if let Some(payload) = msg.payload() {
        slots.set(slot::TIMESTAMP, long_zval(msg.timestamp()));
        slots.set(slot::PAYLOAD, bytes_zval(payload));
        slots.set(slot::LEN, long_zval(payload.len() as i64));
    }
    if let Some(key) = msg.key() {
        slots.set(slot::KEY, bytes_zval(key));
    }
    slots.set(slot::OFFSET, long_zval(msg.offset()));
    // Most messages have no headers: they share the engine's empty array.
    let mut headers = (err == 0).then(|| msg.headers());
    let headers = match headers.as_mut().and_then(Iterator::next) {
        None => empty_array_zval(),
        Some(first) => {
            let mut table = ZendHashTable::new();
            for (name, value) in std::iter::once(first).chain(headers.into_iter().flatten()) {
                array_set_bytes_key(&mut table, name, bytes_zval(value.unwrap_or_default()));
            }
            let mut value = Zval::new();
            value.set_hashtable(table);
            value
        }
    };
    slots.set(slot::HEADERS, headers);
    if let Some(opaque) = opaque {
        slots.set(slot::OPAQUE, opaque);
    }
    slots.into_zval()
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
