//! `RdKafka\ConsumerGroupMetadata`, `KafkaConsumer::getConsumerGroupMetadata()` and
//! `Producer::sendOffsetsToTransaction()`: exactly-once consume-transform-produce, with the
//! names and signatures of php-rdkafka's 7.x line. The class is final and cannot be cloned.

use super::kafka_consumer::KafkaConsumer;
use super::rdkafka::{clamp_c_int, partitions_arg, transaction, ClientObject};
use super::zend::narrow;
use super::zend::{
    bytes_arg, bytes_zval, handlers, long_zval, new_native, object_state, optional, param, parse_args,
    register_class, str_arg, Call, ClassDef, ClassSlot, ExClass, HandlerSlot, Method, NativeClass, PhpError,
    PhpResult, Ret, Ty,
};
use crate::kafka::admin::GroupMetadata;
use ext_php_rs::ffi::{zval, HashTable};
use ext_php_rs::types::Zval;
use std::ffi::c_char;
use std::ptr;

pub static CONSUMER_GROUP_METADATA: ClassSlot = ClassSlot::new();
static HANDLERS: HandlerSlot = HandlerSlot::new();

impl NativeClass for GroupMetadata {
    const UNCONSTRUCTED: &'static str = "RdKafka\\ConsumerGroupMetadata::__construct() has not been called";

    fn handlers() -> &'static HandlerSlot {
        &HANDLERS
    }
}

fn metadata(call: &mut Call) -> PhpResult<&mut GroupMetadata> {
    call.no_args()?;
    call.this::<GroupMetadata>()
}

handlers! {
    fn construct(call) {
        let (mut group, mut group_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let mut generation: i64 = -1;
        let (mut member, mut member_len): (*mut c_char, usize) = (c"".as_ptr().cast_mut(), 0);
        let (mut instance, mut instance_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        parse_args!(
            call, "s|lss!", &mut group, &mut group_len, &mut generation, &mut member, &mut member_len,
            &mut instance, &mut instance_len,
        );
        let metadata = GroupMetadata::new(
            str_arg(group, group_len),
            narrow(generation, "generation_id")?,
            str_arg(member, member_len),
            bytes_arg(instance, instance_len),
        )?;
        *call.this_slot::<GroupMetadata>()? = Some(metadata);
        Ok(())
    }

    fn get_group_id(call) {
        let value = bytes_zval(&metadata(call)?.group_id());
        *call.ret() = value;
        Ok(())
    }

    fn get_member_id(call) {
        let value = bytes_zval(&metadata(call)?.member_id());
        *call.ret() = value;
        Ok(())
    }

    fn get_group_instance_id(call) {
        let value = metadata(call)?.group_instance_id().map_or_else(Zval::new, |id| bytes_zval(&id));
        *call.ret() = value;
        Ok(())
    }

    fn get_generation_id(call) {
        let value = long_zval(metadata(call)?.generation_id().into());
        *call.ret() = value;
        Ok(())
    }

    /// php-rdkafka 7.x's text when librdkafka has no group metadata for the client.
    fn get_consumer_group_metadata(call) {
        call.no_args()?;
        let metadata = call.this::<KafkaConsumer>()?.client().consumer_group_metadata();
        let metadata = metadata.ok_or_else(|| PhpError::new(ExClass::Kafka, "Failed to get consumer group metadata", 0))?;
        *call.ret() = new_native(CONSUMER_GROUP_METADATA.get(), metadata);
        Ok(())
    }

    /// Failures throw KafkaErrorException with librdkafka's retriable/abortable/fatal flags.
    fn send_offsets_to_transaction(call) {
        let (mut offsets, mut metadata, mut timeout_ms): (*mut HashTable, *mut zval, i64) =
            (ptr::null_mut(), ptr::null_mut(), 0);
        parse_args!(call, "hOl", &mut offsets, &mut metadata, CONSUMER_GROUP_METADATA.get(), &mut timeout_ms);
        let offsets = partitions_arg(offsets, "RdKafka\\Producer::sendOffsetsToTransaction")?;
        let metadata = object_state::<GroupMetadata>(metadata)?;
        let timeout = clamp_c_int(timeout_ms);
        transaction(call, |client| client.send_offsets_to_transaction(&offsets, metadata, timeout))
    }
}

const TENTATIVE_STRING: Ret = Ret::Tentative(Ty::STRING);

static METHODS: [Method; 5] = [
    Method::new(
        "__construct",
        construct,
        &[
            param("group_id", Ty::STRING),
            optional("generation_id", Ty::INT, "-1"),
            optional("member_id", Ty::STRING, "\"\""),
            optional("group_instance_id", Ty::STRING.nullable(), "null"),
        ],
        Ret::None,
    ),
    Method::new("getGroupId", get_group_id, &[], TENTATIVE_STRING),
    Method::new("getMemberId", get_member_id, &[], TENTATIVE_STRING),
    Method::new("getGroupInstanceId", get_group_instance_id, &[], Ret::Tentative(Ty::STRING.nullable())),
    Method::new("getGenerationId", get_generation_id, &[], Ret::Tentative(Ty::INT)),
];

pub const GET_CONSUMER_GROUP_METADATA: Method = Method::new(
    "getConsumerGroupMetadata",
    get_consumer_group_metadata,
    &[],
    Ret::Tentative(Ty::class("RdKafka\\ConsumerGroupMetadata")),
);

pub const SEND_OFFSETS_TO_TRANSACTION: Method = Method::new(
    "sendOffsetsToTransaction",
    send_offsets_to_transaction,
    &[
        param("offsets", Ty::ARRAY),
        param("metadata", Ty::class("RdKafka\\ConsumerGroupMetadata")),
        param("timeout_ms", Ty::INT),
    ],
    Ret::Tentative(Ty::VOID),
);

pub fn register() {
    let def = ClassDef::native::<GroupMetadata>("RdKafka\\ConsumerGroupMetadata", &METHODS);
    CONSUMER_GROUP_METADATA.set(register_class(ClassDef { final_: true, ..def }));
}
