//! The `RD_KAFKA_*` constants, in php-rdkafka's registration order. Error codes are generated
//! from the linked librdkafka's error table, so they always match the library in use.

use super::zend::register_long_constant;
use crate::kafka::{error, version};

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

/// Every constant as (name, value), in registration order.
pub fn all() -> Vec<(String, i64)> {
    let mut list: Vec<(String, i64)> = HEAD.iter().map(|(n, v)| (n.to_string(), *v)).collect();
    list.push(("RD_KAFKA_VERSION".into(), version::runtime_version()));
    list.push(("RD_KAFKA_BUILD_VERSION".into(), version::BUILD_VERSION));
    list.extend(error::err_descs().into_iter().filter_map(|desc| {
        let name = String::from_utf8_lossy(desc.name?).into_owned();
        Some((format!("RD_KAFKA_RESP_ERR_{name}"), desc.code))
    }));
    list.extend(TAIL.iter().map(|(n, v)| (n.to_string(), *v)));
    list
}

pub fn register(module_number: i32) {
    for (name, value) in all() {
        register_long_constant(&name, value, module_number);
    }
}
