//! librdkafka's in-process mock Kafka cluster: brokers listening on 127.0.0.1 ports that any
//! client can reach (ours, other processes, `kcat`), served by the cluster's own thread, with
//! fault injection (request errors, broker outages, RTT, leader and coordinator moves).

use super::client::{Client, ClientKind};
use super::conf::NativeConf;
use super::error::{code, KafkaError};
use super::topic::topic_name;
use super::{c_name, c_str_bytes, sys};
use std::ffi::c_int;
use std::ptr::NonNull;
use std::rc::Rc;

/// The mock functions that take an error code, declared over a plain int: any int may arrive
/// from PHP, and one outside the bindings' enum must never become a Rust enum value.
#[allow(clashing_extern_declarations)]
mod raw {
    use super::sys::rd_kafka_mock_cluster_t;
    use std::ffi::{c_char, c_int};

    extern "C" {
        pub fn rd_kafka_mock_push_request_errors_array(
            mcluster: *mut rd_kafka_mock_cluster_t,
            api_key: i16,
            cnt: usize,
            errors: *const c_int,
        );
        pub fn rd_kafka_mock_topic_set_error(
            mcluster: *mut rd_kafka_mock_cluster_t,
            topic: *const c_char,
            err: c_int,
        );
        pub fn rd_kafka_mock_broker_push_request_error_rtts(
            mcluster: *mut rd_kafka_mock_cluster_t,
            broker_id: i32,
            api_key: i16,
            cnt: usize,
            ...
        ) -> c_int;
    }
}

/// The most brokers a cluster may have. Each one holds a listening socket, and librdkafka
/// cannot undo a half-started cluster (it waits for a thread that was never started), so the
/// count stays far below a process's file-descriptor limit.
pub const MAX_BROKERS: i32 = 100;

/// The most partitions a mock topic may have. librdkafka allocates them all at once, and
/// creates a topic with `partition + 1` partitions when a call names a partition of an unknown
/// topic: an unchecked count is an allocation failure, which aborts the process.
pub const MAX_PARTITIONS: i32 = 100_000;

/// A mock cluster and the client handle it runs on.
pub struct MockCluster {
    raw: NonNull<sys::rd_kafka_mock_cluster_t>,
    client: Rc<Client>,
    /// A cluster we created is ours to destroy; one that `test.mock.num.brokers` created belongs
    /// to its client's handle.
    owned: bool,
}

impl std::fmt::Debug for MockCluster {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockCluster").field("raw", &self.raw).field("owned", &self.owned).finish()
    }
}

/// `value` if it lies in `range`; librdkafka indexes arrays with these without checking.
fn in_range(value: i32, range: std::ops::RangeInclusive<i32>, what: &str) -> Result<i32, KafkaError> {
    KafkaError::check_range(value.into(), (*range.start()).into()..=(*range.end()).into(), what)?;
    Ok(value)
}

/// A partition id a call may name (and so create, for an unknown topic).
fn partition_id(partition: i32) -> Result<i32, KafkaError> {
    in_range(partition, 0..=MAX_PARTITIONS - 1, "partition")
}

impl MockCluster {
    /// Starts a cluster of `brokers` brokers (ids 1 to `brokers`) on a producer handle of its
    /// own, built from `conf`'s properties (e.g. `debug`); its callbacks are left out, since
    /// nothing polls that handle. Without a conf, librdkafka's notice that the handle has no
    /// `bootstrap.servers` (level 5), noise in test output, is not logged.
    pub fn new(brokers: i32, conf: Option<&NativeConf>) -> Result<Self, KafkaError> {
        in_range(brokers, 1..=MAX_BROKERS, "brokerCount")?;
        let conf = match conf {
            Some(conf) => conf.for_unpolled_producer(),
            None => {
                let mut quiet = NativeConf::new();
                quiet.set(c"log_level", c"4")?;
                quiet
            }
        };
        let client = Rc::new(Client::new(ClientKind::Producer, conf, None)?);
        // SAFETY: a live producer handle, which outlives the cluster (field order and Drop).
        let raw = unsafe { sys::rd_kafka_mock_cluster_new(client.as_ptr(), brokers) };
        let raw = NonNull::new(raw).ok_or_else(|| {
            KafkaError::with_message(
                code::FAIL,
                format!("Failed to create a mock cluster of {brokers} brokers"),
            )
        })?;
        Ok(MockCluster { raw, client, owned: true })
    }

    /// The cluster that a client's `test.mock.num.brokers` property created, if any; it lives
    /// as long as that client.
    pub fn of_client(client: &Rc<Client>) -> Option<Self> {
        // SAFETY: a live handle.
        let raw = NonNull::new(unsafe { sys::rd_kafka_handle_mock_cluster(client.as_ptr()) })?;
        Some(MockCluster { raw, client: Rc::clone(client), owned: false })
    }

    /// An error for any use in a `fork()` child: the cluster's thread is in the parent.
    pub fn check_not_inherited(&self) -> Result<(), KafkaError> {
        self.client.check_not_inherited()
    }

    fn ptr(&self) -> *mut sys::rd_kafka_mock_cluster_t {
        self.raw.as_ptr()
    }

    /// The brokers' `host:port` list, comma-separated, for `bootstrap.servers`.
    pub fn bootstraps(&self) -> String {
        // SAFETY: live cluster; the string lives as long as the cluster and is copied here.
        let bytes = c_str_bytes(unsafe { sys::rd_kafka_mock_cluster_bootstraps(self.ptr()) });
        String::from_utf8_lossy(bytes.unwrap_or_default()).into_owned()
    }

    /// The next `errors.len()` requests of `api_key`, to any broker, fail with these codes in
    /// order (0 lets one through).
    pub fn push_request_errors(&self, api_key: i16, errors: &[i32]) {
        // SAFETY: live cluster; librdkafka copies `errors.len()` ints.
        unsafe {
            raw::rd_kafka_mock_push_request_errors_array(self.ptr(), api_key, errors.len(), errors.as_ptr())
        }
    }

    /// The next requests of `api_key` to one broker get these (error code, response delay in ms)
    /// pairs in order; they take precedence over the cluster-wide errors.
    pub fn push_broker_request_errors(
        &self,
        broker: i32,
        api_key: i16,
        errors: &[(i32, i32)],
    ) -> Result<(), KafkaError> {
        for &(err, rtt_ms) in errors {
            // SAFETY: live cluster; one (int error, int rtt) pair as the variadic tail. Pushed
            // one at a time, in order: librdkafka appends each to the broker's stack.
            let rc = unsafe {
                raw::rd_kafka_mock_broker_push_request_error_rtts(
                    self.ptr(),
                    broker,
                    api_key,
                    1,
                    err as c_int,
                    rtt_ms as c_int,
                )
            };
            if rc != 0 {
                return Err(KafkaError::from_code(rc.into()));
            }
        }
        Ok(())
    }

    /// The error that Metadata and AddPartitionsToTxn responses report for `topic` (0 clears it).
    pub fn set_topic_error(&self, topic: &[u8], err: i32) -> Result<(), KafkaError> {
        let topic = topic_name(topic)?;
        // SAFETY: live cluster, NUL-terminated name (copied).
        unsafe { raw::rd_kafka_mock_topic_set_error(self.ptr(), topic.as_ptr(), err) };
        Ok(())
    }

    pub fn create_topic(
        &self,
        topic: &[u8],
        partitions: i32,
        replication_factor: i32,
    ) -> Result<(), KafkaError> {
        let topic = topic_name(topic)?;
        in_range(partitions, 1..=MAX_PARTITIONS, "partitionCount")?;
        in_range(replication_factor, 1..=i32::MAX, "replicationFactor")?;
        // SAFETY: live cluster, NUL-terminated name (copied).
        KafkaError::check_code(unsafe {
            sys::rd_kafka_mock_topic_create(self.ptr(), topic.as_ptr(), partitions, replication_factor)
        })
    }

    /// Runs a partition command; librdkafka creates the topic if it does not exist.
    fn on_partition(
        &self,
        topic: &[u8],
        partition: i32,
        command: impl FnOnce(
            *mut sys::rd_kafka_mock_cluster_t,
            *const std::ffi::c_char,
            i32,
        ) -> sys::rd_kafka_resp_err_t,
    ) -> Result<(), KafkaError> {
        let topic = topic_name(topic)?;
        KafkaError::check_code(command(self.ptr(), topic.as_ptr(), partition_id(partition)?))
    }

    /// Moves the partition's leadership to `broker` (-1: no leader).
    pub fn set_partition_leader(&self, topic: &[u8], partition: i32, broker: i32) -> Result<(), KafkaError> {
        // SAFETY: live cluster, NUL-terminated name (copied).
        self.on_partition(topic, partition, |mc, name, p| unsafe {
            sys::rd_kafka_mock_partition_set_leader(mc, name, p, broker)
        })
    }

    /// Sets the partition's preferred replica, which need not be an existing broker.
    pub fn set_partition_follower(
        &self,
        topic: &[u8],
        partition: i32,
        broker: i32,
    ) -> Result<(), KafkaError> {
        // SAFETY: as above.
        self.on_partition(topic, partition, |mc, name, p| unsafe {
            sys::rd_kafka_mock_partition_set_follower(mc, name, p, broker)
        })
    }

    /// The follower's low and high watermarks; -1 reverts to the leader's.
    pub fn set_partition_follower_watermarks(
        &self,
        topic: &[u8],
        partition: i32,
        low: i64,
        high: i64,
    ) -> Result<(), KafkaError> {
        // SAFETY: as above.
        self.on_partition(topic, partition, |mc, name, p| unsafe {
            sys::rd_kafka_mock_partition_set_follower_wmarks(mc, name, p, low, high)
        })
    }

    /// Disconnects the broker and refuses new connections (no leader change).
    pub fn set_broker_down(&self, broker: i32) -> Result<(), KafkaError> {
        // SAFETY: live cluster.
        KafkaError::check_code(unsafe { sys::rd_kafka_mock_broker_set_down(self.ptr(), broker) })
    }

    pub fn set_broker_up(&self, broker: i32) -> Result<(), KafkaError> {
        // SAFETY: live cluster.
        KafkaError::check_code(unsafe { sys::rd_kafka_mock_broker_set_up(self.ptr(), broker) })
    }

    pub fn set_broker_rack(&self, broker: i32, rack: &[u8]) -> Result<(), KafkaError> {
        let rack = c_name(rack, "Rack names")?;
        // SAFETY: live cluster, NUL-terminated rack (copied).
        KafkaError::check_code(unsafe {
            sys::rd_kafka_mock_broker_set_rack(self.ptr(), broker, rack.as_ptr())
        })
    }

    /// Delays every response of the broker by `rtt_ms`.
    pub fn set_broker_rtt(&self, broker: i32, rtt_ms: i32) -> Result<(), KafkaError> {
        // SAFETY: live cluster.
        KafkaError::check_code(unsafe { sys::rd_kafka_mock_broker_set_rtt(self.ptr(), broker, rtt_ms) })
    }

    /// Makes `broker` the coordinator of a `key_type` ("group" or "transaction") key (the
    /// broker need not exist); librdkafka refuses other key types.
    pub fn set_coordinator(&self, key_type: &[u8], key: &[u8], broker: i32) -> Result<(), KafkaError> {
        let key_type = c_name(key_type, "Coordinator key types")?;
        let key = c_name(key, "Coordinator keys")?;
        // SAFETY: live cluster, NUL-terminated strings (copied).
        KafkaError::check_code(unsafe {
            sys::rd_kafka_mock_coordinator_set(self.ptr(), key_type.as_ptr(), key.as_ptr(), broker)
        })
    }

    /// The version range the brokers advertise for `api_key`; -1, -1 disables it.
    pub fn set_api_version(&self, api_key: i16, min: i16, max: i16) -> Result<(), KafkaError> {
        // SAFETY: live cluster.
        KafkaError::check_code(unsafe { sys::rd_kafka_mock_set_apiversion(self.ptr(), api_key, min, max) })
    }
}

impl Drop for MockCluster {
    fn drop(&mut self) {
        // In a fork() child the cluster's thread is not here to be joined: leave the copy alone.
        if self.owned && !self.client.is_inherited() {
            // SAFETY: our cluster, destroyed once, before its handle (the `client` field).
            unsafe { sys::rd_kafka_mock_cluster_destroy(self.ptr()) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_bootstrap_address_per_broker() {
        let cluster = MockCluster::new(3, None).unwrap();
        let bootstraps = cluster.bootstraps();
        assert_eq!(bootstraps.split(',').count(), 3, "{bootstraps}");
        assert!(bootstraps.split(',').all(|b| b.starts_with("127.0.0.1:")), "{bootstraps}");
    }

    #[test]
    fn broker_errors_carry_librdkafka_codes() {
        let cluster = MockCluster::new(1, None).unwrap();
        cluster.set_broker_down(1).unwrap();
        cluster.set_broker_up(1).unwrap();
        let unknown = cluster.set_broker_down(99).unwrap_err();
        let not_available = sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_BROKER_NOT_AVAILABLE as i64;
        assert_eq!((unknown.code, unknown.message.as_str()), (not_available, "Broker: Broker not available"));
        let unknown = cluster.push_broker_request_errors(99, 0, &[(1, 0)]).unwrap_err();
        assert_eq!(unknown.code, sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR__UNKNOWN_BROKER as i64);
    }

    #[test]
    fn names_are_checked_before_librdkafka() {
        let cluster = MockCluster::new(1, None).unwrap();
        assert_eq!(cluster.create_topic(b"a\0b", 1, 1).unwrap_err().code, code::INVALID_ARG);
        assert_eq!(cluster.create_topic(&[b'x'; 250], 1, 1).unwrap_err().code, code::INVALID_ARG);
        cluster.create_topic(b"ok", 2, 1).unwrap();
        assert_eq!(cluster.create_topic(b"ok", 0, 1).unwrap_err().code, code::INVALID_ARG);
        assert_eq!(cluster.set_partition_leader(b"ok", -1, 1).unwrap_err().code, code::INVALID_ARG);
        assert_eq!(
            cluster.set_partition_leader(b"new", MAX_PARTITIONS, 1).unwrap_err().code,
            code::INVALID_ARG
        );
        assert_eq!(cluster.set_coordinator(b"group", b"g", 1), Ok(()));
        assert_eq!(cluster.set_coordinator(b"other", b"g", 1).unwrap_err().code, code::INVALID_ARG);
        assert_eq!(MockCluster::new(MAX_BROKERS + 1, None).unwrap_err().code, code::INVALID_ARG);
    }

    #[test]
    fn a_client_without_test_mock_num_brokers_has_no_cluster() {
        let client = Rc::new(Client::new(ClientKind::Producer, NativeConf::new(), None).unwrap());
        assert!(MockCluster::of_client(&client).is_none());
        let mut conf = NativeConf::new();
        conf.set(c"test.mock.num.brokers", c"2").unwrap();
        let client = Rc::new(Client::new(ClientKind::Producer, conf, None).unwrap());
        let cluster = MockCluster::of_client(&client).unwrap();
        assert_eq!(cluster.bootstraps().split(',').count(), 2);
    }
}
