//! `RdKafka\Exception` and `RdKafka\KafkaErrorException`.
//!
//! Both are registered without an object override, so they inherit the engine's exception
//! objects: file, line and trace are those of the PHP call site.

use super::zend::{
    bool_zval, bytes_zval, engine, handlers, long_zval, new_object, param, parse_args, private_prop,
    read_property, register_class, throw_object, update_property, zend_ce_exception, zstr_bytes, ClassDef,
    ClassSlot, Method, PhpError, Prop, Ret, Ty, KAFKA_EXCEPTION,
};
use crate::kafka::error::{err2name, KafkaError};
use ext_php_rs::types::Zval;
use std::ptr;

pub static KAFKA_ERROR_EXCEPTION: ClassSlot = ClassSlot::new();

/// The private properties of KafkaErrorException, in declaration order, with their getters.
const FLAGS: [&str; 3] = ["isFatal", "isRetriable", "transactionRequiresAbort"];

handlers! {
    fn construct(call) {
        let mut message: *mut ext_php_rs::ffi::zend_string = ptr::null_mut();
        let mut code: i64 = 0;
        let mut error_string: *mut ext_php_rs::ffi::zend_string = ptr::null_mut();
        let (mut fatal, mut retriable, mut requires_abort) = (false, false, false);
        // Reflection declares six required parameters; like php-rdkafka, two are enough.
        parse_args!(call, "Sl|Sbbb", &mut message, &mut code, &mut error_string,
            &mut fatal, &mut retriable, &mut requires_abort);
        fill(
            call.this_object(),
            zstr_bytes(message).unwrap_or_default(),
            code,
            zstr_bytes(error_string).unwrap_or_default(),
            [fatal, retriable, requires_abort],
        );
        Ok(())
    }

    fn get_error_string(call) { getter(call, "error_string") }
    fn is_fatal(call) { getter(call, FLAGS[0]) }
    fn is_retriable(call) { getter(call, FLAGS[1]) }
    fn transaction_requires_abort(call) { getter(call, FLAGS[2]) }
}

/// Sets a KafkaErrorException's message, code, error string and the three flags.
fn fill(
    obj: *mut ext_php_rs::ffi::zend_object,
    message: &[u8],
    code: i64,
    error_string: &[u8],
    flags: [bool; 3],
) {
    let base = zend_ce_exception();
    let own = KAFKA_ERROR_EXCEPTION.get();
    update_property(base, obj, "message", bytes_zval(message));
    update_property(base, obj, "code", long_zval(code));
    update_property(own, obj, "error_string", bytes_zval(error_string));
    for (name, value) in FLAGS.iter().zip(flags) {
        update_property(own, obj, name, bool_zval(value));
    }
}

fn getter(call: &mut super::zend::Call, name: &str) -> super::zend::PhpResult {
    call.no_args()?;
    let value = read_property(KAFKA_ERROR_EXCEPTION.get(), call.this_object(), name)?;
    *call.ret() = value;
    Ok(())
}

static KAFKA_ERROR_EXCEPTION_METHODS: [Method; 5] = [
    Method::new(
        "__construct",
        construct,
        &[
            param("message", Ty::STRING),
            param("code", Ty::INT),
            param("error_string", Ty::STRING),
            param("isFatal", Ty::BOOL),
            param("isRetriable", Ty::BOOL),
            param("transactionRequiresAbort", Ty::BOOL),
        ],
        Ret::None,
    )
    // php-rdkafka declares all six required but accepts two. A debug build of PHP ends the
    // process on that mismatch, so there the arginfo says what is accepted.
    .required(if engine::CHECKS_ARGINFO { 2 } else { 6 }),
    Method::new("getErrorString", get_error_string, &[], Ret::Tentative(Ty::STRING)),
    Method::new("isFatal", is_fatal, &[], Ret::Tentative(Ty::BOOL)),
    Method::new("isRetriable", is_retriable, &[], Ret::Tentative(Ty::BOOL)),
    Method::new("transactionRequiresAbort", transaction_requires_abort, &[], Ret::Tentative(Ty::BOOL)),
];

static KAFKA_ERROR_EXCEPTION_PROPS: [Prop; 4] = [
    private_prop("error_string", Ty::STRING),
    private_prop(FLAGS[0], Ty::BOOL),
    private_prop(FLAGS[1], Ty::BOOL),
    private_prop(FLAGS[2], Ty::BOOL),
];

/// Throws a KafkaErrorException for a librdkafka error object (transactions): the message is
/// "<text> (RD_KAFKA_RESP_ERR_<name>)", file and line are the caller's.
pub fn kafka_error_exception(e: KafkaError) -> PhpError {
    throw_object(kafka_error_exception_zval(e));
    PhpError::Thrown
}

/// A KafkaErrorException object for `e`, not thrown: per-item errors in Admin results.
pub fn kafka_error_exception_zval(e: KafkaError) -> Zval {
    let exception = new_object(KAFKA_ERROR_EXCEPTION.get());
    let obj =
        exception.object().map_or(ptr::null_mut(), |o| o as *const _ as *mut ext_php_rs::ffi::zend_object);
    let message = format!("{} (RD_KAFKA_RESP_ERR_{})", e.message, err2name(e.code));
    let flags = [e.is_fatal, e.is_retriable, e.txn_requires_abort];
    fill(obj, message.as_bytes(), e.code, e.message.as_bytes(), flags);
    exception
}

pub fn register_exception() {
    let mut def = ClassDef::new("RdKafka\\Exception", &[]);
    def.parent = Some(zend_ce_exception());
    KAFKA_EXCEPTION.set(register_class(def));
}

pub fn register_kafka_error_exception() {
    let mut def = ClassDef::new("RdKafka\\KafkaErrorException", &KAFKA_ERROR_EXCEPTION_METHODS);
    def.parent = Some(KAFKA_EXCEPTION.get());
    def.props = &KAFKA_ERROR_EXCEPTION_PROPS;
    KAFKA_ERROR_EXCEPTION.set(register_class(def));
}
