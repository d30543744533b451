//! `RdKafka\Test\MockCluster` and `RdKafka\Test\ApiKey`: librdkafka's in-process mock cluster
//! for tests without a broker, with the names and signatures of idealo/php-rdkafka-ffi.
//!
//! The cluster runs on librdkafka's threads only and never calls PHP code. Its brokers listen
//! on 127.0.0.1 and serve any client; the cluster stops when its PHP object is freed.

use super::conf::{Conf, CONF};
use super::rdkafka::{Kafka, PRODUCER};
use super::zend::narrow;
use super::zend::{
    array_longs, handlers, new_native, optional, param, parse_args, register_class, str_arg, variadic,
    variadic_longs, Call, ClassDef, ClassSlot, ExClass, HandlerSlot, Method, NativeClass, PhpError,
    PhpResult, Ret, Ty,
};
use crate::kafka::error::code;
use crate::kafka::mock::MockCluster;
use ext_php_rs::ffi::{zval, HashTable};
use std::ffi::c_char;
use std::ptr;

pub static MOCK_CLUSTER: ClassSlot = ClassSlot::new();
pub static API_KEY: ClassSlot = ClassSlot::new();
static HANDLERS: HandlerSlot = HandlerSlot::new();

const CLASS: &str = "RdKafka\\Test\\MockCluster";

impl NativeClass for MockCluster {
    const UNCONSTRUCTED: &'static str =
        "RdKafka\\Test\\MockCluster was not created by MockCluster::create() or MockCluster::fromProducer()";

    fn handlers() -> &'static HandlerSlot {
        &HANDLERS
    }

    fn check_usable(&self) -> PhpResult {
        Ok(self.check_not_inherited()?)
    }
}

/// The first `count` values, as librdkafka's `cnt` selects them; a count beyond the values given
/// would have it read past them.
fn first(values: Vec<i64>, count: i64, per_item: usize, what: &str) -> PhpResult<Vec<i32>> {
    let available = (values.len() / per_item) as i64;
    if !(0..=available).contains(&count) {
        return Err(PhpError::new(
            ExClass::Kafka,
            format!("Invalid value {count} for count. Must be between 0 and {available}, the number of {what} given"),
            code::INVALID_ARG,
        ));
    }
    values[..count as usize * per_item].iter().map(|&v| narrow::<i32>(v, "an error code or RTT")).collect()
}

/// A new MockCluster object of the class the static factory was called on.
fn return_cluster(call: &mut Call, cluster: MockCluster) {
    let object = new_native(call.called_class(), cluster);
    *call.ret() = object;
}

/// The `(string $topic, int $partition, int $brokerId)` arguments.
fn topic_partition_broker<'a>(call: &mut Call) -> PhpResult<(&'a [u8], i32, i32)> {
    let (mut topic, mut topic_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
    let (mut partition, mut broker): (i64, i64) = (0, 0);
    parse_args!(call, "sll", &mut topic, &mut topic_len, &mut partition, &mut broker);
    Ok((str_arg(topic, topic_len), narrow(partition, "partition")?, narrow(broker, "brokerId")?))
}

fn cluster(call: &mut Call) -> PhpResult<&mut MockCluster> {
    call.this::<MockCluster>()
}

handlers! {
    fn construct(call) {
        let _ = call;
        Err(PhpError::new(
            ExClass::Base,
            "Use RdKafka\\Test\\MockCluster::create() or MockCluster::fromProducer()",
            0,
        ))
    }

    fn create(call) {
        let mut broker_count: i64 = 0;
        let mut conf_arg: *mut zval = ptr::null_mut();
        parse_args!(call, "l|O!", &mut broker_count, &mut conf_arg, CONF.get());
        if broker_count < 1 {
            return Err(PhpError::new(
                ExClass::InvalidArgument,
                format!("Invalid value {broker_count} for brokerCount. Must be 1 or greater"),
                0,
            ));
        }
        let conf = match conf_arg.is_null() {
            true => None,
            false => Some(&super::zend::object_state::<Conf>(conf_arg)?.native),
        };
        let cluster = MockCluster::new(narrow(broker_count, "brokerCount")?, conf)?;
        return_cluster(call, cluster);
        Ok(())
    }

    fn from_producer(call) {
        let mut producer: *mut zval = ptr::null_mut();
        parse_args!(call, "O", &mut producer, PRODUCER.get());
        let kafka = super::zend::object_state::<Kafka>(producer)?;
        kafka.check_usable()?;
        let cluster = MockCluster::of_client(&kafka.client).ok_or_else(|| {
            PhpError::new(
                ExClass::Kafka,
                "Mock cluster instance not found. The instance must be created by setting the `test.mock.num.brokers` configuration property",
                0,
            )
        })?;
        return_cluster(call, cluster);
        Ok(())
    }

    fn get_bootstraps(call) {
        call.no_args()?;
        let bootstraps = cluster(call)?.bootstraps();
        call.ret().set_string(&bootstraps, false).map_err(|_| PhpError::Thrown)?;
        Ok(())
    }

    fn push_request_errors(call) {
        let (mut api_key, mut count): (i64, i64) = (0, 0);
        let (mut codes, mut code_count): (*mut zval, u32) = (ptr::null_mut(), 0);
        parse_args!(call, "ll*", &mut api_key, &mut count, &mut codes, &mut code_count);
        let codes = variadic_longs(codes, code_count, 3, "RdKafka\\Test\\MockCluster::pushRequestErrors", "errorCodes")?;
        let errors = first(codes, count, 1, "error codes")?;
        cluster(call)?.push_request_errors(narrow(api_key, "apiKey")?, &errors);
        Ok(())
    }

    fn push_request_errors_array(call) {
        let (mut api_key, mut count): (i64, i64) = (0, 0);
        let mut codes: *mut HashTable = ptr::null_mut();
        parse_args!(call, "llh", &mut api_key, &mut count, &mut codes);
        let codes = array_longs(codes, 3, "RdKafka\\Test\\MockCluster::pushRequestErrorsArray", "errorCodes")?;
        let errors = first(codes, count, 1, "error codes")?;
        cluster(call)?.push_request_errors(narrow(api_key, "apiKey")?, &errors);
        Ok(())
    }

    fn push_broker_request_errors(call) {
        let (mut broker, mut api_key, mut count): (i64, i64, i64) = (0, 0, 0);
        let (mut codes, mut code_count): (*mut zval, u32) = (ptr::null_mut(), 0);
        parse_args!(call, "lll*", &mut broker, &mut api_key, &mut count, &mut codes, &mut code_count);
        let codes = variadic_longs(codes, code_count, 4, "RdKafka\\Test\\MockCluster::pushBrokerRequestErrors", "errorCodes")?;
        let errors: Vec<(i32, i32)> = first(codes, count, 1, "error codes")?.into_iter().map(|err| (err, 0)).collect();
        cluster(call)?.push_broker_request_errors(narrow(broker, "brokerId")?, narrow(api_key, "apiKey")?, &errors)?;
        Ok(())
    }

    fn push_broker_request_error_rtts(call) {
        let (mut broker, mut api_key, mut count): (i64, i64, i64) = (0, 0, 0);
        let (mut values, mut value_count): (*mut zval, u32) = (ptr::null_mut(), 0);
        parse_args!(call, "lll*", &mut broker, &mut api_key, &mut count, &mut values, &mut value_count);
        let values =
            variadic_longs(values, value_count, 4, "RdKafka\\Test\\MockCluster::pushBrokerRequestErrorRtts", "errorCodeAndRttTuples")?;
        let pairs: Vec<(i32, i32)> =
            first(values, count, 2, "(error code, RTT) pairs")?.chunks(2).map(|pair| (pair[0], pair[1])).collect();
        cluster(call)?.push_broker_request_errors(narrow(broker, "brokerId")?, narrow(api_key, "apiKey")?, &pairs)?;
        Ok(())
    }

    fn set_topic_error(call) {
        let (mut topic, mut topic_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let mut error: i64 = 0;
        parse_args!(call, "sl", &mut topic, &mut topic_len, &mut error);
        cluster(call)?.set_topic_error(str_arg(topic, topic_len), narrow(error, "errorCode")?)?;
        Ok(())
    }

    fn create_topic(call) {
        let (mut topic, mut topic_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let (mut partitions, mut replication): (i64, i64) = (0, 0);
        parse_args!(call, "sll", &mut topic, &mut topic_len, &mut partitions, &mut replication);
        let (partitions, replication) = (narrow(partitions, "partitionCount")?, narrow(replication, "replicationFactor")?);
        cluster(call)?.create_topic(str_arg(topic, topic_len), partitions, replication)?;
        Ok(())
    }

    fn set_partition_leader(call) {
        let (topic, partition, broker) = topic_partition_broker(call)?;
        cluster(call)?.set_partition_leader(topic, partition, broker)?;
        Ok(())
    }

    fn set_partition_follower(call) {
        let (topic, partition, broker) = topic_partition_broker(call)?;
        cluster(call)?.set_partition_follower(topic, partition, broker)?;
        Ok(())
    }

    fn set_partition_follower_watermarks(call) {
        let (mut topic, mut topic_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let (mut partition, mut low, mut high): (i64, i64, i64) = (0, 0, 0);
        parse_args!(call, "slll", &mut topic, &mut topic_len, &mut partition, &mut low, &mut high);
        let partition = narrow(partition, "partition")?;
        cluster(call)?.set_partition_follower_watermarks(str_arg(topic, topic_len), partition, low, high)?;
        Ok(())
    }

    fn set_broker_down(call) {
        let broker = narrow(call.long_arg()?, "brokerId")?;
        cluster(call)?.set_broker_down(broker)?;
        Ok(())
    }

    fn set_broker_up(call) {
        let broker = narrow(call.long_arg()?, "brokerId")?;
        cluster(call)?.set_broker_up(broker)?;
        Ok(())
    }

    fn set_broker_rack(call) {
        let mut broker: i64 = 0;
        let (mut rack, mut rack_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        parse_args!(call, "ls", &mut broker, &mut rack, &mut rack_len);
        cluster(call)?.set_broker_rack(narrow(broker, "brokerId")?, str_arg(rack, rack_len))?;
        Ok(())
    }

    fn set_coordinator(call) {
        let (mut key_type, mut key_type_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let (mut key, mut key_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let mut broker: i64 = 0;
        parse_args!(call, "ssl", &mut key_type, &mut key_type_len, &mut key, &mut key_len, &mut broker);
        let broker = narrow(broker, "brokerId")?;
        cluster(call)?.set_coordinator(str_arg(key_type, key_type_len), str_arg(key, key_len), broker)?;
        Ok(())
    }

    fn set_api_version(call) {
        let (mut api_key, mut min, mut max): (i64, i64, i64) = (0, 0, 0);
        parse_args!(call, "lll", &mut api_key, &mut min, &mut max);
        let (api_key, min, max) = (narrow(api_key, "apiKey")?, narrow(min, "minVersion")?, narrow(max, "maxVersion")?);
        cluster(call)?.set_api_version(api_key, min, max)?;
        Ok(())
    }

    fn set_rtt(call) {
        let (mut broker, mut rtt): (i64, i64) = (0, 0);
        parse_args!(call, "ll", &mut broker, &mut rtt);
        let (broker, rtt) = (narrow(broker, "brokerId")?, narrow(rtt, "roundTripTimeDelayMs")?);
        cluster(call)?.set_broker_rtt(broker, rtt)?;
        Ok(())
    }
}

const SELF_TY: Ty = Ty::class("RdKafka\\Test\\MockCluster");
const VOID: Ret = Ret::Real(Ty::VOID);
const TOPIC_PARTITION_BROKER: &[super::zend::Param] =
    &[param("topic", Ty::STRING), param("partition", Ty::INT), param("brokerId", Ty::INT)];

static METHODS: [Method; 19] = [
    Method::new("__construct", construct, &[], Ret::None).private(),
    Method::new(
        "create",
        create,
        &[param("brokerCount", Ty::INT), optional("conf", Ty::class("RdKafka\\Conf").nullable(), "null")],
        Ret::Real(SELF_TY),
    )
    .static_(),
    Method::new(
        "fromProducer",
        from_producer,
        &[param("producer", Ty::class("RdKafka\\Producer"))],
        Ret::Real(SELF_TY),
    )
    .static_(),
    Method::new("getBootstraps", get_bootstraps, &[], Ret::Real(Ty::STRING)),
    Method::new(
        "pushRequestErrors",
        push_request_errors,
        &[param("apiKey", Ty::INT), param("count", Ty::INT), variadic("errorCodes", Ty::INT)],
        VOID,
    ),
    Method::new(
        "pushRequestErrorsArray",
        push_request_errors_array,
        &[param("apiKey", Ty::INT), param("count", Ty::INT), param("errorCodes", Ty::ARRAY)],
        VOID,
    ),
    Method::new(
        "pushBrokerRequestErrors",
        push_broker_request_errors,
        &[
            param("brokerId", Ty::INT),
            param("apiKey", Ty::INT),
            param("count", Ty::INT),
            variadic("errorCodes", Ty::INT),
        ],
        VOID,
    ),
    Method::new(
        "pushBrokerRequestErrorRtts",
        push_broker_request_error_rtts,
        &[
            param("brokerId", Ty::INT),
            param("apiKey", Ty::INT),
            param("count", Ty::INT),
            variadic("errorCodeAndRttTuples", Ty::INT),
        ],
        VOID,
    ),
    Method::new(
        "setTopicError",
        set_topic_error,
        &[param("topic", Ty::STRING), param("errorCode", Ty::INT)],
        VOID,
    ),
    Method::new(
        "createTopic",
        create_topic,
        &[param("topic", Ty::STRING), param("partitionCount", Ty::INT), param("replicationFactor", Ty::INT)],
        VOID,
    ),
    Method::new("setPartitionLeader", set_partition_leader, TOPIC_PARTITION_BROKER, VOID),
    Method::new("setPartitionFollower", set_partition_follower, TOPIC_PARTITION_BROKER, VOID),
    Method::new(
        "setPartitionFollowerWatermarks",
        set_partition_follower_watermarks,
        &[
            param("topic", Ty::STRING),
            param("partition", Ty::INT),
            param("low", Ty::INT),
            param("high", Ty::INT),
        ],
        VOID,
    ),
    Method::new("setBrokerDown", set_broker_down, &[param("brokerId", Ty::INT)], VOID),
    Method::new("setBrokerUp", set_broker_up, &[param("brokerId", Ty::INT)], VOID),
    Method::new(
        "setBrokerRack",
        set_broker_rack,
        &[param("brokerId", Ty::INT), param("rack", Ty::STRING)],
        VOID,
    ),
    Method::new(
        "setCoordinator",
        set_coordinator,
        &[param("keyType", Ty::STRING), param("key", Ty::STRING), param("brokerId", Ty::INT)],
        VOID,
    ),
    Method::new(
        "setApiVersion",
        set_api_version,
        &[param("apiKey", Ty::INT), param("minVersion", Ty::INT), param("maxVersion", Ty::INT)],
        VOID,
    ),
    Method::new(
        "setRtt",
        set_rtt,
        &[param("brokerId", Ty::INT), param("roundTripTimeDelayMs", Ty::INT)],
        VOID,
    ),
];

/// Kafka protocol API keys: the FFI library's names up to DeleteGroups (42), librdkafka's
/// (`rdkafka_protocol.h`) for the later ones, and `ListOffsets`, Kafka's own name for `Offset`.
static API_KEYS: [(&str, i64); 75] = [
    ("None", -1),
    ("Produce", 0),
    ("Fetch", 1),
    ("Offset", 2),
    ("ListOffsets", 2),
    ("Metadata", 3),
    ("LeaderAndIsr", 4),
    ("StopReplica", 5),
    ("UpdateMetadata", 6),
    ("ControlledShutdown", 7),
    ("OffsetCommit", 8),
    ("OffsetFetch", 9),
    ("FindCoordinator", 10),
    ("JoinGroup", 11),
    ("Heartbeat", 12),
    ("LeaveGroup", 13),
    ("SyncGroup", 14),
    ("DescribeGroups", 15),
    ("ListGroups", 16),
    ("SaslHandshake", 17),
    ("ApiVersion", 18),
    ("CreateTopics", 19),
    ("DeleteTopics", 20),
    ("DeleteRecords", 21),
    ("InitProducerId", 22),
    ("OffsetForLeaderEpoch", 23),
    ("AddPartitionsToTxn", 24),
    ("AddOffsetsToTxn", 25),
    ("EndTxn", 26),
    ("WriteTxnMarkers", 27),
    ("TxnOffsetCommit", 28),
    ("DescribeAcls", 29),
    ("CreateAcls", 30),
    ("DeleteAcls", 31),
    ("DescribeConfigs", 32),
    ("AlterConfigs", 33),
    ("AlterReplicaLogDirs", 34),
    ("DescribeLogDirs", 35),
    ("SaslAuthenticate", 36),
    ("CreatePartitions", 37),
    ("CreateDelegationToken", 38),
    ("RenewDelegationToken", 39),
    ("ExpireDelegationToken", 40),
    ("DescribeDelegationToken", 41),
    ("DeleteGroups", 42),
    ("ElectLeaders", 43),
    ("IncrementalAlterConfigs", 44),
    ("AlterPartitionReassignments", 45),
    ("ListPartitionReassignments", 46),
    ("OffsetDelete", 47),
    ("DescribeClientQuotas", 48),
    ("AlterClientQuotas", 49),
    ("DescribeUserScramCredentials", 50),
    ("AlterUserScramCredentials", 51),
    ("Vote", 52),
    ("BeginQuorumEpoch", 53),
    ("EndQuorumEpoch", 54),
    ("DescribeQuorum", 55),
    ("AlterIsr", 56),
    ("UpdateFeatures", 57),
    ("Envelope", 58),
    ("FetchSnapshot", 59),
    ("DescribeCluster", 60),
    ("DescribeProducers", 61),
    ("BrokerHeartbeat", 63),
    ("UnregisterBroker", 64),
    ("DescribeTransactions", 65),
    ("ListTransactions", 66),
    ("AllocateProducerIds", 67),
    ("ConsumerGroupHeartbeat", 68),
    ("ConsumerGroupDescribe", 69),
    ("ControllerRegistration", 70),
    ("GetTelemetrySubscriptions", 71),
    ("PushTelemetry", 72),
    ("AssignReplicasToDirs", 73),
];

pub fn register() {
    MOCK_CLUSTER.set(register_class(ClassDef::native::<MockCluster>(CLASS, &METHODS)));
    API_KEY.set(register_class(ClassDef {
        constants: &API_KEYS,
        ..ClassDef::new("RdKafka\\Test\\ApiKey", &[])
    }));
}
