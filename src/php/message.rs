//! `RdKafka\Message`: a plain object with php-rdkafka's ten typed public properties, so
//! `var_dump`, `get_object_vars`, `json_encode`, property writes and clone behave as PHP's own.

use super::zend::{
    handlers, public_prop, read_property, register_class, ClassDef, ClassSlot, Method,
    Prop, Ret, Ty,
};
use crate::kafka::error::err2str;

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

static METHODS: [Method; 1] =
    [Method::new("errstr", errstr, &[], Ret::Tentative(Ty::STRING.nullable()))];

pub fn register() {
    let mut def = ClassDef::new("RdKafka\\Message", &METHODS);
    def.props = &PROPS;
    MESSAGE.set(register_class(def));
}
