//! The `RD_KAFKA_*` constants, in php-rdkafka's registration order. Error codes are generated
//! from the linked librdkafka's error table, so they always match the library in use; the Admin
//! API's, beyond php-rdkafka, follow.

use super::zend::register_long_constant;
use crate::kafka::{error, sys, version};

/// Constants registered before the version constants.
const HEAD: [(&str, i64); 10] = [
    ("RD_KAFKA_CONSUMER", 1),
    ("RD_KAFKA_OFFSET_BEGINNING", -2),
    ("RD_KAFKA_OFFSET_END", -1),
    ("RD_KAFKA_OFFSET_STORED", -1000),
    ("RD_KAFKA_PARTITION_UA", -1),
    ("RD_KAFKA_PRODUCER", 0),
    ("RD_KAFKA_MSG_F_BLOCK", 4),
    ("RD_KAFKA_PURGE_F_QUEUE", 1),
    ("RD_KAFKA_PURGE_F_INFLIGHT", 2),
    ("RD_KAFKA_PURGE_F_NON_BLOCKING", 4),
];

/// Constants registered after the error codes. Partitioner and logger ids are php-rdkafka's own.
const TAIL: [(&str, i64); 11] = [
    ("RD_KAFKA_CONF_UNKNOWN", -2),
    ("RD_KAFKA_CONF_INVALID", -1),
    ("RD_KAFKA_CONF_OK", 0),
    ("RD_KAFKA_MSG_PARTITIONER_RANDOM", 2),
    ("RD_KAFKA_MSG_PARTITIONER_CONSISTENT", 3),
    ("RD_KAFKA_MSG_PARTITIONER_CONSISTENT_RANDOM", 4),
    ("RD_KAFKA_MSG_PARTITIONER_MURMUR2", 5),
    ("RD_KAFKA_MSG_PARTITIONER_MURMUR2_RANDOM", 6),
    ("RD_KAFKA_LOG_PRINT", 100),
    ("RD_KAFKA_LOG_SYSLOG", 101),
    ("RD_KAFKA_LOG_SYSLOG_PRINT", 102),
];

/// Constants beyond php-rdkafka, for the Admin API (php-rdkafka-ffi's global names), taken
/// from librdkafka's own enums.
macro_rules! enum_constants {
    ($($enum:ident: $($name:ident)*;)*) => {
        [$($((stringify!($name), sys::$enum::$name as i64)),*),*]
    };
}

const ADMIN: [(&str, i64); 67] = enum_constants! {
    rd_kafka_admin_op_t: RD_KAFKA_ADMIN_OP_ANY RD_KAFKA_ADMIN_OP_CREATETOPICS RD_KAFKA_ADMIN_OP_DELETETOPICS
        RD_KAFKA_ADMIN_OP_CREATEPARTITIONS RD_KAFKA_ADMIN_OP_ALTERCONFIGS RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS
        RD_KAFKA_ADMIN_OP_DELETERECORDS RD_KAFKA_ADMIN_OP_DELETEGROUPS RD_KAFKA_ADMIN_OP_DELETECONSUMERGROUPOFFSETS
        RD_KAFKA_ADMIN_OP_CREATEACLS RD_KAFKA_ADMIN_OP_DESCRIBEACLS RD_KAFKA_ADMIN_OP_DELETEACLS
        RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS
        RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS RD_KAFKA_ADMIN_OP_ALTERCONSUMERGROUPOFFSETS
        RD_KAFKA_ADMIN_OP_INCREMENTALALTERCONFIGS RD_KAFKA_ADMIN_OP_DESCRIBEUSERSCRAMCREDENTIALS
        RD_KAFKA_ADMIN_OP_ALTERUSERSCRAMCREDENTIALS RD_KAFKA_ADMIN_OP_DESCRIBETOPICS RD_KAFKA_ADMIN_OP_DESCRIBECLUSTER
        RD_KAFKA_ADMIN_OP_LISTOFFSETS RD_KAFKA_ADMIN_OP_ELECTLEADERS;
    rd_kafka_ResourceType_t: RD_KAFKA_RESOURCE_UNKNOWN RD_KAFKA_RESOURCE_ANY RD_KAFKA_RESOURCE_TOPIC
        RD_KAFKA_RESOURCE_GROUP RD_KAFKA_RESOURCE_BROKER RD_KAFKA_RESOURCE_TRANSACTIONAL_ID;
    rd_kafka_AlterConfigOpType_t: RD_KAFKA_ALTER_CONFIG_OP_TYPE_SET RD_KAFKA_ALTER_CONFIG_OP_TYPE_DELETE
        RD_KAFKA_ALTER_CONFIG_OP_TYPE_APPEND RD_KAFKA_ALTER_CONFIG_OP_TYPE_SUBTRACT;
    rd_kafka_ConfigSource_t: RD_KAFKA_CONFIG_SOURCE_UNKNOWN_CONFIG RD_KAFKA_CONFIG_SOURCE_DYNAMIC_TOPIC_CONFIG
        RD_KAFKA_CONFIG_SOURCE_DYNAMIC_BROKER_CONFIG RD_KAFKA_CONFIG_SOURCE_DYNAMIC_DEFAULT_BROKER_CONFIG
        RD_KAFKA_CONFIG_SOURCE_STATIC_BROKER_CONFIG RD_KAFKA_CONFIG_SOURCE_DEFAULT_CONFIG
        RD_KAFKA_CONFIG_SOURCE_GROUP_CONFIG;
    rd_kafka_consumer_group_state_t: RD_KAFKA_CONSUMER_GROUP_STATE_UNKNOWN
        RD_KAFKA_CONSUMER_GROUP_STATE_PREPARING_REBALANCE RD_KAFKA_CONSUMER_GROUP_STATE_COMPLETING_REBALANCE
        RD_KAFKA_CONSUMER_GROUP_STATE_STABLE RD_KAFKA_CONSUMER_GROUP_STATE_DEAD RD_KAFKA_CONSUMER_GROUP_STATE_EMPTY;
    rd_kafka_consumer_group_type_t: RD_KAFKA_CONSUMER_GROUP_TYPE_UNKNOWN RD_KAFKA_CONSUMER_GROUP_TYPE_CONSUMER
        RD_KAFKA_CONSUMER_GROUP_TYPE_CLASSIC;
    rd_kafka_IsolationLevel_t: RD_KAFKA_ISOLATION_LEVEL_READ_UNCOMMITTED RD_KAFKA_ISOLATION_LEVEL_READ_COMMITTED;
    rd_kafka_AclOperation_t: RD_KAFKA_ACL_OPERATION_UNKNOWN RD_KAFKA_ACL_OPERATION_ANY RD_KAFKA_ACL_OPERATION_ALL
        RD_KAFKA_ACL_OPERATION_READ RD_KAFKA_ACL_OPERATION_WRITE RD_KAFKA_ACL_OPERATION_CREATE
        RD_KAFKA_ACL_OPERATION_DELETE RD_KAFKA_ACL_OPERATION_ALTER RD_KAFKA_ACL_OPERATION_DESCRIBE
        RD_KAFKA_ACL_OPERATION_CLUSTER_ACTION RD_KAFKA_ACL_OPERATION_DESCRIBE_CONFIGS
        RD_KAFKA_ACL_OPERATION_ALTER_CONFIGS RD_KAFKA_ACL_OPERATION_IDEMPOTENT_WRITE;
    rd_kafka_OffsetSpec_t: RD_KAFKA_OFFSET_SPEC_MAX_TIMESTAMP RD_KAFKA_OFFSET_SPEC_EARLIEST
        RD_KAFKA_OFFSET_SPEC_LATEST;
};

/// Every constant as (name, value), in registration order.
pub fn all() -> Vec<(String, i64)> {
    let mut list: Vec<(String, i64)> = HEAD.iter().map(|(n, v)| (n.to_string(), *v)).collect();
    list.push(("RD_KAFKA_VERSION".into(), version::runtime_version()));
    list.push(("RD_KAFKA_BUILD_VERSION".into(), version::BUILD_VERSION));
    list.extend(error::err_descs().into_iter().filter_map(|desc| {
        let name = String::from_utf8_lossy(desc.name?).into_owned();
        Some((format!("RD_KAFKA_RESP_ERR_{name}"), desc.code))
    }));
    list.extend(TAIL.iter().chain(&ADMIN).map(|(n, v)| (n.to_string(), *v)));
    list
}

pub fn register(module_number: i32) {
    for (name, value) in all() {
        register_long_constant(&name, value, module_number);
    }
}
