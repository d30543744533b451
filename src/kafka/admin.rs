//! librdkafka's Admin API: request objects, options, and one call per operation. Each call
//! sends its request with a reply queue of its own and waits there for the result event, so
//! it never serves or swallows the client's other events. A request-level failure is an `Err`;
//! per-item failures are in the results.

use super::client::Client;
use super::conf::{errstr_text, ERRSTR_LEN};
use super::error::{code, KafkaError};
use super::partition_list::{entries_of, Partition, PartitionList};
use super::reply::{Event, ReplyQueue};
use super::topic::topic_name;
use super::{c_name, c_str_bytes, sys};
use std::ffi::{c_char, c_int, CString};
use std::ptr::{self, NonNull};
use std::time::Duration;

/// `RD_KAFKA_ADMIN_OP_*`: the operation an options object is for.
pub use sys::rd_kafka_admin_op_t as AdminOp;

/// librdkafka functions whose enum parameters or results are declared here as plain ints:
/// values come from PHP or from brokers, and one outside the bindings' enum must never become
/// a Rust enum value.
#[allow(clashing_extern_declarations)]
mod raw {
    use super::sys::*;
    use std::ffi::{c_char, c_int};

    extern "C" {
        pub fn rd_kafka_AdminOptions_new(rk: *mut rd_kafka_t, for_api: c_int)
            -> *mut rd_kafka_AdminOptions_t;
        pub fn rd_kafka_ConfigResource_new(
            restype: c_int,
            resname: *const c_char,
        ) -> *mut rd_kafka_ConfigResource_t;
        pub fn rd_kafka_ConfigResource_type(config: *const rd_kafka_ConfigResource_t) -> c_int;
        pub fn rd_kafka_ConfigResource_error(config: *const rd_kafka_ConfigResource_t) -> c_int;
        pub fn rd_kafka_ConfigEntry_source(entry: *const rd_kafka_ConfigEntry_t) -> c_int;
        pub fn rd_kafka_topic_result_error(topicres: *const rd_kafka_topic_result_t) -> c_int;
        pub fn rd_kafka_ConfigResource_add_incremental_config(
            config: *mut rd_kafka_ConfigResource_t,
            name: *const c_char,
            op_type: c_int,
            value: *const c_char,
        ) -> *mut rd_kafka_error_t;
        pub fn rd_kafka_AdminOptions_set_match_consumer_group_states(
            options: *mut rd_kafka_AdminOptions_t,
            states: *const c_int,
            count: usize,
        ) -> *mut rd_kafka_error_t;
        pub fn rd_kafka_AdminOptions_set_isolation_level(
            options: *mut rd_kafka_AdminOptions_t,
            value: c_int,
        ) -> *mut rd_kafka_error_t;
        pub fn rd_kafka_ConsumerGroupListing_state(listing: *const rd_kafka_ConsumerGroupListing_t) -> c_int;
        pub fn rd_kafka_ConsumerGroupListing_type(listing: *const rd_kafka_ConsumerGroupListing_t) -> c_int;
        pub fn rd_kafka_ConsumerGroupDescription_state(
            desc: *const rd_kafka_ConsumerGroupDescription_t,
        ) -> c_int;
        pub fn rd_kafka_ConsumerGroupDescription_type(
            desc: *const rd_kafka_ConsumerGroupDescription_t,
        ) -> c_int;
        pub fn rd_kafka_ConsumerGroupDescription_authorized_operations(
            desc: *const rd_kafka_ConsumerGroupDescription_t,
            cntp: *mut usize,
        ) -> *const c_int;
        pub fn rd_kafka_TopicDescription_authorized_operations(
            desc: *const rd_kafka_TopicDescription_t,
            cntp: *mut usize,
        ) -> *const c_int;
        pub fn rd_kafka_DescribeCluster_result_authorized_operations(
            result: *const rd_kafka_DescribeCluster_result_t,
            cntp: *mut usize,
        ) -> *const c_int;
    }
}

/// Runs a librdkafka call that reports failure as a code plus text in a buffer.
fn with_errstr(call: impl FnOnce(*mut c_char, usize) -> sys::rd_kafka_resp_err_t) -> Result<(), KafkaError> {
    let mut errstr = [0 as c_char; ERRSTR_LEN];
    let code = call(errstr.as_mut_ptr(), ERRSTR_LEN) as i64;
    match code {
        0 => Ok(()),
        code => Err(errstr_error(code, &errstr)),
    }
}

fn errstr_error(code: i64, errstr: &[c_char]) -> KafkaError {
    match errstr_text(errstr) {
        text if text.is_empty() => KafkaError::from_code(code),
        text => KafkaError::with_message(code, text),
    }
}

/// A constructor that returns NULL and fills an error buffer on failure.
fn constructed<T>(make: impl FnOnce(*mut c_char, usize) -> *mut T) -> Result<NonNull<T>, KafkaError> {
    let mut errstr = [0 as c_char; ERRSTR_LEN];
    NonNull::new(make(errstr.as_mut_ptr(), ERRSTR_LEN))
        .ok_or_else(|| errstr_error(code::INVALID_ARG, &errstr))
}

/// A constructor that returns NULL for an argument it refuses, without saying why.
fn refused_unless<T>(ptr: *mut T, what: &str) -> Result<NonNull<T>, KafkaError> {
    NonNull::new(ptr).ok_or_else(|| KafkaError::with_message(code::INVALID_ARG, format!("Invalid {what}")))
}

/// An owned librdkafka request object, destroyed on drop.
macro_rules! request_object {
    ($(#[$doc:meta])* $name:ident, $raw:ident, $destroy:ident) => {
        $(#[$doc])*
        #[derive(Debug)]
        pub struct $name(NonNull<sys::$raw>);

        impl $name {
            fn as_ptr(&self) -> *mut sys::$raw {
                self.0.as_ptr()
            }
        }

        impl Drop for $name {
            fn drop(&mut self) {
                // SAFETY: our object, destroyed once.
                unsafe { sys::$destroy(self.as_ptr()) }
            }
        }
    };
}

request_object!(
    /// A topic to create (`rd_kafka_NewTopic_t`).
    NewTopic, rd_kafka_NewTopic_t, rd_kafka_NewTopic_destroy
);
request_object!(DeleteTopic, rd_kafka_DeleteTopic_t, rd_kafka_DeleteTopic_destroy);
request_object!(
    /// Partitions to add to a topic, up to a new total.
    NewPartitions, rd_kafka_NewPartitions_t, rd_kafka_NewPartitions_destroy
);
request_object!(
    /// A resource (topic, broker, group) whose configuration is described or altered.
    ConfigResource, rd_kafka_ConfigResource_t, rd_kafka_ConfigResource_destroy
);
request_object!(
    /// Records to delete: each partition's records before its offset.
    DeleteRecords, rd_kafka_DeleteRecords_t, rd_kafka_DeleteRecords_destroy
);
request_object!(DeleteGroup, rd_kafka_DeleteGroup_t, rd_kafka_DeleteGroup_destroy);
request_object!(
    DeleteConsumerGroupOffsets,
    rd_kafka_DeleteConsumerGroupOffsets_t,
    rd_kafka_DeleteConsumerGroupOffsets_destroy
);
request_object!(
    ListConsumerGroupOffsets,
    rd_kafka_ListConsumerGroupOffsets_t,
    rd_kafka_ListConsumerGroupOffsets_destroy
);
request_object!(
    AlterConsumerGroupOffsets,
    rd_kafka_AlterConsumerGroupOffsets_t,
    rd_kafka_AlterConsumerGroupOffsets_destroy
);

impl NewTopic {
    /// `partitions` or `replication_factor` -1: the broker's default.
    pub fn new(name: &[u8], partitions: i32, replication_factor: i32) -> Result<Self, KafkaError> {
        let name = topic_name(name)?;
        // SAFETY: valid name and buffer; librdkafka copies the name.
        constructed(|errstr, size| unsafe {
            sys::rd_kafka_NewTopic_new(name.as_ptr(), partitions, replication_factor, errstr, size)
        })
        .map(NewTopic)
    }

    pub fn set_replica_assignment(&mut self, partition: i32, brokers: &[i32]) -> Result<(), KafkaError> {
        let mut brokers = brokers.to_vec();
        // SAFETY: live object; the ids are copied.
        with_errstr(|errstr, size| unsafe {
            sys::rd_kafka_NewTopic_set_replica_assignment(
                self.as_ptr(),
                partition,
                brokers.as_mut_ptr(),
                brokers.len(),
                errstr,
                size,
            )
        })
    }

    pub fn set_config(&mut self, name: &[u8], value: &[u8]) -> Result<(), KafkaError> {
        let (name, value) = (c_name(name, "Config names")?, c_name(value, "Config values")?);
        // SAFETY: live object; both strings are copied.
        KafkaError::check_code(unsafe {
            sys::rd_kafka_NewTopic_set_config(self.as_ptr(), name.as_ptr(), value.as_ptr())
        })
    }
}

impl DeleteTopic {
    pub fn new(name: &[u8]) -> Result<Self, KafkaError> {
        let name = topic_name(name)?;
        // SAFETY: valid name, copied.
        refused_unless(unsafe { sys::rd_kafka_DeleteTopic_new(name.as_ptr()) }, "topic name").map(DeleteTopic)
    }
}

impl NewPartitions {
    pub fn new(topic: &[u8], new_total: usize) -> Result<Self, KafkaError> {
        let topic = topic_name(topic)?;
        // SAFETY: valid name and buffer; the name is copied.
        constructed(|errstr, size| unsafe {
            sys::rd_kafka_NewPartitions_new(topic.as_ptr(), new_total, errstr, size)
        })
        .map(NewPartitions)
    }

    /// `new_partition_index` counts the added partitions from 0.
    pub fn set_replica_assignment(
        &mut self,
        new_partition_index: i32,
        brokers: &[i32],
    ) -> Result<(), KafkaError> {
        let mut brokers = brokers.to_vec();
        // SAFETY: live object; the ids are copied.
        with_errstr(|errstr, size| unsafe {
            sys::rd_kafka_NewPartitions_set_replica_assignment(
                self.as_ptr(),
                new_partition_index,
                brokers.as_mut_ptr(),
                brokers.len(),
                errstr,
                size,
            )
        })
    }
}

impl ConfigResource {
    /// `resource_type` is an `RD_KAFKA_RESOURCE_*` value.
    pub fn new(resource_type: i32, name: &[u8]) -> Result<Self, KafkaError> {
        let known = sys::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE__CNT as i64 - 1;
        KafkaError::check_range(resource_type.into(), 0..=known, "resource type")?;
        let name = c_name(name, "Resource names")?;
        // SAFETY: a known type; valid name, copied.
        refused_unless(
            unsafe { raw::rd_kafka_ConfigResource_new(resource_type, name.as_ptr()) },
            "resource type",
        )
        .map(ConfigResource)
    }

    /// Sets one configuration entry.
    pub fn set_config(&mut self, name: &[u8], value: &[u8]) -> Result<(), KafkaError> {
        let (name, value) = (c_name(name, "Config names")?, c_name(value, "Config values")?);
        // SAFETY: live object; the strings are copied.
        KafkaError::check_code(unsafe {
            sys::rd_kafka_ConfigResource_set_config(self.as_ptr(), name.as_ptr(), value.as_ptr())
        })
    }

    /// One change for `incremental_alter_configs`: `op` is an `RD_KAFKA_ALTER_CONFIG_OP_TYPE_*`
    /// value (librdkafka checks it); `value` is `None` only for a deletion.
    pub fn add_incremental_config(
        &mut self,
        name: &[u8],
        op: i32,
        value: Option<&[u8]>,
    ) -> Result<(), KafkaError> {
        let name = c_name(name, "Config names")?;
        let value = value.map(|v| c_name(v, "Config values")).transpose()?;
        // SAFETY: live object; the strings are copied.
        KafkaError::check(unsafe {
            raw::rd_kafka_ConfigResource_add_incremental_config(
                self.as_ptr(),
                name.as_ptr(),
                op,
                value.as_ref().map_or(ptr::null(), |v| v.as_ptr()),
            )
        })
    }
}

impl DeleteRecords {
    pub fn new(before_offsets: &[Partition]) -> Result<Self, KafkaError> {
        let list = PartitionList::new(before_offsets)?;
        // SAFETY: valid list, copied.
        refused_unless(unsafe { sys::rd_kafka_DeleteRecords_new(list.as_ptr()) }, "partition list")
            .map(DeleteRecords)
    }
}

impl DeleteGroup {
    pub fn new(group: &[u8]) -> Result<Self, KafkaError> {
        let group = c_name(group, "Group names")?;
        // SAFETY: valid name, copied.
        refused_unless(unsafe { sys::rd_kafka_DeleteGroup_new(group.as_ptr()) }, "group name")
            .map(DeleteGroup)
    }
}

impl DeleteConsumerGroupOffsets {
    pub fn new(group: &[u8], partitions: &[Partition]) -> Result<Self, KafkaError> {
        let (group, list) = (c_name(group, "Group names")?, PartitionList::new(partitions)?);
        // SAFETY: valid name and list, both copied.
        refused_unless(
            unsafe { sys::rd_kafka_DeleteConsumerGroupOffsets_new(group.as_ptr(), list.as_ptr()) },
            "group",
        )
        .map(DeleteConsumerGroupOffsets)
    }
}

impl ListConsumerGroupOffsets {
    /// `None` lists every partition the group has an offset for.
    pub fn new(group: &[u8], partitions: Option<&[Partition]>) -> Result<Self, KafkaError> {
        let group = c_name(group, "Group names")?;
        let list = partitions.map(PartitionList::new).transpose()?;
        // SAFETY: valid name and list (or NULL), both copied.
        refused_unless(
            unsafe {
                sys::rd_kafka_ListConsumerGroupOffsets_new(
                    group.as_ptr(),
                    list.as_ref().map_or(ptr::null(), |l| l.as_ptr()),
                )
            },
            "group",
        )
        .map(ListConsumerGroupOffsets)
    }
}

impl AlterConsumerGroupOffsets {
    pub fn new(group: &[u8], offsets: &[Partition]) -> Result<Self, KafkaError> {
        let (group, list) = (c_name(group, "Group names")?, PartitionList::new(offsets)?);
        // SAFETY: valid name and list, both copied.
        refused_unless(
            unsafe { sys::rd_kafka_AlterConsumerGroupOffsets_new(group.as_ptr(), list.as_ptr()) },
            "group",
        )
        .map(AlterConsumerGroupOffsets)
    }
}

/// Options for one kind of operation (`rd_kafka_AdminOptions_t`); a setter the operation does
/// not take is refused by librdkafka.
#[derive(Debug)]
pub struct AdminOptions {
    raw: NonNull<sys::rd_kafka_AdminOptions_t>,
    /// The longest librdkafka may take to post the result, from the timeouts set.
    request_timeout_ms: Option<i32>,
    operation_timeout_ms: Option<i32>,
}

impl AdminOptions {
    /// Options for operation `op` (an `RD_KAFKA_ADMIN_OP_*` value).
    pub fn new(client: &Client, op: i64) -> Result<Self, KafkaError> {
        KafkaError::check_range(op, 0..=AdminOp::RD_KAFKA_ADMIN_OP__CNT as i64 - 1, "for_api")?;
        // SAFETY: live client and a known op (never NULL then).
        let raw = NonNull::new(unsafe { raw::rd_kafka_AdminOptions_new(client.as_ptr(), op as c_int) })
            .expect("rd_kafka_AdminOptions_new");
        Ok(AdminOptions { raw, request_timeout_ms: None, operation_timeout_ms: None })
    }

    fn as_ptr(&self) -> *mut sys::rd_kafka_AdminOptions_t {
        self.raw.as_ptr()
    }

    pub fn set_request_timeout(&mut self, timeout_ms: i32) -> Result<(), KafkaError> {
        // SAFETY: live options and buffer.
        with_errstr(|e, n| unsafe {
            sys::rd_kafka_AdminOptions_set_request_timeout(self.as_ptr(), timeout_ms, e, n)
        })?;
        self.request_timeout_ms = Some(timeout_ms);
        Ok(())
    }

    pub fn set_operation_timeout(&mut self, timeout_ms: i32) -> Result<(), KafkaError> {
        // SAFETY: live options and buffer.
        with_errstr(|e, n| unsafe {
            sys::rd_kafka_AdminOptions_set_operation_timeout(self.as_ptr(), timeout_ms, e, n)
        })?;
        self.operation_timeout_ms = Some(timeout_ms);
        Ok(())
    }

    pub fn set_validate_only(&mut self, validate_only: bool) -> Result<(), KafkaError> {
        // SAFETY: live options and buffer.
        with_errstr(|e, n| unsafe {
            sys::rd_kafka_AdminOptions_set_validate_only(self.as_ptr(), c_int::from(validate_only), e, n)
        })
    }

    pub fn set_broker(&mut self, broker_id: i32) -> Result<(), KafkaError> {
        // SAFETY: live options and buffer.
        with_errstr(|e, n| unsafe { sys::rd_kafka_AdminOptions_set_broker(self.as_ptr(), broker_id, e, n) })
    }

    pub fn set_require_stable_offsets(&mut self, require: bool) -> Result<(), KafkaError> {
        // SAFETY: live options.
        KafkaError::check(unsafe {
            sys::rd_kafka_AdminOptions_set_require_stable_offsets(self.as_ptr(), c_int::from(require))
        })
    }

    pub fn set_include_authorized_operations(&mut self, include: bool) -> Result<(), KafkaError> {
        // SAFETY: live options.
        KafkaError::check(unsafe {
            sys::rd_kafka_AdminOptions_set_include_authorized_operations(self.as_ptr(), c_int::from(include))
        })
    }

    /// `RD_KAFKA_CONSUMER_GROUP_STATE_*` values.
    pub fn set_match_consumer_group_states(&mut self, states: &[i32]) -> Result<(), KafkaError> {
        // SAFETY: live options; the states are copied (librdkafka checks each value).
        KafkaError::check(unsafe {
            raw::rd_kafka_AdminOptions_set_match_consumer_group_states(
                self.as_ptr(),
                states.as_ptr(),
                states.len(),
            )
        })
    }

    /// `RD_KAFKA_ISOLATION_LEVEL_*`: 0 read uncommitted, 1 read committed.
    pub fn set_isolation_level(&mut self, level: i32) -> Result<(), KafkaError> {
        // SAFETY: live options; librdkafka checks the value.
        KafkaError::check(unsafe { raw::rd_kafka_AdminOptions_set_isolation_level(self.as_ptr(), level) })
    }

    /// How long librdkafka may take to post the result: the request timeout (by default the
    /// client's `socket.timeout.ms`), or the operation timeout if that is longer.
    fn result_within(options: Option<&AdminOptions>, client: &Client) -> Duration {
        let (request, operation) =
            options.map_or((None, None), |o| (o.request_timeout_ms, o.operation_timeout_ms));
        let request = request
            .map(i64::from)
            .unwrap_or_else(|| client.int_property(c"socket.timeout.ms").unwrap_or(60_000));
        Duration::from_millis(request.max(operation.map_or(0, i64::from)).max(0) as u64)
    }
}

impl Drop for AdminOptions {
    fn drop(&mut self) {
        // SAFETY: our options, destroyed once.
        unsafe { sys::rd_kafka_AdminOptions_destroy(self.as_ptr()) }
    }
}

/// librdkafka posts every result by its request timeout (as an error if need be); this margin
/// only guards against a result that never comes.
const RESULT_MARGIN: Duration = Duration::from_secs(5);

/// How librdkafka 2.12.1 reports a group-coordinator request that could not be sent (a broker
/// without DeleteGroups or OffsetDelete support). On that path it releases the client's ops
/// queue reference twice (`rd_kafka_coord_req_fsm` after the request builder already did), so
/// destroying the client would abort the process: the client is kept until exit instead.
const COORDINATOR_SEND_FAILED: &str = " worker failed to send request: ";

/// A broker as the Admin results describe it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub id: i32,
    pub host: Vec<u8>,
    pub port: u16,
    pub rack: Option<Vec<u8>>,
}

/// The outcome for one topic of CreateTopics, DeleteTopics or CreatePartitions.
#[derive(Debug, Clone)]
pub struct TopicResult {
    pub name: Vec<u8>,
    pub error: i64,
    pub error_string: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ConfigEntry {
    pub name: Vec<u8>,
    pub value: Option<Vec<u8>>,
    /// An `RD_KAFKA_CONFIG_SOURCE_*` value.
    pub source: i64,
    pub is_read_only: bool,
    pub is_default: bool,
    pub is_sensitive: bool,
    pub is_synonym: bool,
    pub synonyms: Vec<ConfigEntry>,
}

/// The outcome for one resource of AlterConfigs or DescribeConfigs.
#[derive(Debug, Clone)]
pub struct ConfigResourceResult {
    pub resource_type: i64,
    pub name: Vec<u8>,
    pub error: i64,
    pub error_string: Option<String>,
    pub configs: Vec<ConfigEntry>,
}

/// The outcome for one group of DeleteGroups or of the group-offset operations.
#[derive(Debug, Clone)]
pub struct GroupResult {
    pub name: Vec<u8>,
    pub error: Option<KafkaError>,
    pub partitions: Vec<Partition>,
}

#[derive(Debug, Clone)]
pub struct GroupListing {
    pub group_id: Vec<u8>,
    pub is_simple: bool,
    /// An `RD_KAFKA_CONSUMER_GROUP_STATE_*` value.
    pub state: i64,
    /// An `RD_KAFKA_CONSUMER_GROUP_TYPE_*` value.
    pub group_type: i64,
}

#[derive(Debug, Clone)]
pub struct MemberDescription {
    pub client_id: Vec<u8>,
    pub group_instance_id: Option<Vec<u8>>,
    pub consumer_id: Vec<u8>,
    pub host: Vec<u8>,
    pub assignment: Vec<Partition>,
}

#[derive(Debug, Clone)]
pub struct GroupDescription {
    pub group_id: Vec<u8>,
    pub error: Option<KafkaError>,
    pub is_simple: bool,
    pub partition_assignor: Vec<u8>,
    pub state: i64,
    pub group_type: i64,
    pub coordinator: Option<Node>,
    pub members: Vec<MemberDescription>,
    /// `RD_KAFKA_ACL_OPERATION_*` values, when asked for.
    pub authorized_operations: Option<Vec<i64>>,
}

#[derive(Debug, Clone)]
pub struct TopicPartitionInfo {
    pub partition: i32,
    pub leader: Option<Node>,
    pub isr: Vec<Node>,
    pub replicas: Vec<Node>,
}

#[derive(Debug, Clone)]
pub struct TopicDescription {
    pub name: Vec<u8>,
    /// The topic id, base64 as Kafka's tools print it.
    pub topic_id: Option<Vec<u8>>,
    pub error: Option<KafkaError>,
    pub is_internal: bool,
    pub partitions: Vec<TopicPartitionInfo>,
    pub authorized_operations: Option<Vec<i64>>,
}

#[derive(Debug, Clone)]
pub struct ClusterDescription {
    pub cluster_id: Option<Vec<u8>>,
    pub controller: Option<Node>,
    pub nodes: Vec<Node>,
    pub authorized_operations: Option<Vec<i64>>,
}

/// One partition's answer to ListOffsets: the offset in `partition.offset`, its error in
/// `partition.err`.
#[derive(Debug, Clone)]
pub struct ListedOffset {
    pub partition: Partition,
    pub timestamp: i64,
}

/// The `cnt` pointers of a result array as a slice (empty for NULL).
///
/// # Safety
/// `items` must be NULL or point to `count` valid pointers that outlive the slice.
unsafe fn items<'a, T>(items: *mut *const T, count: usize) -> &'a [*const T] {
    match items.is_null() || count == 0 {
        true => &[],
        // SAFETY: per the contract.
        false => unsafe { std::slice::from_raw_parts(items, count) },
    }
}

fn bytes(ptr: *const c_char) -> Vec<u8> {
    c_str_bytes(ptr).unwrap_or_default().to_vec()
}

fn optional_bytes(ptr: *const c_char) -> Option<Vec<u8>> {
    c_str_bytes(ptr).map(<[u8]>::to_vec)
}

fn optional_text(ptr: *const c_char) -> Option<String> {
    c_str_bytes(ptr).map(|b| String::from_utf8_lossy(b).into_owned())
}

/// # Safety
/// `error` must be NULL or a live error object.
unsafe fn optional_error(error: *const sys::rd_kafka_error_t) -> Option<KafkaError> {
    // SAFETY: per the contract.
    (!error.is_null()).then(|| unsafe { KafkaError::copy(error) })
}

/// # Safety
/// `node` must be NULL or a live node.
unsafe fn node(node: *const sys::rd_kafka_Node_t) -> Option<Node> {
    if node.is_null() {
        return None;
    }
    // SAFETY: per the contract; strings are copied.
    unsafe {
        Some(Node {
            id: sys::rd_kafka_Node_id(node),
            host: bytes(sys::rd_kafka_Node_host(node)),
            port: sys::rd_kafka_Node_port(node),
            rack: optional_bytes(sys::rd_kafka_Node_rack(node)),
        })
    }
}

/// # Safety
/// `nodes` must be live nodes.
unsafe fn nodes(nodes: &[*const sys::rd_kafka_Node_t]) -> Vec<Node> {
    // SAFETY: per the contract.
    nodes.iter().filter_map(|&n| unsafe { node(n) }).collect()
}

/// `None` when the operations were not asked for (librdkafka returns NULL).
fn authorized_operations(read: impl FnOnce(&mut usize) -> *const c_int) -> Option<Vec<i64>> {
    let mut count = 0;
    let ops = read(&mut count);
    // SAFETY: librdkafka returns `count` ints, or NULL.
    (!ops.is_null())
        .then(|| unsafe { std::slice::from_raw_parts(ops, count) }.iter().map(|&o| i64::from(o)).collect())
}

/// The pointers of a result array, which `list` returns with its count.
///
/// # Safety
/// `list` must return NULL or that many valid pointers, which outlive the slice.
unsafe fn listed<'a, T>(list: impl FnOnce(&mut usize) -> *mut *const T) -> &'a [*const T] {
    let mut count = 0;
    let array = list(&mut count);
    // SAFETY: per the contract.
    unsafe { items(array, count) }
}

/// # Safety
/// `results` must be live topic results.
unsafe fn topic_results(results: &[*const sys::rd_kafka_topic_result_t]) -> Vec<TopicResult> {
    // SAFETY: per the contract; strings are copied.
    results
        .iter()
        .map(|&r| unsafe {
            TopicResult {
                name: bytes(sys::rd_kafka_topic_result_name(r)),
                error: i64::from(raw::rd_kafka_topic_result_error(r)),
                error_string: optional_text(sys::rd_kafka_topic_result_error_string(r)),
            }
        })
        .collect()
}

/// # Safety
/// `entries` must be live entries.
unsafe fn config_entries(entries: &[*const sys::rd_kafka_ConfigEntry_t]) -> Vec<ConfigEntry> {
    // SAFETY: per the contract; strings are copied.
    entries
        .iter()
        .map(|&e| unsafe {
            ConfigEntry {
                name: bytes(sys::rd_kafka_ConfigEntry_name(e)),
                value: optional_bytes(sys::rd_kafka_ConfigEntry_value(e)),
                source: i64::from(raw::rd_kafka_ConfigEntry_source(e)),
                is_read_only: sys::rd_kafka_ConfigEntry_is_read_only(e) != 0,
                is_default: sys::rd_kafka_ConfigEntry_is_default(e) != 0,
                is_sensitive: sys::rd_kafka_ConfigEntry_is_sensitive(e) != 0,
                is_synonym: sys::rd_kafka_ConfigEntry_is_synonym(e) != 0,
                synonyms: config_entries(listed(|n| sys::rd_kafka_ConfigEntry_synonyms(e, n))),
            }
        })
        .collect()
}

/// # Safety
/// `resources` must be live resources.
unsafe fn config_results(resources: &[*const sys::rd_kafka_ConfigResource_t]) -> Vec<ConfigResourceResult> {
    // SAFETY: per the contract; strings are copied.
    resources
        .iter()
        .map(|&r| unsafe {
            ConfigResourceResult {
                resource_type: i64::from(raw::rd_kafka_ConfigResource_type(r)),
                name: bytes(sys::rd_kafka_ConfigResource_name(r)),
                error: i64::from(raw::rd_kafka_ConfigResource_error(r)),
                error_string: optional_text(sys::rd_kafka_ConfigResource_error_string(r)),
                configs: config_entries(listed(|n| sys::rd_kafka_ConfigResource_configs(r, n))),
            }
        })
        .collect()
}

/// # Safety
/// `results` must be live group results.
unsafe fn group_results(results: &[*const sys::rd_kafka_group_result_t]) -> Vec<GroupResult> {
    // SAFETY: per the contract; everything is copied.
    results
        .iter()
        .map(|&r| unsafe {
            GroupResult {
                name: bytes(sys::rd_kafka_group_result_name(r)),
                error: optional_error(sys::rd_kafka_group_result_error(r)),
                partitions: entries_of(sys::rd_kafka_group_result_partitions(r)),
            }
        })
        .collect()
}

/// An operation on an array of request objects, e.g. `rd_kafka_CreateTopics`.
type SendObjects<Raw> = unsafe extern "C" fn(
    *mut sys::rd_kafka_t,
    *mut *mut Raw,
    usize,
    *const sys::rd_kafka_AdminOptions_t,
    *mut sys::rd_kafka_queue_t,
);

impl Client {
    /// Sends one request with a reply queue of ours and waits for its result event.
    fn admin_request(
        &self,
        options: Option<&AdminOptions>,
        send: impl FnOnce(*const sys::rd_kafka_AdminOptions_t, *mut sys::rd_kafka_queue_t),
    ) -> Result<Event, KafkaError> {
        let replies = ReplyQueue::new(self);
        send(options.map_or(ptr::null(), |o| o.as_ptr() as *const _), replies.as_ptr());
        let within = AdminOptions::result_within(options, self) + RESULT_MARGIN;
        let event = replies.wait(within).ok_or_else(|| KafkaError::from_code(code::TIMED_OUT))?;
        match event.error() {
            Some(error) => {
                if error.message.contains(COORDINATOR_SEND_FAILED) {
                    self.keep_until_exit();
                }
                Err(error)
            }
            None => Ok(event),
        }
    }

    /// [`Client::admin_request`] for an operation on request objects.
    fn send_objects<T, Raw>(
        &self,
        objects: &[&T],
        as_ptr: fn(&T) -> *mut Raw,
        options: Option<&AdminOptions>,
        send: SendObjects<Raw>,
    ) -> Result<Event, KafkaError> {
        let mut raw: Vec<*mut Raw> = objects.iter().map(|o| as_ptr(o)).collect();
        self.admin_request(options, |o, q| {
            // SAFETY: live handle, objects of the operation's type (librdkafka copies them),
            // options and queue.
            unsafe { send(self.as_ptr(), raw.as_mut_ptr(), raw.len(), o, q) }
        })
    }

    pub fn create_topics(
        &self,
        topics: &[&NewTopic],
        options: Option<&AdminOptions>,
    ) -> Result<Vec<TopicResult>, KafkaError> {
        let event = self.send_objects(topics, NewTopic::as_ptr, options, sys::rd_kafka_CreateTopics)?;
        // SAFETY: a CreateTopics result event; its results live as long as it.
        Ok(unsafe {
            let result = sys::rd_kafka_event_CreateTopics_result(event.as_ptr());
            topic_results(listed(|n| sys::rd_kafka_CreateTopics_result_topics(result, n)))
        })
    }

    pub fn delete_topics(
        &self,
        topics: &[&DeleteTopic],
        options: Option<&AdminOptions>,
    ) -> Result<Vec<TopicResult>, KafkaError> {
        let event = self.send_objects(topics, DeleteTopic::as_ptr, options, sys::rd_kafka_DeleteTopics)?;
        // SAFETY: a DeleteTopics result event; its results live as long as it.
        Ok(unsafe {
            let result = sys::rd_kafka_event_DeleteTopics_result(event.as_ptr());
            topic_results(listed(|n| sys::rd_kafka_DeleteTopics_result_topics(result, n)))
        })
    }

    pub fn create_partitions(
        &self,
        partitions: &[&NewPartitions],
        options: Option<&AdminOptions>,
    ) -> Result<Vec<TopicResult>, KafkaError> {
        let event =
            self.send_objects(partitions, NewPartitions::as_ptr, options, sys::rd_kafka_CreatePartitions)?;
        // SAFETY: a CreatePartitions result event; its results live as long as it.
        Ok(unsafe {
            let result = sys::rd_kafka_event_CreatePartitions_result(event.as_ptr());
            topic_results(listed(|n| sys::rd_kafka_CreatePartitions_result_topics(result, n)))
        })
    }

    /// Replaces each resource's whole configuration (entries not set revert to defaults).
    pub fn alter_configs(
        &self,
        resources: &[&ConfigResource],
        options: Option<&AdminOptions>,
    ) -> Result<Vec<ConfigResourceResult>, KafkaError> {
        let event =
            self.send_objects(resources, ConfigResource::as_ptr, options, sys::rd_kafka_AlterConfigs)?;
        // SAFETY: an AlterConfigs result event; its results live as long as it.
        Ok(unsafe {
            let result = sys::rd_kafka_event_AlterConfigs_result(event.as_ptr());
            config_results(listed(|n| sys::rd_kafka_AlterConfigs_result_resources(result, n)))
        })
    }

    /// Changes only the entries given (`ConfigResource::add_incremental_config`).
    pub fn incremental_alter_configs(
        &self,
        resources: &[&ConfigResource],
        options: Option<&AdminOptions>,
    ) -> Result<Vec<ConfigResourceResult>, KafkaError> {
        let send = sys::rd_kafka_IncrementalAlterConfigs;
        let event = self.send_objects(resources, ConfigResource::as_ptr, options, send)?;
        // SAFETY: an IncrementalAlterConfigs result event; its results live as long as it.
        Ok(unsafe {
            let result = sys::rd_kafka_event_IncrementalAlterConfigs_result(event.as_ptr());
            config_results(listed(|n| sys::rd_kafka_IncrementalAlterConfigs_result_resources(result, n)))
        })
    }

    pub fn describe_configs(
        &self,
        resources: &[&ConfigResource],
        options: Option<&AdminOptions>,
    ) -> Result<Vec<ConfigResourceResult>, KafkaError> {
        let event =
            self.send_objects(resources, ConfigResource::as_ptr, options, sys::rd_kafka_DescribeConfigs)?;
        // SAFETY: a DescribeConfigs result event; its results live as long as it.
        Ok(unsafe {
            let result = sys::rd_kafka_event_DescribeConfigs_result(event.as_ptr());
            config_results(listed(|n| sys::rd_kafka_DescribeConfigs_result_resources(result, n)))
        })
    }

    /// The low watermark of each partition after the deletion (or its error).
    pub fn delete_records(
        &self,
        records: &[&DeleteRecords],
        options: Option<&AdminOptions>,
    ) -> Result<Vec<Partition>, KafkaError> {
        let event =
            self.send_objects(records, DeleteRecords::as_ptr, options, sys::rd_kafka_DeleteRecords)?;
        // SAFETY: a DeleteRecords result event; its list lives as long as it.
        Ok(unsafe {
            entries_of(sys::rd_kafka_DeleteRecords_result_offsets(sys::rd_kafka_event_DeleteRecords_result(
                event.as_ptr(),
            )))
        })
    }

    pub fn delete_groups(
        &self,
        groups: &[&DeleteGroup],
        options: Option<&AdminOptions>,
    ) -> Result<Vec<GroupResult>, KafkaError> {
        let event = self.send_objects(groups, DeleteGroup::as_ptr, options, sys::rd_kafka_DeleteGroups)?;
        // SAFETY: a DeleteGroups result event; its results live as long as it.
        Ok(unsafe {
            let result = sys::rd_kafka_event_DeleteGroups_result(event.as_ptr());
            group_results(listed(|n| sys::rd_kafka_DeleteGroups_result_groups(result, n)))
        })
    }

    pub fn delete_consumer_group_offsets(
        &self,
        request: &DeleteConsumerGroupOffsets,
        options: Option<&AdminOptions>,
    ) -> Result<Vec<GroupResult>, KafkaError> {
        let send = sys::rd_kafka_DeleteConsumerGroupOffsets;
        let event = self.send_objects(&[request], DeleteConsumerGroupOffsets::as_ptr, options, send)?;
        // SAFETY: a DeleteConsumerGroupOffsets result event; its results live as long as it.
        Ok(unsafe {
            let result = sys::rd_kafka_event_DeleteConsumerGroupOffsets_result(event.as_ptr());
            group_results(listed(|n| sys::rd_kafka_DeleteConsumerGroupOffsets_result_groups(result, n)))
        })
    }

    pub fn list_consumer_group_offsets(
        &self,
        request: &ListConsumerGroupOffsets,
        options: Option<&AdminOptions>,
    ) -> Result<Vec<GroupResult>, KafkaError> {
        let send = sys::rd_kafka_ListConsumerGroupOffsets;
        let event = self.send_objects(&[request], ListConsumerGroupOffsets::as_ptr, options, send)?;
        // SAFETY: a ListConsumerGroupOffsets result event; its results live as long as it.
        Ok(unsafe {
            let result = sys::rd_kafka_event_ListConsumerGroupOffsets_result(event.as_ptr());
            group_results(listed(|n| sys::rd_kafka_ListConsumerGroupOffsets_result_groups(result, n)))
        })
    }

    pub fn alter_consumer_group_offsets(
        &self,
        request: &AlterConsumerGroupOffsets,
        options: Option<&AdminOptions>,
    ) -> Result<Vec<GroupResult>, KafkaError> {
        let send = sys::rd_kafka_AlterConsumerGroupOffsets;
        let event = self.send_objects(&[request], AlterConsumerGroupOffsets::as_ptr, options, send)?;
        // SAFETY: an AlterConsumerGroupOffsets result event; its results live as long as it.
        Ok(unsafe {
            let result = sys::rd_kafka_event_AlterConsumerGroupOffsets_result(event.as_ptr());
            group_results(listed(|n| sys::rd_kafka_AlterConsumerGroupOffsets_result_groups(result, n)))
        })
    }

    /// The groups every broker knows, and the errors of brokers that could not answer.
    pub fn list_consumer_groups(
        &self,
        options: Option<&AdminOptions>,
    ) -> Result<(Vec<GroupListing>, Vec<KafkaError>), KafkaError> {
        let event = self.admin_request(options, |o, q| {
            // SAFETY: live handle, options and queue.
            unsafe { sys::rd_kafka_ListConsumerGroups(self.as_ptr(), o, q) }
        })?;
        // SAFETY: a ListConsumerGroups result event; its results live as long as it.
        unsafe {
            let result = sys::rd_kafka_event_ListConsumerGroups_result(event.as_ptr());
            let valid = listed(|n| sys::rd_kafka_ListConsumerGroups_result_valid(result, n))
                .iter()
                .map(|&g| GroupListing {
                    group_id: bytes(sys::rd_kafka_ConsumerGroupListing_group_id(g)),
                    is_simple: sys::rd_kafka_ConsumerGroupListing_is_simple_consumer_group(g) != 0,
                    state: i64::from(raw::rd_kafka_ConsumerGroupListing_state(g)),
                    group_type: i64::from(raw::rd_kafka_ConsumerGroupListing_type(g)),
                })
                .collect();
            let errors = listed(|n| sys::rd_kafka_ListConsumerGroups_result_errors(result, n))
                .iter()
                .map(|&e| KafkaError::copy(e))
                .collect();
            Ok((valid, errors))
        }
    }

    pub fn describe_consumer_groups(
        &self,
        groups: &[Vec<u8>],
        options: Option<&AdminOptions>,
    ) -> Result<Vec<GroupDescription>, KafkaError> {
        let names = groups.iter().map(|g| c_name(g, "Group names")).collect::<Result<Vec<CString>, _>>()?;
        let mut raw: Vec<*const c_char> = names.iter().map(|n| n.as_ptr()).collect();
        let event = self.admin_request(options, |o, q| {
            // SAFETY: live handle, names (copied), options and queue.
            unsafe { sys::rd_kafka_DescribeConsumerGroups(self.as_ptr(), raw.as_mut_ptr(), raw.len(), o, q) }
        })?;
        // SAFETY: a DescribeConsumerGroups result event; its results live as long as it.
        unsafe {
            let result = sys::rd_kafka_event_DescribeConsumerGroups_result(event.as_ptr());
            Ok(listed(|n| sys::rd_kafka_DescribeConsumerGroups_result_groups(result, n))
                .iter()
                .map(|&g| GroupDescription {
                    group_id: bytes(sys::rd_kafka_ConsumerGroupDescription_group_id(g)),
                    error: optional_error(sys::rd_kafka_ConsumerGroupDescription_error(g)),
                    is_simple: sys::rd_kafka_ConsumerGroupDescription_is_simple_consumer_group(g) != 0,
                    partition_assignor: bytes(sys::rd_kafka_ConsumerGroupDescription_partition_assignor(g)),
                    state: i64::from(raw::rd_kafka_ConsumerGroupDescription_state(g)),
                    group_type: i64::from(raw::rd_kafka_ConsumerGroupDescription_type(g)),
                    coordinator: node(sys::rd_kafka_ConsumerGroupDescription_coordinator(g)),
                    members: (0..sys::rd_kafka_ConsumerGroupDescription_member_count(g))
                        .map(|i| {
                            let m = sys::rd_kafka_ConsumerGroupDescription_member(g, i);
                            let assignment = sys::rd_kafka_MemberDescription_assignment(m);
                            MemberDescription {
                                client_id: bytes(sys::rd_kafka_MemberDescription_client_id(m)),
                                group_instance_id: optional_bytes(
                                    sys::rd_kafka_MemberDescription_group_instance_id(m),
                                ),
                                consumer_id: bytes(sys::rd_kafka_MemberDescription_consumer_id(m)),
                                host: bytes(sys::rd_kafka_MemberDescription_host(m)),
                                assignment: match assignment.is_null() {
                                    true => Vec::new(),
                                    false => {
                                        entries_of(sys::rd_kafka_MemberAssignment_partitions(assignment))
                                    }
                                },
                            }
                        })
                        .collect(),
                    authorized_operations: authorized_operations(|n| {
                        raw::rd_kafka_ConsumerGroupDescription_authorized_operations(g, n)
                    }),
                })
                .collect())
        }
    }

    pub fn describe_topics(
        &self,
        topics: &[Vec<u8>],
        options: Option<&AdminOptions>,
    ) -> Result<Vec<TopicDescription>, KafkaError> {
        let names = topics.iter().map(|t| topic_name(t)).collect::<Result<Vec<CString>, _>>()?;
        let mut raw: Vec<*const c_char> = names.iter().map(|n| n.as_ptr()).collect();
        // SAFETY: valid names, copied into the collection we destroy below.
        let collection = unsafe { sys::rd_kafka_TopicCollection_of_topic_names(raw.as_mut_ptr(), raw.len()) };
        let event = self.admin_request(options, |o, q| {
            // SAFETY: live handle, collection (copied), options and queue.
            unsafe { sys::rd_kafka_DescribeTopics(self.as_ptr(), collection, o, q) }
        });
        // SAFETY: our collection, destroyed once.
        unsafe { sys::rd_kafka_TopicCollection_destroy(collection) };
        let event = event?;
        // SAFETY: a DescribeTopics result event; its results live as long as it.
        unsafe {
            let result = sys::rd_kafka_event_DescribeTopics_result(event.as_ptr());
            Ok(listed(|n| sys::rd_kafka_DescribeTopics_result_topics(result, n))
                .iter()
                .map(|&t| {
                    let topic_id = sys::rd_kafka_TopicDescription_topic_id(t);
                    TopicDescription {
                        name: bytes(sys::rd_kafka_TopicDescription_name(t)),
                        topic_id: match topic_id.is_null() {
                            true => None,
                            false => optional_bytes(sys::rd_kafka_Uuid_base64str(topic_id)),
                        },
                        error: optional_error(sys::rd_kafka_TopicDescription_error(t))
                            .filter(|e| e.code != 0),
                        is_internal: sys::rd_kafka_TopicDescription_is_internal(t) != 0,
                        partitions: listed(|n| sys::rd_kafka_TopicDescription_partitions(t, n))
                            .iter()
                            .map(|&p| TopicPartitionInfo {
                                partition: sys::rd_kafka_TopicPartitionInfo_partition(p),
                                leader: node(sys::rd_kafka_TopicPartitionInfo_leader(p)),
                                isr: nodes(listed(|n| sys::rd_kafka_TopicPartitionInfo_isr(p, n))),
                                replicas: nodes(listed(|n| sys::rd_kafka_TopicPartitionInfo_replicas(p, n))),
                            })
                            .collect(),
                        authorized_operations: authorized_operations(|n| {
                            raw::rd_kafka_TopicDescription_authorized_operations(t, n)
                        }),
                    }
                })
                .collect())
        }
    }

    pub fn describe_cluster(&self, options: Option<&AdminOptions>) -> Result<ClusterDescription, KafkaError> {
        let event = self.admin_request(options, |o, q| {
            // SAFETY: live handle, options and queue.
            unsafe { sys::rd_kafka_DescribeCluster(self.as_ptr(), o, q) }
        })?;
        // SAFETY: a DescribeCluster result event; its results live as long as it.
        unsafe {
            let result = sys::rd_kafka_event_DescribeCluster_result(event.as_ptr());
            Ok(ClusterDescription {
                cluster_id: optional_bytes(sys::rd_kafka_DescribeCluster_result_cluster_id(result)),
                controller: node(sys::rd_kafka_DescribeCluster_result_controller(result)),
                nodes: nodes(listed(|n| sys::rd_kafka_DescribeCluster_result_nodes(result, n))),
                authorized_operations: authorized_operations(|n| {
                    raw::rd_kafka_DescribeCluster_result_authorized_operations(result, n)
                }),
            })
        }
    }

    /// Each partition's `offset` is the spec: a timestamp, or -1 (latest), -2 (earliest), -3
    /// (the record with the largest timestamp).
    pub fn list_offsets(
        &self,
        specs: &[Partition],
        options: Option<&AdminOptions>,
    ) -> Result<Vec<ListedOffset>, KafkaError> {
        let list = PartitionList::new(specs)?;
        let event = self.admin_request(options, |o, q| {
            // SAFETY: live handle, list (copied), options and queue.
            unsafe { sys::rd_kafka_ListOffsets(self.as_ptr(), list.as_ptr(), o, q) }
        })?;
        // SAFETY: a ListOffsets result event; its results live as long as it.
        unsafe {
            let result = sys::rd_kafka_event_ListOffsets_result(event.as_ptr());
            Ok(listed(|n| sys::rd_kafka_ListOffsets_result_infos(result, n))
                .iter()
                .map(|&info| {
                    let partition = sys::rd_kafka_ListOffsetsResultInfo_topic_partition(info);
                    ListedOffset {
                        partition: super::partition_list::entry_of(&*partition),
                        timestamp: sys::rd_kafka_ListOffsetsResultInfo_timestamp(info),
                    }
                })
                .collect())
        }
    }
}

/// A consumer's group state for `send_offsets_to_transaction`, destroyed on drop.
#[derive(Debug)]
pub struct GroupMetadata(NonNull<sys::rd_kafka_consumer_group_metadata_t>);

impl GroupMetadata {
    /// Group metadata built by hand: `generation_id` -1 and an empty member id when the
    /// offsets do not come from a live group member.
    pub fn new(
        group_id: &[u8],
        generation_id: i32,
        member_id: &[u8],
        group_instance_id: Option<&[u8]>,
    ) -> Result<Self, KafkaError> {
        let group_id = c_name(group_id, "Group ids")?;
        let member_id = c_name(member_id, "Member ids")?;
        let instance_id = group_instance_id.map(|i| c_name(i, "Group instance ids")).transpose()?;
        // SAFETY: valid strings (copied) or NULL for the instance id.
        refused_unless(
            unsafe {
                sys::rd_kafka_consumer_group_metadata_new_with_genid(
                    group_id.as_ptr(),
                    generation_id,
                    member_id.as_ptr(),
                    instance_id.as_ref().map_or(ptr::null(), |i| i.as_ptr()),
                )
            },
            "group metadata",
        )
        .map(GroupMetadata)
    }

    fn as_ptr(&self) -> *mut sys::rd_kafka_consumer_group_metadata_t {
        self.0.as_ptr()
    }

    pub fn group_id(&self) -> Vec<u8> {
        // SAFETY: live metadata.
        bytes(unsafe { sys::rd_kafka_consumer_group_metadata_group_id(self.as_ptr()) })
    }

    pub fn member_id(&self) -> Vec<u8> {
        // SAFETY: live metadata.
        bytes(unsafe { sys::rd_kafka_consumer_group_metadata_member_id(self.as_ptr()) })
    }

    pub fn group_instance_id(&self) -> Option<Vec<u8>> {
        // SAFETY: live metadata.
        optional_bytes(unsafe { sys::rd_kafka_consumer_group_metadata_group_instance_id(self.as_ptr()) })
    }

    pub fn generation_id(&self) -> i32 {
        // SAFETY: live metadata.
        unsafe { sys::rd_kafka_consumer_group_metadata_generation_id(self.as_ptr()) }
    }
}

impl Drop for GroupMetadata {
    fn drop(&mut self) {
        // SAFETY: our metadata, destroyed once.
        unsafe { sys::rd_kafka_consumer_group_metadata_destroy(self.as_ptr()) }
    }
}

impl Client {
    /// This consumer's current group metadata; `None` if it is not a group consumer.
    pub fn consumer_group_metadata(&self) -> Option<GroupMetadata> {
        // SAFETY: live handle; we own the returned copy.
        NonNull::new(unsafe { sys::rd_kafka_consumer_group_metadata(self.as_ptr()) }).map(GroupMetadata)
    }

    /// Adds consumed offsets to the producer's current transaction (exactly-once).
    pub fn send_offsets_to_transaction(
        &self,
        offsets: &[Partition],
        metadata: &GroupMetadata,
        timeout_ms: i32,
    ) -> Result<(), KafkaError> {
        let list = PartitionList::new(offsets)?;
        // SAFETY: live handle, list and metadata (librdkafka copies both).
        KafkaError::check(unsafe {
            sys::rd_kafka_send_offsets_to_transaction(
                self.as_ptr(),
                list.as_ptr(),
                metadata.as_ptr(),
                timeout_ms,
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_objects_refuse_what_librdkafka_cannot_take() {
        assert_eq!(NewTopic::new(&[b't'; 250], 1, 1).unwrap_err().code, code::INVALID_ARG);
        assert_eq!(NewTopic::new(b"a\0b", 1, 1).unwrap_err().code, code::INVALID_ARG);
        let error = NewTopic::new(b"t", -5, 1).unwrap_err();
        assert_eq!(error.code, code::INVALID_ARG);
        assert!(error.message.contains("num_partitions"), "{}", error.message);
        assert_eq!(ConfigResource::new(99, b"t").unwrap_err().code, code::INVALID_ARG);
        assert!(DeleteGroup::new(b"g").is_ok());
    }

    #[test]
    fn config_values_reach_the_new_topic() {
        let mut topic = NewTopic::new(b"t", 3, 1).unwrap();
        topic.set_config(b"cleanup.policy", b"compact").unwrap();
        topic.set_replica_assignment(0, &[1]).unwrap_err();
    }

    #[test]
    fn group_metadata_round_trips_its_fields() {
        let metadata = GroupMetadata::new(b"group", 7, b"member", Some(b"instance")).unwrap();
        assert_eq!(metadata.group_id(), b"group");
        assert_eq!(metadata.generation_id(), 7);
        assert_eq!(metadata.member_id(), b"member");
        assert_eq!(metadata.group_instance_id().as_deref(), Some(b"instance".as_slice()));
        assert_eq!(GroupMetadata::new(b"g", -1, b"", None).unwrap().group_instance_id(), None);
    }
}
