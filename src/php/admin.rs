//! `RdKafka\Admin\*`: the Admin API, with idealo/php-rdkafka-ffi's names and result shapes
//! (`Client`, the request classes, the `*Options` classes, `TopicResult`, `ConfigResourceResult`,
//! `ConfigEntry`, `GroupResult`), and in the same style what librdkafka 2.12 adds: consumer
//! groups, group offsets, topic and cluster descriptions, offsets by spec.
//!
//! Every operation waits on a reply queue of its own (see `kafka::admin`): no callback of the
//! client runs, and none is lost. Its timeout is the options' request timeout, by default the
//! client's `socket.timeout.ms`.

use super::conf::{Conf, CONF};
use super::exceptions::kafka_error_exception_zval;
use super::rdkafka::{metadata_with, partitions_arg, partitions_zval, Kafka, CONSUMER, PRODUCER, RDKAFKA};
use super::topic_partition::{TopicPartition, TOPIC_PARTITION};
use super::zend::{
    array_arg, array_longs, array_states, bool_zval, bytes_arg, bytes_zval, handlers, long_zval, narrow,
    new_native, object_state, optional, packed_list, param, parse_args, public_prop, register_class, str_arg,
    string_of, variadic, variadic_states, Call, ClassDef, ClassSlot, ExClass, FreshObject, HandlerSlot,
    Method, NativeClass, PhpError, PhpResult, Prop, Ret, Ty,
};
use crate::kafka::admin::{
    self as native, AdminOp, AdminOptions, ConfigEntry, ConfigResourceResult, GroupResult, Node, TopicResult,
};
use crate::kafka::client::{Client, ClientKind};
use crate::kafka::error::KafkaError;
use ext_php_rs::ffi::{zval, HashTable};
use ext_php_rs::types::Zval;
use std::ffi::c_char;
use std::ptr;
use std::rc::Rc;

// ---------------------------------------------------------------------------------------------
// Client

pub static CLIENT: ClassSlot = ClassSlot::new();
static CLIENT_HANDLERS: HandlerSlot = HandlerSlot::new();

/// `RdKafka\Admin\Client`: a client's handle, shared with the Producer or Consumer it came from
/// (the native client lives as long as either object).
pub struct AdminClient {
    client: Rc<Client>,
}

impl NativeClass for AdminClient {
    const UNCONSTRUCTED: &'static str =
        "RdKafka\\Admin\\Client was not created by Client::fromConf(), fromProducer() or fromConsumer()";

    fn handlers() -> &'static HandlerSlot {
        &CLIENT_HANDLERS
    }

    fn check_usable(&self) -> PhpResult {
        Ok(self.client.check_not_inherited()?)
    }
}

fn admin_client(call: &mut Call) -> PhpResult<Rc<Client>> {
    Ok(Rc::clone(&call.this::<AdminClient>()?.client))
}

fn return_client(call: &mut Call, client: Rc<Client>) {
    let object = new_native(call.called_class(), AdminClient { client });
    *call.ret() = object;
}

/// The client of a Producer or Consumer argument.
fn client_of(arg: *mut zval) -> PhpResult<Rc<Client>> {
    let kafka = object_state::<Kafka>(arg)?;
    kafka.check_usable()?;
    Ok(Rc::clone(&kafka.client))
}

/// The options argument of an operation: `None` for null.
fn options_arg<'a>(arg: *mut zval) -> PhpResult<Option<&'a AdminOptions>> {
    match arg.is_null() {
        true => Ok(None),
        false => Ok(Some(&object_state::<Options>(arg)?.native)),
    }
}

/// The request objects of an array argument, which must not be empty.
fn requests<'a, T: NativeClass>(
    array: *mut HashTable,
    method: &str,
    what: &str,
    class: &str,
) -> PhpResult<Vec<&'a T>> {
    let items = array_states::<T>(array, &format!("RdKafka\\Admin\\Client::{method}"), class)?;
    if items.is_empty() {
        return Err(PhpError::new(ExClass::InvalidArgument, format!("{what} array must not be empty"), 0));
    }
    Ok(items)
}

/// The strings of an array argument (group or topic names).
fn names_arg(array: *mut HashTable, what: &str) -> PhpResult<Vec<Vec<u8>>> {
    let names = array_arg(array).map_or(Ok(Vec::new()), |table| {
        table
            .values()
            .map(|value| Ok(string_of(value.dereference())?.as_bytes().to_vec()))
            .collect::<PhpResult<Vec<_>>>()
    })?;
    if names.is_empty() {
        return Err(PhpError::new(ExClass::InvalidArgument, format!("{what} array must not be empty"), 0));
    }
    Ok(names)
}

/// An operation on an array of request objects: `createTopics(array $topics, ?XOptions $options = null)`.
fn array_operation<T: NativeClass, R>(
    call: &mut Call,
    (method, what, class): (&str, &str, &str),
    options_class: &OptionsClass,
    run: impl FnOnce(&Client, &[&T], Option<&AdminOptions>) -> Result<Vec<R>, KafkaError>,
    result: impl Fn(R) -> Zval,
) -> PhpResult {
    let (mut array, mut options): (*mut HashTable, *mut zval) = (ptr::null_mut(), ptr::null_mut());
    parse_args!(call, "h|O!", &mut array, &mut options, options_class.slot.get());
    let items = requests::<T>(array, method, what, class)?;
    let client = admin_client(call)?;
    let results = run(&client, &items, options_arg(options)?)?;
    *call.ret() = list(results, result);
    Ok(())
}

/// An operation on one request object: `deleteConsumerGroupOffsets(X $offsets, ?XOptions $options = null)`.
fn object_operation<T: NativeClass>(
    call: &mut Call,
    class: &ClassSlot,
    options_class: &OptionsClass,
    run: impl FnOnce(&Client, &T, Option<&AdminOptions>) -> Result<Vec<GroupResult>, KafkaError>,
) -> PhpResult {
    let (mut request, mut options): (*mut zval, *mut zval) = (ptr::null_mut(), ptr::null_mut());
    parse_args!(call, "O|O!", &mut request, class.get(), &mut options, options_class.slot.get());
    let request = object_state::<T>(request)?;
    let client = admin_client(call)?;
    let results = run(&client, request, options_arg(options)?)?;
    *call.ret() = list(results, group_result_zval);
    Ok(())
}

/// The options of an operation that takes nothing else.
fn options_only<'a>(call: &mut Call, options_class: &OptionsClass) -> PhpResult<Option<&'a AdminOptions>> {
    let mut options: *mut zval = ptr::null_mut();
    parse_args!(call, "|O!", &mut options, options_class.slot.get());
    options_arg(options)
}

/// An operation on a list of names: `describeTopics(array $topics, ?XOptions $options = null)`.
fn names_operation<R>(
    call: &mut Call,
    what: &str,
    options_class: &OptionsClass,
    run: impl FnOnce(&Client, &[Vec<u8>], Option<&AdminOptions>) -> Result<Vec<R>, KafkaError>,
    result: impl Fn(R) -> Zval,
) -> PhpResult {
    let (mut array, mut options): (*mut HashTable, *mut zval) = (ptr::null_mut(), ptr::null_mut());
    parse_args!(call, "h|O!", &mut array, &mut options, options_class.slot.get());
    let names = names_arg(array, what)?;
    let client = admin_client(call)?;
    let results = run(&client, &names, options_arg(options)?)?;
    *call.ret() = list(results, result);
    Ok(())
}

/// A new options object of `class` for `op`, bound to this client.
fn new_options(call: &mut Call, class: &OptionsClass) -> PhpResult {
    call.no_args()?;
    let client = admin_client(call)?;
    let native = AdminOptions::new(&client, class.op as i64)?;
    *call.ret() = new_native(class.slot.get(), Options { native, _client: client });
    Ok(())
}

handlers! {
    fn client_construct(call) {
        let _ = call;
        Err(PhpError::new(ExClass::Base, "Private constructor", 0))
    }

    fn from_conf(call) {
        let mut conf: *mut zval = ptr::null_mut();
        parse_args!(call, "O", &mut conf, CONF.get());
        // No callback of the Conf runs: nothing serves an Admin client's queue but its own
        // operations, each on its own reply queue.
        let native = object_state::<Conf>(conf)?.native.for_unpolled_producer();
        let client = Client::new(ClientKind::Producer, native, None)?;
        return_client(call, Rc::new(client));
        Ok(())
    }

    fn from_producer(call) {
        let mut producer: *mut zval = ptr::null_mut();
        parse_args!(call, "O", &mut producer, PRODUCER.get());
        let client = client_of(producer)?;
        return_client(call, client);
        Ok(())
    }

    fn from_consumer(call) {
        let mut consumer: *mut zval = ptr::null_mut();
        parse_args!(call, "O", &mut consumer, CONSUMER.get());
        let client = client_of(consumer)?;
        return_client(call, client);
        Ok(())
    }

    fn get_metadata(call) { metadata_with(call, admin_client) }

    /// php-rdkafka-ffi's poll interval while it waits for a result; ours waits on the reply
    /// queue itself, so the value is only checked.
    fn set_wait_for_result_event_timeout(call) {
        let timeout_ms = call.long_arg()?;
        let _ = admin_client(call)?;
        KafkaError::check_range(timeout_ms, 0..=i32::MAX.into(), "timeoutMs")?;
        Ok(())
    }

    fn create_topics(call) {
        array_operation::<native::NewTopic, _>(
            call, ("createTopics", "topics", "RdKafka\\Admin\\NewTopic"), &CREATE_TOPICS_OPTIONS,
            Client::create_topics, topic_result_zval,
        )
    }

    fn delete_topics(call) {
        array_operation::<native::DeleteTopic, _>(
            call, ("deleteTopics", "topics", "RdKafka\\Admin\\DeleteTopic"), &DELETE_TOPICS_OPTIONS,
            Client::delete_topics, topic_result_zval,
        )
    }

    fn create_partitions(call) {
        array_operation::<native::NewPartitions, _>(
            call, ("createPartitions", "partitions", "RdKafka\\Admin\\NewPartitions"), &CREATE_PARTITIONS_OPTIONS,
            Client::create_partitions, topic_result_zval,
        )
    }

    fn alter_configs(call) {
        array_operation::<native::ConfigResource, _>(
            call, ("alterConfigs", "resources", "RdKafka\\Admin\\ConfigResource"), &ALTER_CONFIGS_OPTIONS,
            Client::alter_configs, config_resource_result_zval,
        )
    }

    fn incremental_alter_configs(call) {
        array_operation::<native::ConfigResource, _>(
            call, ("incrementalAlterConfigs", "resources", "RdKafka\\Admin\\ConfigResource"), &INCREMENTAL_ALTER_CONFIGS_OPTIONS,
            Client::incremental_alter_configs, config_resource_result_zval,
        )
    }

    fn describe_configs(call) {
        array_operation::<native::ConfigResource, _>(
            call, ("describeConfigs", "resources", "RdKafka\\Admin\\ConfigResource"), &DESCRIBE_CONFIGS_OPTIONS,
            Client::describe_configs, config_resource_result_zval,
        )
    }

    /// php-rdkafka-ffi returns the partitions' new low watermarks as TopicPartition objects.
    fn delete_records(call) {
        let (mut array, mut options): (*mut HashTable, *mut zval) = (ptr::null_mut(), ptr::null_mut());
        parse_args!(call, "h|O!", &mut array, &mut options, DELETE_RECORDS_OPTIONS.slot.get());
        let records = requests::<native::DeleteRecords>(array, "deleteRecords", "records", "RdKafka\\Admin\\DeleteRecords")?;
        let client = admin_client(call)?;
        *call.ret() = partitions_zval(client.delete_records(&records, options_arg(options)?)?);
        Ok(())
    }

    fn delete_groups(call) {
        array_operation::<native::DeleteGroup, _>(
            call, ("deleteGroups", "groups", "RdKafka\\Admin\\DeleteGroup"), &DELETE_GROUPS_OPTIONS,
            Client::delete_groups, group_result_zval,
        )
    }

    fn delete_consumer_group_offsets(call) {
        object_operation::<native::DeleteConsumerGroupOffsets>(
            call, &DELETE_CONSUMER_GROUP_OFFSETS, &DELETE_CONSUMER_GROUP_OFFSETS_OPTIONS, Client::delete_consumer_group_offsets,
        )
    }

    fn list_consumer_group_offsets(call) {
        object_operation::<native::ListConsumerGroupOffsets>(
            call, &LIST_CONSUMER_GROUP_OFFSETS, &LIST_CONSUMER_GROUP_OFFSETS_OPTIONS, Client::list_consumer_group_offsets,
        )
    }

    fn alter_consumer_group_offsets(call) {
        object_operation::<native::AlterConsumerGroupOffsets>(
            call, &ALTER_CONSUMER_GROUP_OFFSETS, &ALTER_CONSUMER_GROUP_OFFSETS_OPTIONS, Client::alter_consumer_group_offsets,
        )
    }

    fn list_consumer_groups(call) {
        let options = options_only(call, &LIST_CONSUMER_GROUPS_OPTIONS)?;
        let client = admin_client(call)?;
        let (groups, errors) = client.list_consumer_groups(options)?;
        let groups = list(groups, |g| {
            object(&CONSUMER_GROUP_LISTING, [
                bytes_zval(&g.group_id),
                bool_zval(g.is_simple),
                long_zval(g.state),
                long_zval(g.group_type),
            ])
        });
        let errors = list(errors, kafka_error_exception_zval);
        *call.ret() = object(&LIST_CONSUMER_GROUPS_RESULT, [groups, errors]);
        Ok(())
    }

    fn describe_consumer_groups(call) {
        names_operation(
            call, "groups", &DESCRIBE_CONSUMER_GROUPS_OPTIONS,
            Client::describe_consumer_groups, group_description_zval,
        )
    }

    fn describe_topics(call) {
        names_operation(
            call, "topics", &DESCRIBE_TOPICS_OPTIONS,
            Client::describe_topics, topic_description_zval,
        )
    }

    fn describe_cluster(call) {
        let options = options_only(call, &DESCRIBE_CLUSTER_OPTIONS)?;
        let client = admin_client(call)?;
        let cluster = client.describe_cluster(options)?;
        *call.ret() = object(&CLUSTER_DESCRIPTION, [
            optional_bytes_zval(cluster.cluster_id.as_deref()),
            node_zval(cluster.controller),
            nodes_zval(cluster.nodes),
            operations_zval(cluster.authorized_operations),
        ]);
        Ok(())
    }

    fn list_offsets(call) {
        let (mut array, mut options): (*mut HashTable, *mut zval) = (ptr::null_mut(), ptr::null_mut());
        parse_args!(call, "h|O!", &mut array, &mut options, LIST_OFFSETS_OPTIONS.slot.get());
        let specs = partitions_arg(array, "RdKafka\\Admin\\Client::listOffsets")?;
        if specs.is_empty() {
            return Err(PhpError::new(ExClass::InvalidArgument, "partitions array must not be empty", 0));
        }
        let client = admin_client(call)?;
        let listed = client.list_offsets(&specs, options_arg(options)?)?;
        *call.ret() = list(listed, |l| {
            object(&LIST_OFFSETS_RESULT_INFO, [new_native(TOPIC_PARTITION.get(), l.partition), long_zval(l.timestamp)])
        });
        Ok(())
    }

    fn new_create_topics_options(call) { new_options(call, &CREATE_TOPICS_OPTIONS) }
    fn new_delete_topics_options(call) { new_options(call, &DELETE_TOPICS_OPTIONS) }
    fn new_create_partitions_options(call) { new_options(call, &CREATE_PARTITIONS_OPTIONS) }
    fn new_alter_configs_options(call) { new_options(call, &ALTER_CONFIGS_OPTIONS) }
    fn new_describe_configs_options(call) { new_options(call, &DESCRIBE_CONFIGS_OPTIONS) }
    fn new_delete_records_options(call) { new_options(call, &DELETE_RECORDS_OPTIONS) }
    fn new_delete_groups_options(call) { new_options(call, &DELETE_GROUPS_OPTIONS) }
    fn new_delete_consumer_group_offsets_options(call) { new_options(call, &DELETE_CONSUMER_GROUP_OFFSETS_OPTIONS) }
    fn new_list_consumer_groups_options(call) { new_options(call, &LIST_CONSUMER_GROUPS_OPTIONS) }
    fn new_describe_consumer_groups_options(call) { new_options(call, &DESCRIBE_CONSUMER_GROUPS_OPTIONS) }
    fn new_list_consumer_group_offsets_options(call) { new_options(call, &LIST_CONSUMER_GROUP_OFFSETS_OPTIONS) }
    fn new_alter_consumer_group_offsets_options(call) { new_options(call, &ALTER_CONSUMER_GROUP_OFFSETS_OPTIONS) }
    fn new_describe_topics_options(call) { new_options(call, &DESCRIBE_TOPICS_OPTIONS) }
    fn new_describe_cluster_options(call) { new_options(call, &DESCRIBE_CLUSTER_OPTIONS) }
    fn new_incremental_alter_configs_options(call) {
        new_options(call, &INCREMENTAL_ALTER_CONFIGS_OPTIONS)
    }
    fn new_list_offsets_options(call) { new_options(call, &LIST_OFFSETS_OPTIONS) }
}

const CLIENT_TY: Ty = Ty::class("RdKafka\\Admin\\Client");
const VOID: Ret = Ret::Real(Ty::VOID);
const ARRAY: Ret = Ret::Real(Ty::ARRAY);

const fn options_param(class: &'static str) -> super::zend::Param {
    optional("options", Ty::class(class).nullable(), "null")
}

static CLIENT_METHODS: [Method; 38] = [
    Method::new("__construct", client_construct, &[], Ret::None).private(),
    Method::new("fromConf", from_conf, &[param("conf", Ty::class("RdKafka\\Conf"))], Ret::Real(CLIENT_TY))
        .static_(),
    Method::new(
        "fromConsumer",
        from_consumer,
        &[param("consumer", Ty::class("RdKafka\\Consumer"))],
        Ret::Real(CLIENT_TY),
    )
    .static_(),
    Method::new(
        "fromProducer",
        from_producer,
        &[param("producer", Ty::class("RdKafka\\Producer"))],
        Ret::Real(CLIENT_TY),
    )
    .static_(),
    Method::new(
        "alterConfigs",
        alter_configs,
        &[param("resources", Ty::ARRAY), options_param("RdKafka\\Admin\\AlterConfigsOptions")],
        ARRAY,
    ),
    Method::new(
        "describeConfigs",
        describe_configs,
        &[param("resources", Ty::ARRAY), options_param("RdKafka\\Admin\\DescribeConfigsOptions")],
        ARRAY,
    ),
    Method::new(
        "createPartitions",
        create_partitions,
        &[param("partitions", Ty::ARRAY), options_param("RdKafka\\Admin\\CreatePartitionsOptions")],
        ARRAY,
    ),
    Method::new(
        "createTopics",
        create_topics,
        &[param("topics", Ty::ARRAY), options_param("RdKafka\\Admin\\CreateTopicsOptions")],
        ARRAY,
    ),
    Method::new(
        "deleteTopics",
        delete_topics,
        &[param("topics", Ty::ARRAY), options_param("RdKafka\\Admin\\DeleteTopicsOptions")],
        ARRAY,
    ),
    Method::new(
        "deleteRecords",
        delete_records,
        &[param("records", Ty::ARRAY), options_param("RdKafka\\Admin\\DeleteRecordsOptions")],
        ARRAY,
    ),
    Method::new(
        "deleteConsumerGroupOffsets",
        delete_consumer_group_offsets,
        &[
            param("offsets", Ty::class("RdKafka\\Admin\\DeleteConsumerGroupOffsets")),
            options_param("RdKafka\\Admin\\DeleteConsumerGroupOffsetsOptions"),
        ],
        ARRAY,
    ),
    Method::new(
        "deleteGroups",
        delete_groups,
        &[param("groups", Ty::ARRAY), options_param("RdKafka\\Admin\\DeleteGroupsOptions")],
        ARRAY,
    ),
    Method::new(
        "listConsumerGroups",
        list_consumer_groups,
        &[options_param("RdKafka\\Admin\\ListConsumerGroupsOptions")],
        Ret::Real(Ty::class("RdKafka\\Admin\\ListConsumerGroupsResult")),
    ),
    Method::new(
        "describeConsumerGroups",
        describe_consumer_groups,
        &[param("groups", Ty::ARRAY), options_param("RdKafka\\Admin\\DescribeConsumerGroupsOptions")],
        ARRAY,
    ),
    Method::new(
        "listConsumerGroupOffsets",
        list_consumer_group_offsets,
        &[
            param("offsets", Ty::class("RdKafka\\Admin\\ListConsumerGroupOffsets")),
            options_param("RdKafka\\Admin\\ListConsumerGroupOffsetsOptions"),
        ],
        ARRAY,
    ),
    Method::new(
        "alterConsumerGroupOffsets",
        alter_consumer_group_offsets,
        &[
            param("offsets", Ty::class("RdKafka\\Admin\\AlterConsumerGroupOffsets")),
            options_param("RdKafka\\Admin\\AlterConsumerGroupOffsetsOptions"),
        ],
        ARRAY,
    ),
    Method::new(
        "describeTopics",
        describe_topics,
        &[param("topics", Ty::ARRAY), options_param("RdKafka\\Admin\\DescribeTopicsOptions")],
        ARRAY,
    ),
    Method::new(
        "describeCluster",
        describe_cluster,
        &[options_param("RdKafka\\Admin\\DescribeClusterOptions")],
        Ret::Real(Ty::class("RdKafka\\Admin\\ClusterDescription")),
    ),
    Method::new(
        "listOffsets",
        list_offsets,
        &[param("partitions", Ty::ARRAY), options_param("RdKafka\\Admin\\ListOffsetsOptions")],
        ARRAY,
    ),
    Method::new(
        "getMetadata",
        get_metadata,
        &[
            param("all_topics", Ty::BOOL),
            param("only_topic", Ty::class("RdKafka\\Topic").nullable()),
            param("timeout_ms", Ty::INT),
        ],
        Ret::Real(Ty::class("RdKafka\\Metadata")),
    ),
    Method::new(
        "newCreateTopicsOptions",
        new_create_topics_options,
        &[],
        Ret::Real(Ty::class("RdKafka\\Admin\\CreateTopicsOptions")),
    ),
    Method::new(
        "newCreatePartitionsOptions",
        new_create_partitions_options,
        &[],
        Ret::Real(Ty::class("RdKafka\\Admin\\CreatePartitionsOptions")),
    ),
    Method::new(
        "newAlterConfigsOptions",
        new_alter_configs_options,
        &[],
        Ret::Real(Ty::class("RdKafka\\Admin\\AlterConfigsOptions")),
    ),
    Method::new(
        "newDeleteTopicsOptions",
        new_delete_topics_options,
        &[],
        Ret::Real(Ty::class("RdKafka\\Admin\\DeleteTopicsOptions")),
    ),
    Method::new(
        "newDescribeConfigsOptions",
        new_describe_configs_options,
        &[],
        Ret::Real(Ty::class("RdKafka\\Admin\\DescribeConfigsOptions")),
    ),
    Method::new(
        "newDeleteRecordsOptions",
        new_delete_records_options,
        &[],
        Ret::Real(Ty::class("RdKafka\\Admin\\DeleteRecordsOptions")),
    ),
    Method::new(
        "newDeleteConsumerGroupOffsetsOptions",
        new_delete_consumer_group_offsets_options,
        &[],
        Ret::Real(Ty::class("RdKafka\\Admin\\DeleteConsumerGroupOffsetsOptions")),
    ),
    Method::new(
        "newDeleteGroupsOptions",
        new_delete_groups_options,
        &[],
        Ret::Real(Ty::class("RdKafka\\Admin\\DeleteGroupsOptions")),
    ),
    Method::new(
        "newListConsumerGroupsOptions",
        new_list_consumer_groups_options,
        &[],
        Ret::Real(Ty::class("RdKafka\\Admin\\ListConsumerGroupsOptions")),
    ),
    Method::new(
        "newDescribeConsumerGroupsOptions",
        new_describe_consumer_groups_options,
        &[],
        Ret::Real(Ty::class("RdKafka\\Admin\\DescribeConsumerGroupsOptions")),
    ),
    Method::new(
        "setWaitForResultEventTimeout",
        set_wait_for_result_event_timeout,
        &[param("timeoutMs", Ty::INT)],
        VOID,
    ),
    Method::new(
        "newListConsumerGroupOffsetsOptions",
        new_list_consumer_group_offsets_options,
        &[],
        Ret::Real(Ty::class("RdKafka\\Admin\\ListConsumerGroupOffsetsOptions")),
    ),
    Method::new(
        "newAlterConsumerGroupOffsetsOptions",
        new_alter_consumer_group_offsets_options,
        &[],
        Ret::Real(Ty::class("RdKafka\\Admin\\AlterConsumerGroupOffsetsOptions")),
    ),
    Method::new(
        "newDescribeTopicsOptions",
        new_describe_topics_options,
        &[],
        Ret::Real(Ty::class("RdKafka\\Admin\\DescribeTopicsOptions")),
    ),
    Method::new(
        "newDescribeClusterOptions",
        new_describe_cluster_options,
        &[],
        Ret::Real(Ty::class("RdKafka\\Admin\\DescribeClusterOptions")),
    ),
    Method::new(
        "newListOffsetsOptions",
        new_list_offsets_options,
        &[],
        Ret::Real(Ty::class("RdKafka\\Admin\\ListOffsetsOptions")),
    ),
    Method::new(
        "incrementalAlterConfigs",
        incremental_alter_configs,
        &[param("resources", Ty::ARRAY), options_param("RdKafka\\Admin\\IncrementalAlterConfigsOptions")],
        ARRAY,
    ),
    Method::new(
        "newIncrementalAlterConfigsOptions",
        new_incremental_alter_configs_options,
        &[],
        Ret::Real(Ty::class("RdKafka\\Admin\\IncrementalAlterConfigsOptions")),
    ),
];

// ---------------------------------------------------------------------------------------------
// Options

pub static OPTIONS: ClassSlot = ClassSlot::new();
static OPTIONS_HANDLERS: HandlerSlot = HandlerSlot::new();

/// `RdKafka\Admin\Options` and its per-operation subclasses.
pub struct Options {
    native: AdminOptions,
    /// librdkafka made the options for this client.
    _client: Rc<Client>,
}

impl NativeClass for Options {
    const UNCONSTRUCTED: &'static str = "RdKafka\\Admin\\Options::__construct() has not been called";

    fn handlers() -> &'static HandlerSlot {
        &OPTIONS_HANDLERS
    }
}

/// An options class: its name, class entry and operation.
struct OptionsClass {
    name: &'static str,
    slot: ClassSlot,
    op: AdminOp,
}

impl OptionsClass {
    const fn new(name: &'static str, op: AdminOp) -> Self {
        OptionsClass { name, slot: ClassSlot::new(), op }
    }
}

static CREATE_TOPICS_OPTIONS: OptionsClass =
    OptionsClass::new("RdKafka\\Admin\\CreateTopicsOptions", AdminOp::RD_KAFKA_ADMIN_OP_CREATETOPICS);
static DELETE_TOPICS_OPTIONS: OptionsClass =
    OptionsClass::new("RdKafka\\Admin\\DeleteTopicsOptions", AdminOp::RD_KAFKA_ADMIN_OP_DELETETOPICS);
static CREATE_PARTITIONS_OPTIONS: OptionsClass =
    OptionsClass::new("RdKafka\\Admin\\CreatePartitionsOptions", AdminOp::RD_KAFKA_ADMIN_OP_CREATEPARTITIONS);
static ALTER_CONFIGS_OPTIONS: OptionsClass =
    OptionsClass::new("RdKafka\\Admin\\AlterConfigsOptions", AdminOp::RD_KAFKA_ADMIN_OP_ALTERCONFIGS);
static DESCRIBE_CONFIGS_OPTIONS: OptionsClass =
    OptionsClass::new("RdKafka\\Admin\\DescribeConfigsOptions", AdminOp::RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS);
static DELETE_RECORDS_OPTIONS: OptionsClass =
    OptionsClass::new("RdKafka\\Admin\\DeleteRecordsOptions", AdminOp::RD_KAFKA_ADMIN_OP_DELETERECORDS);
static DELETE_GROUPS_OPTIONS: OptionsClass =
    OptionsClass::new("RdKafka\\Admin\\DeleteGroupsOptions", AdminOp::RD_KAFKA_ADMIN_OP_DELETEGROUPS);
static DELETE_CONSUMER_GROUP_OFFSETS_OPTIONS: OptionsClass = OptionsClass::new(
    "RdKafka\\Admin\\DeleteConsumerGroupOffsetsOptions",
    AdminOp::RD_KAFKA_ADMIN_OP_DELETECONSUMERGROUPOFFSETS,
);
static LIST_CONSUMER_GROUPS_OPTIONS: OptionsClass = OptionsClass::new(
    "RdKafka\\Admin\\ListConsumerGroupsOptions",
    AdminOp::RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS,
);
static DESCRIBE_CONSUMER_GROUPS_OPTIONS: OptionsClass = OptionsClass::new(
    "RdKafka\\Admin\\DescribeConsumerGroupsOptions",
    AdminOp::RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS,
);
static LIST_CONSUMER_GROUP_OFFSETS_OPTIONS: OptionsClass = OptionsClass::new(
    "RdKafka\\Admin\\ListConsumerGroupOffsetsOptions",
    AdminOp::RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS,
);
static ALTER_CONSUMER_GROUP_OFFSETS_OPTIONS: OptionsClass = OptionsClass::new(
    "RdKafka\\Admin\\AlterConsumerGroupOffsetsOptions",
    AdminOp::RD_KAFKA_ADMIN_OP_ALTERCONSUMERGROUPOFFSETS,
);
static DESCRIBE_TOPICS_OPTIONS: OptionsClass =
    OptionsClass::new("RdKafka\\Admin\\DescribeTopicsOptions", AdminOp::RD_KAFKA_ADMIN_OP_DESCRIBETOPICS);
static DESCRIBE_CLUSTER_OPTIONS: OptionsClass =
    OptionsClass::new("RdKafka\\Admin\\DescribeClusterOptions", AdminOp::RD_KAFKA_ADMIN_OP_DESCRIBECLUSTER);
static LIST_OFFSETS_OPTIONS: OptionsClass =
    OptionsClass::new("RdKafka\\Admin\\ListOffsetsOptions", AdminOp::RD_KAFKA_ADMIN_OP_LISTOFFSETS);
static INCREMENTAL_ALTER_CONFIGS_OPTIONS: OptionsClass = OptionsClass::new(
    "RdKafka\\Admin\\IncrementalAlterConfigsOptions",
    AdminOp::RD_KAFKA_ADMIN_OP_INCREMENTALALTERCONFIGS,
);

/// Every options class, in registration order.
static OPTIONS_CLASSES: [&OptionsClass; 16] = [
    &CREATE_TOPICS_OPTIONS,
    &DELETE_TOPICS_OPTIONS,
    &CREATE_PARTITIONS_OPTIONS,
    &ALTER_CONFIGS_OPTIONS,
    &DESCRIBE_CONFIGS_OPTIONS,
    &DELETE_RECORDS_OPTIONS,
    &DELETE_GROUPS_OPTIONS,
    &DELETE_CONSUMER_GROUP_OFFSETS_OPTIONS,
    &LIST_CONSUMER_GROUPS_OPTIONS,
    &DESCRIBE_CONSUMER_GROUPS_OPTIONS,
    &LIST_CONSUMER_GROUP_OFFSETS_OPTIONS,
    &ALTER_CONSUMER_GROUP_OFFSETS_OPTIONS,
    &DESCRIBE_TOPICS_OPTIONS,
    &DESCRIBE_CLUSTER_OPTIONS,
    &LIST_OFFSETS_OPTIONS,
    &INCREMENTAL_ALTER_CONFIGS_OPTIONS,
];

/// Builds the options of `op` for the client of the `RdKafka $kafka` argument.
fn construct_options(call: &mut Call, kafka: *mut zval, op: i64) -> PhpResult {
    let client = client_of(kafka)?;
    let native = AdminOptions::new(&client, op)?;
    *call.this_slot::<Options>()? = Some(Options { native, _client: client });
    Ok(())
}

/// `__construct(RdKafka $kafka)` of the options class at `INDEX` in [`OPTIONS_CLASSES`].
unsafe extern "C" fn options_subclass_construct<const INDEX: usize>(
    ex: *mut ext_php_rs::ffi::zend_execute_data,
    rv: *mut zval,
) {
    fn body<const INDEX: usize>(call: &mut Call) -> PhpResult {
        let mut kafka: *mut zval = ptr::null_mut();
        parse_args!(call, "O", &mut kafka, RDKAFKA.get());
        construct_options(call, kafka, OPTIONS_CLASSES[INDEX].op as i64)
    }
    super::zend::invoke(ex, rv, body::<INDEX>)
}

fn options(call: &mut Call) -> PhpResult<&mut AdminOptions> {
    Ok(&mut call.this::<Options>()?.native)
}

/// An int argument librdkafka takes as a C int.
fn int_arg(call: &mut Call, name: &str) -> PhpResult<i32> {
    narrow(call.long_arg()?, name)
}

fn bool_arg(call: &mut Call) -> PhpResult<bool> {
    let mut value = false;
    parse_args!(call, "b", &mut value);
    Ok(value)
}

handlers! {
    fn options_construct(call) {
        let (mut kafka, mut op): (*mut zval, i64) = (ptr::null_mut(), 0);
        parse_args!(call, "Ol", &mut kafka, RDKAFKA.get(), &mut op);
        construct_options(call, kafka, op)
    }

    fn set_request_timeout(call) {
        let timeout = int_arg(call, "timeout_ms")?;
        Ok(options(call)?.set_request_timeout(timeout)?)
    }

    fn set_operation_timeout(call) {
        let timeout = int_arg(call, "timeout_ms")?;
        Ok(options(call)?.set_operation_timeout(timeout)?)
    }

    fn set_validate_only(call) {
        let validate_only = bool_arg(call)?;
        Ok(options(call)?.set_validate_only(validate_only)?)
    }

    fn set_broker_id(call) {
        let broker = int_arg(call, "broker_id")?;
        Ok(options(call)?.set_broker(broker)?)
    }

    fn set_require_stable_offsets(call) {
        let require = bool_arg(call)?;
        Ok(options(call)?.set_require_stable_offsets(require)?)
    }

    fn set_include_authorized_operations(call) {
        let include = bool_arg(call)?;
        Ok(options(call)?.set_include_authorized_operations(include)?)
    }

    fn set_match_consumer_group_states(call) {
        let mut states: *mut HashTable = ptr::null_mut();
        parse_args!(call, "h", &mut states);
        let method = "RdKafka\\Admin\\Options::setMatchConsumerGroupStates";
        let states = array_longs(states, 1, method, "states")?
            .into_iter()
            .map(|state| narrow::<i32>(state, "state"))
            .collect::<PhpResult<Vec<_>>>()?;
        Ok(options(call)?.set_match_consumer_group_states(&states)?)
    }

    fn set_isolation_level(call) {
        let level = int_arg(call, "isolation_level")?;
        Ok(options(call)?.set_isolation_level(level)?)
    }
}

static OPTIONS_METHODS: [Method; 9] = [
    Method::new(
        "__construct",
        options_construct,
        &[param("kafka", Ty::class("RdKafka")), param("for_api", Ty::INT)],
        Ret::None,
    ),
    Method::new("setRequestTimeout", set_request_timeout, &[param("timeout_ms", Ty::INT)], VOID),
    Method::new("setOperationTimeout", set_operation_timeout, &[param("timeout_ms", Ty::INT)], VOID),
    Method::new("setValidateOnly", set_validate_only, &[param("true_or_false", Ty::BOOL)], VOID),
    Method::new("setBrokerId", set_broker_id, &[param("broker_id", Ty::INT)], VOID),
    Method::new(
        "setRequireStableOffsets",
        set_require_stable_offsets,
        &[param("true_or_false", Ty::BOOL)],
        VOID,
    ),
    Method::new(
        "setIncludeAuthorizedOperations",
        set_include_authorized_operations,
        &[param("true_or_false", Ty::BOOL)],
        VOID,
    ),
    Method::new(
        "setMatchConsumerGroupStates",
        set_match_consumer_group_states,
        &[param("states", Ty::ARRAY)],
        VOID,
    ),
    Method::new("setIsolationLevel", set_isolation_level, &[param("isolation_level", Ty::INT)], VOID),
];

/// One constructor per subclass, in [`OPTIONS_CLASSES`] order.
static OPTIONS_SUBCLASS_METHODS: [[Method; 1]; 16] = {
    const PARAMS: &[super::zend::Param] = &[param("kafka", Ty::class("RdKafka"))];
    macro_rules! constructors {
        ($($index:literal)*) => {
            [$([Method::new("__construct", options_subclass_construct::<$index>, PARAMS, Ret::None)]),*]
        };
    }
    constructors!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)
};

// ---------------------------------------------------------------------------------------------
// Request classes

pub static NEW_TOPIC: ClassSlot = ClassSlot::new();
pub static DELETE_TOPIC: ClassSlot = ClassSlot::new();
pub static NEW_PARTITIONS: ClassSlot = ClassSlot::new();
pub static CONFIG_RESOURCE: ClassSlot = ClassSlot::new();
pub static DELETE_RECORDS: ClassSlot = ClassSlot::new();
pub static DELETE_GROUP: ClassSlot = ClassSlot::new();
pub static DELETE_CONSUMER_GROUP_OFFSETS: ClassSlot = ClassSlot::new();
pub static LIST_CONSUMER_GROUP_OFFSETS: ClassSlot = ClassSlot::new();
pub static ALTER_CONSUMER_GROUP_OFFSETS: ClassSlot = ClassSlot::new();

/// Declares a request class's Rust state and handlers.
macro_rules! request_class {
    ($($ty:ident: $class:literal;)*) => {$(
        impl NativeClass for native::$ty {
            const UNCONSTRUCTED: &'static str = concat!("RdKafka\\Admin\\", $class, "::__construct() has not been called");

            fn handlers() -> &'static HandlerSlot {
                static HANDLERS: HandlerSlot = HandlerSlot::new();
                &HANDLERS
            }
        }
    )*};
}

request_class! {
    NewTopic: "NewTopic";
    DeleteTopic: "DeleteTopic";
    NewPartitions: "NewPartitions";
    ConfigResource: "ConfigResource";
    DeleteRecords: "DeleteRecords";
    DeleteGroup: "DeleteGroup";
    DeleteConsumerGroupOffsets: "DeleteConsumerGroupOffsets";
    ListConsumerGroupOffsets: "ListConsumerGroupOffsets";
    AlterConsumerGroupOffsets: "AlterConsumerGroupOffsets";
}

/// `(int $partition, array $broker_ids)` of a replica assignment.
fn replica_assignment(call: &mut Call, method: &str) -> PhpResult<(i32, Vec<i32>)> {
    let (mut partition, mut brokers): (i64, *mut HashTable) = (0, ptr::null_mut());
    parse_args!(call, "lh", &mut partition, &mut brokers);
    let brokers = array_longs(brokers, 2, method, "broker_ids")?;
    if brokers.is_empty() {
        return Err(PhpError::new(ExClass::InvalidArgument, "broker_ids array must not be empty", 0));
    }
    let brokers =
        brokers.into_iter().map(|b| narrow::<i32>(b, "broker id")).collect::<PhpResult<Vec<_>>>()?;
    Ok((narrow::<i32>(partition, "partition")?, brokers))
}

/// `(string $group, TopicPartition ...$partitions)` of the group-offset requests.
fn group_and_partitions<'a>(call: &mut Call, method: &str) -> PhpResult<(&'a [u8], Vec<TopicPartition>)> {
    let (mut group, mut group_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
    let (mut partitions, mut count): (*mut zval, u32) = (ptr::null_mut(), 0);
    parse_args!(call, "s*", &mut group, &mut group_len, &mut partitions, &mut count);
    let partitions = variadic_states::<TopicPartition>(
        partitions,
        count,
        2,
        method,
        ("partitions", "RdKafka\\TopicPartition"),
    )?;
    Ok((str_arg(group, group_len), partitions.into_iter().cloned().collect()))
}

handlers! {
    fn new_topic_construct(call) {
        let (mut name, mut name_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let (mut partitions, mut replication): (i64, i64) = (0, 0);
        parse_args!(call, "sll", &mut name, &mut name_len, &mut partitions, &mut replication);
        let topic = native::NewTopic::new(
            str_arg(name, name_len),
            narrow::<i32>(partitions, "num_partitions")?,
            narrow::<i32>(replication, "replication_factor")?,
        )?;
        *call.this_slot::<native::NewTopic>()? = Some(topic);
        Ok(())
    }

    fn new_topic_set_replica_assignment(call) {
        let (partition, brokers) = replica_assignment(call, "RdKafka\\Admin\\NewTopic::setReplicaAssignment")?;
        Ok(call.this::<native::NewTopic>()?.set_replica_assignment(partition, &brokers)?)
    }

    fn new_topic_set_config(call) {
        let (mut name, mut name_len, mut value, mut value_len): (*mut c_char, usize, *mut c_char, usize) =
            (ptr::null_mut(), 0, ptr::null_mut(), 0);
        parse_args!(call, "ss", &mut name, &mut name_len, &mut value, &mut value_len);
        Ok(call.this::<native::NewTopic>()?.set_config(str_arg(name, name_len), str_arg(value, value_len))?)
    }

    fn delete_topic_construct(call) {
        let (mut name, mut name_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        parse_args!(call, "s", &mut name, &mut name_len);
        *call.this_slot::<native::DeleteTopic>()? = Some(native::DeleteTopic::new(str_arg(name, name_len))?);
        Ok(())
    }

    fn new_partitions_construct(call) {
        let (mut name, mut name_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let mut total: i64 = 0;
        parse_args!(call, "sl", &mut name, &mut name_len, &mut total);
        KafkaError::check_range(total, 1..=100_000, "new_total_cnt")?;
        let partitions = native::NewPartitions::new(str_arg(name, name_len), total as usize)?;
        *call.this_slot::<native::NewPartitions>()? = Some(partitions);
        Ok(())
    }

    fn new_partitions_set_replica_assignment(call) {
        let (index, brokers) =
            replica_assignment(call, "RdKafka\\Admin\\NewPartitions::setReplicaAssignment")?;
        Ok(call.this::<native::NewPartitions>()?.set_replica_assignment(index, &brokers)?)
    }

    fn config_resource_construct(call) {
        let mut resource_type: i64 = 0;
        let (mut name, mut name_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        parse_args!(call, "ls", &mut resource_type, &mut name, &mut name_len);
        let resource = native::ConfigResource::new(narrow::<i32>(resource_type, "type")?, str_arg(name, name_len))?;
        *call.this_slot::<native::ConfigResource>()? = Some(resource);
        Ok(())
    }

    fn config_resource_set_config(call) {
        let (mut name, mut name_len, mut value, mut value_len): (*mut c_char, usize, *mut c_char, usize) =
            (ptr::null_mut(), 0, ptr::null_mut(), 0);
        parse_args!(call, "ss", &mut name, &mut name_len, &mut value, &mut value_len);
        Ok(call.this::<native::ConfigResource>()?.set_config(str_arg(name, name_len), str_arg(value, value_len))?)
    }

    fn config_resource_add_incremental_config(call) {
        let (mut name, mut name_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let mut op: i64 = 0;
        let (mut value, mut value_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        parse_args!(call, "sl|s!", &mut name, &mut name_len, &mut op, &mut value, &mut value_len);
        let op = narrow::<i32>(op, "op_type")?;
        let value = bytes_arg(value, value_len);
        Ok(call.this::<native::ConfigResource>()?.add_incremental_config(str_arg(name, name_len), op, value)?)
    }

    fn delete_records_construct(call) {
        let (mut partitions, mut count): (*mut zval, u32) = (ptr::null_mut(), 0);
        parse_args!(call, "*", &mut partitions, &mut count);
        let method = "RdKafka\\Admin\\DeleteRecords::__construct";
        let partitions = variadic_states::<TopicPartition>(partitions, count, 1, method, ("beforeOffsets", "RdKafka\\TopicPartition"))?;
        let partitions: Vec<TopicPartition> = partitions.into_iter().cloned().collect();
        *call.this_slot::<native::DeleteRecords>()? = Some(native::DeleteRecords::new(&partitions)?);
        Ok(())
    }

    fn delete_group_construct(call) {
        let (mut name, mut name_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        parse_args!(call, "s", &mut name, &mut name_len);
        *call.this_slot::<native::DeleteGroup>()? = Some(native::DeleteGroup::new(str_arg(name, name_len))?);
        Ok(())
    }

    fn delete_consumer_group_offsets_construct(call) {
        let (group, partitions) =
            group_and_partitions(call, "RdKafka\\Admin\\DeleteConsumerGroupOffsets::__construct")?;
        let request = native::DeleteConsumerGroupOffsets::new(group, &partitions)?;
        *call.this_slot::<native::DeleteConsumerGroupOffsets>()? = Some(request);
        Ok(())
    }

    /// No partitions: every partition the group has committed offsets for.
    fn list_consumer_group_offsets_construct(call) {
        let (group, partitions) =
            group_and_partitions(call, "RdKafka\\Admin\\ListConsumerGroupOffsets::__construct")?;
        let partitions = (!partitions.is_empty()).then_some(partitions.as_slice());
        let request = native::ListConsumerGroupOffsets::new(group, partitions)?;
        *call.this_slot::<native::ListConsumerGroupOffsets>()? = Some(request);
        Ok(())
    }

    fn alter_consumer_group_offsets_construct(call) {
        let (group, partitions) =
            group_and_partitions(call, "RdKafka\\Admin\\AlterConsumerGroupOffsets::__construct")?;
        let request = native::AlterConsumerGroupOffsets::new(group, &partitions)?;
        *call.this_slot::<native::AlterConsumerGroupOffsets>()? = Some(request);
        Ok(())
    }
}

const GROUP_AND_PARTITIONS: &[super::zend::Param] =
    &[param("group", Ty::STRING), variadic("partitions", Ty::class("RdKafka\\TopicPartition"))];

static NEW_TOPIC_METHODS: [Method; 3] = [
    Method::new(
        "__construct",
        new_topic_construct,
        &[param("name", Ty::STRING), param("num_partitions", Ty::INT), param("replication_factor", Ty::INT)],
        Ret::None,
    ),
    Method::new(
        "setReplicaAssignment",
        new_topic_set_replica_assignment,
        &[param("partition_id", Ty::INT), param("broker_ids", Ty::ARRAY)],
        VOID,
    ),
    Method::new(
        "setConfig",
        new_topic_set_config,
        &[param("name", Ty::STRING), param("value", Ty::STRING)],
        VOID,
    ),
];

static DELETE_TOPIC_METHODS: [Method; 1] =
    [Method::new("__construct", delete_topic_construct, &[param("name", Ty::STRING)], Ret::None)];

static NEW_PARTITIONS_METHODS: [Method; 2] = [
    Method::new(
        "__construct",
        new_partitions_construct,
        &[param("topicName", Ty::STRING), param("new_total_cnt", Ty::INT)],
        Ret::None,
    ),
    Method::new(
        "setReplicaAssignment",
        new_partitions_set_replica_assignment,
        &[param("new_partition_id", Ty::INT), param("broker_ids", Ty::ARRAY)],
        VOID,
    ),
];

static CONFIG_RESOURCE_METHODS: [Method; 3] = [
    Method::new(
        "__construct",
        config_resource_construct,
        &[param("type", Ty::INT), param("name", Ty::STRING)],
        Ret::None,
    ),
    Method::new(
        "setConfig",
        config_resource_set_config,
        &[param("name", Ty::STRING), param("value", Ty::STRING)],
        VOID,
    ),
    Method::new(
        "addIncrementalConfig",
        config_resource_add_incremental_config,
        &[
            param("name", Ty::STRING),
            param("op_type", Ty::INT),
            optional("value", Ty::STRING.nullable(), "null"),
        ],
        VOID,
    ),
];

static DELETE_RECORDS_METHODS: [Method; 1] = [Method::new(
    "__construct",
    delete_records_construct,
    &[variadic("beforeOffsets", Ty::class("RdKafka\\TopicPartition"))],
    Ret::None,
)];

static DELETE_GROUP_METHODS: [Method; 1] =
    [Method::new("__construct", delete_group_construct, &[param("name", Ty::STRING)], Ret::None)];

static DELETE_CONSUMER_GROUP_OFFSETS_METHODS: [Method; 1] =
    [Method::new("__construct", delete_consumer_group_offsets_construct, GROUP_AND_PARTITIONS, Ret::None)];

static LIST_CONSUMER_GROUP_OFFSETS_METHODS: [Method; 1] =
    [Method::new("__construct", list_consumer_group_offsets_construct, GROUP_AND_PARTITIONS, Ret::None)];

static ALTER_CONSUMER_GROUP_OFFSETS_METHODS: [Method; 1] =
    [Method::new("__construct", alter_consumer_group_offsets_construct, GROUP_AND_PARTITIONS, Ret::None)];

// ---------------------------------------------------------------------------------------------
// Result classes: plain classes with public typed properties, filled once.

pub static TOPIC_RESULT: ClassSlot = ClassSlot::new();
pub static CONFIG_RESOURCE_RESULT: ClassSlot = ClassSlot::new();
pub static CONFIG_ENTRY: ClassSlot = ClassSlot::new();
pub static GROUP_RESULT: ClassSlot = ClassSlot::new();
pub static NODE: ClassSlot = ClassSlot::new();
pub static CONSUMER_GROUP_LISTING: ClassSlot = ClassSlot::new();
pub static LIST_CONSUMER_GROUPS_RESULT: ClassSlot = ClassSlot::new();
pub static MEMBER_DESCRIPTION: ClassSlot = ClassSlot::new();
pub static CONSUMER_GROUP_DESCRIPTION: ClassSlot = ClassSlot::new();
pub static TOPIC_PARTITION_INFO: ClassSlot = ClassSlot::new();
pub static TOPIC_DESCRIPTION: ClassSlot = ClassSlot::new();
pub static CLUSTER_DESCRIPTION: ClassSlot = ClassSlot::new();
pub static LIST_OFFSETS_RESULT_INFO: ClassSlot = ClassSlot::new();

const fn prop(name: &'static str, ty: Ty) -> Prop {
    public_prop(name, ty, false)
}

const NULLABLE_STRING: Ty = Ty::STRING.nullable();
const NULLABLE_ARRAY: Ty = Ty::ARRAY.nullable();
const NULLABLE_NODE: Ty = Ty::class("RdKafka\\Admin\\Node").nullable();

static TOPIC_RESULT_PROPS: [Prop; 3] =
    [prop("error", Ty::INT), prop("errorString", NULLABLE_STRING), prop("name", Ty::STRING)];
static CONFIG_RESOURCE_RESULT_PROPS: [Prop; 5] = [
    prop("name", Ty::STRING),
    prop("type", Ty::INT),
    prop("error", Ty::INT),
    prop("errorString", NULLABLE_STRING),
    prop("configs", Ty::ARRAY),
];
static CONFIG_ENTRY_PROPS: [Prop; 8] = [
    prop("name", Ty::STRING),
    prop("value", NULLABLE_STRING),
    prop("source", Ty::INT),
    prop("isReadOnly", Ty::BOOL),
    prop("isDefault", Ty::BOOL),
    prop("isSensitive", Ty::BOOL),
    prop("isSynonym", Ty::BOOL),
    prop("synonyms", Ty::ARRAY),
];
static GROUP_RESULT_PROPS: [Prop; 4] = [
    prop("error", Ty::INT),
    prop("errorString", NULLABLE_STRING),
    prop("name", NULLABLE_STRING),
    prop("partitions", Ty::ARRAY),
];
static NODE_PROPS: [Prop; 4] =
    [prop("id", Ty::INT), prop("host", Ty::STRING), prop("port", Ty::INT), prop("rack", NULLABLE_STRING)];
static CONSUMER_GROUP_LISTING_PROPS: [Prop; 4] = [
    prop("groupId", Ty::STRING),
    prop("isSimpleConsumerGroup", Ty::BOOL),
    prop("state", Ty::INT),
    prop("type", Ty::INT),
];
static LIST_CONSUMER_GROUPS_RESULT_PROPS: [Prop; 2] = [prop("groups", Ty::ARRAY), prop("errors", Ty::ARRAY)];
static MEMBER_DESCRIPTION_PROPS: [Prop; 5] = [
    prop("clientId", Ty::STRING),
    prop("groupInstanceId", NULLABLE_STRING),
    prop("consumerId", Ty::STRING),
    prop("host", Ty::STRING),
    prop("assignment", Ty::ARRAY),
];
static CONSUMER_GROUP_DESCRIPTION_PROPS: [Prop; 10] = [
    prop("groupId", Ty::STRING),
    prop("error", Ty::INT),
    prop("errorString", NULLABLE_STRING),
    prop("isSimpleConsumerGroup", Ty::BOOL),
    prop("partitionAssignor", Ty::STRING),
    prop("state", Ty::INT),
    prop("type", Ty::INT),
    prop("coordinator", NULLABLE_NODE),
    prop("members", Ty::ARRAY),
    prop("authorizedOperations", NULLABLE_ARRAY),
];
static TOPIC_PARTITION_INFO_PROPS: [Prop; 4] = [
    prop("partition", Ty::INT),
    prop("leader", NULLABLE_NODE),
    prop("isr", Ty::ARRAY),
    prop("replicas", Ty::ARRAY),
];
static TOPIC_DESCRIPTION_PROPS: [Prop; 7] = [
    prop("name", Ty::STRING),
    prop("topicId", NULLABLE_STRING),
    prop("error", Ty::INT),
    prop("errorString", NULLABLE_STRING),
    prop("isInternal", Ty::BOOL),
    prop("partitions", Ty::ARRAY),
    prop("authorizedOperations", NULLABLE_ARRAY),
];
static CLUSTER_DESCRIPTION_PROPS: [Prop; 4] = [
    prop("clusterId", NULLABLE_STRING),
    prop("controller", NULLABLE_NODE),
    prop("nodes", Ty::ARRAY),
    prop("authorizedOperations", NULLABLE_ARRAY),
];
static LIST_OFFSETS_RESULT_INFO_PROPS: [Prop; 2] =
    [prop("topicPartition", Ty::class("RdKafka\\TopicPartition")), prop("timestamp", Ty::INT)];

/// A new result object of `class`, its properties in declaration order.
fn object<const N: usize>(class: &ClassSlot, values: [Zval; N]) -> Zval {
    let mut object = FreshObject::<N>::new(class.get());
    for (idx, value) in values.into_iter().enumerate() {
        object.set(idx, value);
    }
    object.into_zval()
}

fn list<T>(items: Vec<T>, item: impl Fn(T) -> Zval) -> Zval {
    packed_list(items.into_iter().map(item).collect::<Vec<_>>().into_iter())
}

fn optional_bytes_zval(bytes: Option<&[u8]>) -> Zval {
    bytes.map_or_else(Zval::new, bytes_zval)
}

fn optional_text_zval(text: Option<&str>) -> Zval {
    optional_bytes_zval(text.map(str::as_bytes))
}

/// `error` and `errorString` of an optional librdkafka error object.
fn error_zvals(error: Option<KafkaError>) -> [Zval; 2] {
    match error {
        Some(e) => [long_zval(e.code), bytes_zval(e.message.as_bytes())],
        None => [long_zval(0), Zval::new()],
    }
}

fn node_zval(node: Option<Node>) -> Zval {
    node.map_or_else(Zval::new, |n| {
        object(
            &NODE,
            [
                long_zval(n.id.into()),
                bytes_zval(&n.host),
                long_zval(n.port.into()),
                optional_bytes_zval(n.rack.as_deref()),
            ],
        )
    })
}

fn nodes_zval(nodes: Vec<Node>) -> Zval {
    list(nodes, |n| node_zval(Some(n)))
}

fn operations_zval(operations: Option<Vec<i64>>) -> Zval {
    operations.map_or_else(Zval::new, |ops| list(ops, long_zval))
}

fn topic_result_zval(r: TopicResult) -> Zval {
    object(
        &TOPIC_RESULT,
        [long_zval(r.error), optional_text_zval(r.error_string.as_deref()), bytes_zval(&r.name)],
    )
}

fn config_entry_zval(e: ConfigEntry) -> Zval {
    object(
        &CONFIG_ENTRY,
        [
            bytes_zval(&e.name),
            optional_bytes_zval(e.value.as_deref()),
            long_zval(e.source),
            bool_zval(e.is_read_only),
            bool_zval(e.is_default),
            bool_zval(e.is_sensitive),
            bool_zval(e.is_synonym),
            list(e.synonyms, config_entry_zval),
        ],
    )
}

fn config_resource_result_zval(r: ConfigResourceResult) -> Zval {
    object(
        &CONFIG_RESOURCE_RESULT,
        [
            bytes_zval(&r.name),
            long_zval(r.resource_type),
            long_zval(r.error),
            optional_text_zval(r.error_string.as_deref()),
            list(r.configs, config_entry_zval),
        ],
    )
}

fn group_result_zval(r: GroupResult) -> Zval {
    let [error, error_string] = error_zvals(r.error);
    object(&GROUP_RESULT, [error, error_string, bytes_zval(&r.name), partitions_zval(r.partitions)])
}

fn group_description_zval(g: native::GroupDescription) -> Zval {
    let [error, error_string] = error_zvals(g.error);
    let members = list(g.members, |m| {
        object(
            &MEMBER_DESCRIPTION,
            [
                bytes_zval(&m.client_id),
                optional_bytes_zval(m.group_instance_id.as_deref()),
                bytes_zval(&m.consumer_id),
                bytes_zval(&m.host),
                partitions_zval(m.assignment),
            ],
        )
    });
    object(
        &CONSUMER_GROUP_DESCRIPTION,
        [
            bytes_zval(&g.group_id),
            error,
            error_string,
            bool_zval(g.is_simple),
            bytes_zval(&g.partition_assignor),
            long_zval(g.state),
            long_zval(g.group_type),
            node_zval(g.coordinator),
            members,
            operations_zval(g.authorized_operations),
        ],
    )
}

fn topic_description_zval(t: native::TopicDescription) -> Zval {
    let [error, error_string] = error_zvals(t.error);
    let partitions = list(t.partitions, |p| {
        object(
            &TOPIC_PARTITION_INFO,
            [long_zval(p.partition.into()), node_zval(p.leader), nodes_zval(p.isr), nodes_zval(p.replicas)],
        )
    });
    object(
        &TOPIC_DESCRIPTION,
        [
            bytes_zval(&t.name),
            optional_bytes_zval(t.topic_id.as_deref()),
            error,
            error_string,
            bool_zval(t.is_internal),
            partitions,
            operations_zval(t.authorized_operations),
        ],
    )
}

// ---------------------------------------------------------------------------------------------
// Registration

fn register_native<T: NativeClass>(slot: &ClassSlot, name: &'static str, methods: &'static [Method]) {
    slot.set(register_class(ClassDef::native::<T>(name, methods)));
}

fn register_result(slot: &ClassSlot, name: &'static str, props: &'static [Prop]) {
    slot.set(register_class(ClassDef { props, ..ClassDef::new(name, &[]) }));
}

pub fn register() {
    register_native::<AdminClient>(&CLIENT, "RdKafka\\Admin\\Client", &CLIENT_METHODS);
    let options = ClassDef::native::<Options>("RdKafka\\Admin\\Options", &OPTIONS_METHODS);
    OPTIONS.set(register_class(ClassDef { abstract_: true, ..options }));
    for (class, methods) in OPTIONS_CLASSES.iter().zip(&OPTIONS_SUBCLASS_METHODS) {
        class.slot.set(register_class(ClassDef {
            parent: Some(OPTIONS.get()),
            ..ClassDef::new(class.name, methods)
        }));
    }

    register_native::<native::NewTopic>(&NEW_TOPIC, "RdKafka\\Admin\\NewTopic", &NEW_TOPIC_METHODS);
    register_native::<native::DeleteTopic>(
        &DELETE_TOPIC,
        "RdKafka\\Admin\\DeleteTopic",
        &DELETE_TOPIC_METHODS,
    );
    register_native::<native::NewPartitions>(
        &NEW_PARTITIONS,
        "RdKafka\\Admin\\NewPartitions",
        &NEW_PARTITIONS_METHODS,
    );
    register_native::<native::ConfigResource>(
        &CONFIG_RESOURCE,
        "RdKafka\\Admin\\ConfigResource",
        &CONFIG_RESOURCE_METHODS,
    );
    register_native::<native::DeleteRecords>(
        &DELETE_RECORDS,
        "RdKafka\\Admin\\DeleteRecords",
        &DELETE_RECORDS_METHODS,
    );
    register_native::<native::DeleteGroup>(
        &DELETE_GROUP,
        "RdKafka\\Admin\\DeleteGroup",
        &DELETE_GROUP_METHODS,
    );
    register_native::<native::DeleteConsumerGroupOffsets>(
        &DELETE_CONSUMER_GROUP_OFFSETS,
        "RdKafka\\Admin\\DeleteConsumerGroupOffsets",
        &DELETE_CONSUMER_GROUP_OFFSETS_METHODS,
    );
    register_native::<native::ListConsumerGroupOffsets>(
        &LIST_CONSUMER_GROUP_OFFSETS,
        "RdKafka\\Admin\\ListConsumerGroupOffsets",
        &LIST_CONSUMER_GROUP_OFFSETS_METHODS,
    );
    register_native::<native::AlterConsumerGroupOffsets>(
        &ALTER_CONSUMER_GROUP_OFFSETS,
        "RdKafka\\Admin\\AlterConsumerGroupOffsets",
        &ALTER_CONSUMER_GROUP_OFFSETS_METHODS,
    );

    register_result(&TOPIC_RESULT, "RdKafka\\Admin\\TopicResult", &TOPIC_RESULT_PROPS);
    register_result(
        &CONFIG_RESOURCE_RESULT,
        "RdKafka\\Admin\\ConfigResourceResult",
        &CONFIG_RESOURCE_RESULT_PROPS,
    );
    register_result(&CONFIG_ENTRY, "RdKafka\\Admin\\ConfigEntry", &CONFIG_ENTRY_PROPS);
    register_result(&GROUP_RESULT, "RdKafka\\Admin\\GroupResult", &GROUP_RESULT_PROPS);
    register_result(&NODE, "RdKafka\\Admin\\Node", &NODE_PROPS);
    register_result(
        &CONSUMER_GROUP_LISTING,
        "RdKafka\\Admin\\ConsumerGroupListing",
        &CONSUMER_GROUP_LISTING_PROPS,
    );
    register_result(
        &LIST_CONSUMER_GROUPS_RESULT,
        "RdKafka\\Admin\\ListConsumerGroupsResult",
        &LIST_CONSUMER_GROUPS_RESULT_PROPS,
    );
    register_result(&MEMBER_DESCRIPTION, "RdKafka\\Admin\\MemberDescription", &MEMBER_DESCRIPTION_PROPS);
    register_result(
        &CONSUMER_GROUP_DESCRIPTION,
        "RdKafka\\Admin\\ConsumerGroupDescription",
        &CONSUMER_GROUP_DESCRIPTION_PROPS,
    );
    register_result(&TOPIC_PARTITION_INFO, "RdKafka\\Admin\\TopicPartitionInfo", &TOPIC_PARTITION_INFO_PROPS);
    register_result(&TOPIC_DESCRIPTION, "RdKafka\\Admin\\TopicDescription", &TOPIC_DESCRIPTION_PROPS);
    register_result(&CLUSTER_DESCRIPTION, "RdKafka\\Admin\\ClusterDescription", &CLUSTER_DESCRIPTION_PROPS);
    register_result(
        &LIST_OFFSETS_RESULT_INFO,
        "RdKafka\\Admin\\ListOffsetsResultInfo",
        &LIST_OFFSETS_RESULT_INFO_PROPS,
    );
}
