//! `RdKafka\TopicPartition`: a topic, partition, offset and error code.

use super::zend::{
    bytes_zval, handlers, long_zval, object_zval, optional, param, parse_args, register_class, zstr_bytes,
    ClassDef, ClassSlot, HandlerSlot, Method, NativeClass, Ret, Ty,
};
use ext_php_rs::ffi::zend_string;
use ext_php_rs::types::Zval;
use std::borrow::Cow;
use std::ptr;

pub static TOPIC_PARTITION: ClassSlot = ClassSlot::new();
static HANDLERS: HandlerSlot = HandlerSlot::new();

/// The Rust state of a TopicPartition: the Rust layer's plain partition entry.
pub use crate::kafka::partition_list::Partition as TopicPartition;

impl NativeClass for TopicPartition {
    const UNCONSTRUCTED: &'static str = "RdKafka\\TopicPartition::__construct() has not been called";

    fn handlers() -> &'static HandlerSlot {
        &HANDLERS
    }

    fn debug_info(state: Option<&Self>) -> Option<Vec<(Cow<'static, str>, Zval)>> {
        Some(state.map_or_else(Vec::new, |tp| {
            vec![
                ("topic".into(), bytes_zval(&tp.topic)),
                ("partition".into(), long_zval(tp.partition.into())),
                ("offset".into(), long_zval(tp.offset)),
                ("err".into(), long_zval(tp.err)),
            ]
        }))
    }
}

/// Fluent setters return `$this`.
fn return_this(call: &mut super::zend::Call) {
    let this = object_zval(call.this_object());
    *call.ret() = this;
}

handlers! {
    fn construct(call) {
        let mut topic: *mut zend_string = ptr::null_mut();
        let mut partition: i64 = 0;
        let mut offset: i64 = 0;
        parse_args!(call, "Sl|l", &mut topic, &mut partition, &mut offset);
        *call.this_slot::<TopicPartition>()? = Some(TopicPartition {
            topic: zstr_bytes(topic).unwrap_or_default().to_vec(),
            partition: partition as i32,
            offset,
            err: 0,
        });
        Ok(())
    }

    fn get_topic(call) {
        call.no_args()?;
        let topic = bytes_zval(&call.this::<TopicPartition>()?.topic);
        *call.ret() = topic;
        Ok(())
    }

    fn set_topic(call) {
        let mut topic: *mut zend_string = ptr::null_mut();
        parse_args!(call, "S", &mut topic);
        call.this::<TopicPartition>()?.topic = zstr_bytes(topic).unwrap_or_default().to_vec();
        return_this(call);
        Ok(())
    }

    fn get_partition(call) {
        call.no_args()?;
        let partition = call.this::<TopicPartition>()?.partition;
        call.ret().set_long(partition);
        Ok(())
    }

    fn set_partition(call) {
        let partition = call.long_arg()?;
        call.this::<TopicPartition>()?.partition = partition as i32;
        return_this(call);
        Ok(())
    }

    fn get_offset(call) {
        call.no_args()?;
        let offset = call.this::<TopicPartition>()?.offset;
        call.ret().set_long(offset);
        Ok(())
    }

    fn set_offset(call) {
        let offset = call.long_arg()?;
        call.this::<TopicPartition>()?.offset = offset;
        return_this(call);
        Ok(())
    }

    fn get_err(call) {
        call.no_args()?;
        let err = call.this::<TopicPartition>()?.err;
        call.ret().set_long(err);
        Ok(())
    }
}

const SELF_TY: Ty = Ty::class("RdKafka\\TopicPartition");

static METHODS: [Method; 8] = [
    Method::new(
        "__construct",
        construct,
        &[param("topic", Ty::STRING), param("partition", Ty::INT), optional("offset", Ty::INT, "0")],
        Ret::None,
    ),
    Method::new("getTopic", get_topic, &[], Ret::Tentative(Ty::STRING.nullable())),
    Method::new("setTopic", set_topic, &[param("topic_name", Ty::STRING)], Ret::Tentative(SELF_TY)),
    Method::new("getPartition", get_partition, &[], Ret::Tentative(Ty::INT)),
    Method::new("setPartition", set_partition, &[param("partition", Ty::INT)], Ret::Tentative(SELF_TY)),
    Method::new("getOffset", get_offset, &[], Ret::Tentative(Ty::INT)),
    Method::new("setOffset", set_offset, &[param("offset", Ty::INT)], Ret::Tentative(SELF_TY)),
    Method::new("getErr", get_err, &[], Ret::Tentative(Ty::INT.nullable())),
];

pub fn register() {
    TOPIC_PARTITION
        .set(register_class(ClassDef::native::<TopicPartition>("RdKafka\\TopicPartition", &METHODS)));
}
