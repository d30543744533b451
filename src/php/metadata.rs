//! `RdKafka\Metadata` and its `Topic`, `Broker`, `Partition` and `Collection` classes.
//!
//! Every object shares the one native metadata (`Rc`), so a Collection or item stays valid after
//! its Metadata object and the client are gone.

use super::rdkafka::PRIVATE_CONSTRUCT;
use super::zend::{
    bytes_zval, handlers, long_zval, new_native, register_class, zend_ce_countable, zend_ce_iterator, Call,
    ClassDef, ClassSlot, ExClass, HandlerSlot, Method, NativeClass, PhpError, PhpResult, Ret, Ty,
};
use crate::kafka::metadata::{Metadata as Native, PartitionInfo, TopicInfo};
use ext_php_rs::types::Zval;
use std::borrow::Cow;
use std::rc::Rc;

pub static METADATA: ClassSlot = ClassSlot::new();
pub static TOPIC: ClassSlot = ClassSlot::new();
pub static BROKER: ClassSlot = ClassSlot::new();
pub static PARTITION: ClassSlot = ClassSlot::new();
pub static COLLECTION: ClassSlot = ClassSlot::new();
static METADATA_HANDLERS: HandlerSlot = HandlerSlot::new();
static TOPIC_HANDLERS: HandlerSlot = HandlerSlot::new();
static BROKER_HANDLERS: HandlerSlot = HandlerSlot::new();
static PARTITION_HANDLERS: HandlerSlot = HandlerSlot::new();
static COLLECTION_HANDLERS: HandlerSlot = HandlerSlot::new();

type Debug = Option<Vec<(Cow<'static, str>, Zval)>>;

/// `RdKafka\Metadata`.
pub struct Metadata(Rc<Native>);

/// `RdKafka\Metadata\Topic`: topic `topic` of the metadata.
pub struct MetaTopic {
    meta: Rc<Native>,
    topic: usize,
}

/// `RdKafka\Metadata\Broker`.
pub struct MetaBroker {
    meta: Rc<Native>,
    broker: usize,
}

/// `RdKafka\Metadata\Partition`: partition `partition` of topic `topic`.
pub struct MetaPartition {
    meta: Rc<Native>,
    topic: usize,
    partition: usize,
}

/// What a Collection lists.
#[derive(Clone, Copy)]
enum Items {
    Brokers,
    Topics,
    Partitions {
        topic: usize,
    },
    /// A partition's replicas, or with `in_sync` its in-sync replicas (broker ids).
    Replicas {
        topic: usize,
        partition: usize,
        in_sync: bool,
    },
}

/// `RdKafka\Metadata\Collection`: a position-based iterator.
pub struct Collection {
    meta: Rc<Native>,
    items: Items,
    position: usize,
}

impl MetaTopic {
    fn info(&self) -> TopicInfo<'_> {
        self.meta.topic(self.topic).expect("index within the metadata")
    }
}

impl MetaPartition {
    fn info(&self) -> PartitionInfo<'_> {
        self.meta
            .topic(self.topic)
            .and_then(|t| t.partition(self.partition))
            .expect("index within the metadata")
    }
}

impl Collection {
    fn new_zval(meta: &Rc<Native>, items: Items) -> Zval {
        new_native(COLLECTION.get(), Collection { meta: Rc::clone(meta), items, position: 0 })
    }

    fn ids(&self, topic: usize, partition: usize, in_sync: bool) -> &[i32] {
        let p =
            self.meta.topic(topic).and_then(|t| t.partition(partition)).expect("index within the metadata");
        if in_sync {
            p.isrs()
        } else {
            p.replicas()
        }
    }

    fn count(&self) -> usize {
        match self.items {
            Items::Brokers => self.meta.broker_count(),
            Items::Topics => self.meta.topics().len(),
            Items::Partitions { topic } => self.meta.topic(topic).map_or(0, |t| t.partition_count()),
            Items::Replicas { topic, partition, in_sync } => self.ids(topic, partition, in_sync).len(),
        }
    }

    /// A new value for item `idx` (which must be below `count()`).
    fn item(&self, idx: usize) -> Zval {
        let meta = Rc::clone(&self.meta);
        match self.items {
            Items::Brokers => new_native(BROKER.get(), MetaBroker { meta, broker: idx }),
            Items::Topics => new_native(TOPIC.get(), MetaTopic { meta, topic: idx }),
            Items::Partitions { topic } => {
                new_native(PARTITION.get(), MetaPartition { meta, topic, partition: idx })
            }
            Items::Replicas { topic, partition, in_sync } => {
                long_zval(self.ids(topic, partition, in_sync)[idx].into())
            }
        }
    }
}

impl NativeClass for Metadata {
    const UNCONSTRUCTED: &'static str = "RdKafka\\Metadata::__construct() has not been called";
    fn handlers() -> &'static HandlerSlot {
        &METADATA_HANDLERS
    }
    fn debug_info(state: Option<&Self>) -> Debug {
        Some(state.map_or_else(Vec::new, |m| {
            vec![
                ("brokers".into(), Collection::new_zval(&m.0, Items::Brokers)),
                ("topics".into(), Collection::new_zval(&m.0, Items::Topics)),
                ("orig_broker_id".into(), long_zval(m.0.orig_broker_id().into())),
                ("orig_broker_name".into(), bytes_zval(m.0.orig_broker_name())),
            ]
        }))
    }
}

impl NativeClass for MetaTopic {
    const UNCONSTRUCTED: &'static str = "RdKafka\\Metadata\\Topic::__construct() has not been called";
    fn handlers() -> &'static HandlerSlot {
        &TOPIC_HANDLERS
    }
    fn debug_info(state: Option<&Self>) -> Debug {
        Some(state.map_or_else(Vec::new, |t| {
            vec![
                ("topic".into(), bytes_zval(t.info().name())),
                ("partitions".into(), Collection::new_zval(&t.meta, Items::Partitions { topic: t.topic })),
                ("err".into(), long_zval(t.info().err())),
            ]
        }))
    }
}

impl NativeClass for MetaBroker {
    const UNCONSTRUCTED: &'static str = "RdKafka\\Metadata\\Broker::__construct() has not been called";
    fn handlers() -> &'static HandlerSlot {
        &BROKER_HANDLERS
    }
    fn debug_info(state: Option<&Self>) -> Debug {
        Some(state.map_or_else(Vec::new, |b| {
            let info = b.meta.broker(b.broker).expect("index within the metadata");
            vec![
                ("id".into(), long_zval(info.id.into())),
                ("host".into(), bytes_zval(info.host)),
                ("port".into(), long_zval(info.port.into())),
            ]
        }))
    }
}

impl NativeClass for MetaPartition {
    const UNCONSTRUCTED: &'static str = "RdKafka\\Metadata\\Partition::__construct() has not been called";
    fn handlers() -> &'static HandlerSlot {
        &PARTITION_HANDLERS
    }
    fn debug_info(state: Option<&Self>) -> Debug {
        Some(state.map_or_else(Vec::new, |p| {
            let info = p.info();
            vec![
                ("id".into(), long_zval(info.id().into())),
                ("err".into(), long_zval(info.err())),
                ("leader".into(), long_zval(info.leader().into())),
                ("replica_cnt".into(), long_zval(info.replicas().len() as i64)),
                ("isr_cnt".into(), long_zval(info.isrs().len() as i64)),
            ]
        }))
    }
}

impl NativeClass for Collection {
    const UNCONSTRUCTED: &'static str = "RdKafka\\Metadata\\Collection::__construct() has not been called";
    fn handlers() -> &'static HandlerSlot {
        &COLLECTION_HANDLERS
    }
    fn debug_info(state: Option<&Self>) -> Debug {
        Some(
            state.map_or_else(Vec::new, |c| {
                (0..c.count()).map(|i| (i.to_string().into(), c.item(i))).collect()
            }),
        )
    }
}

/// A Metadata object over freshly fetched metadata.
pub fn metadata_zval(meta: Native) -> Zval {
    new_native(METADATA.get(), Metadata(Rc::new(meta)))
}

fn ret_long(call: &mut Call, value: i64) -> PhpResult {
    call.ret().set_long(value);
    Ok(())
}

fn invalid_iterator(what: &str) -> PhpError {
    PhpError::new(ExClass::Kafka, format!("Called {what}() on invalid iterator"), 0)
}

handlers! {
    fn get_orig_broker_id(call) {
        call.no_args()?;
        let id = call.this::<Metadata>()?.0.orig_broker_id();
        ret_long(call, id.into())
    }
    fn get_orig_broker_name(call) {
        call.no_args()?;
        let name = bytes_zval(call.this::<Metadata>()?.0.orig_broker_name());
        *call.ret() = name;
        Ok(())
    }
    fn get_brokers(call) {
        call.no_args()?;
        let list = Collection::new_zval(&call.this::<Metadata>()?.0, Items::Brokers);
        *call.ret() = list;
        Ok(())
    }
    fn get_topics(call) {
        call.no_args()?;
        let list = Collection::new_zval(&call.this::<Metadata>()?.0, Items::Topics);
        *call.ret() = list;
        Ok(())
    }

    fn topic_get_topic(call) {
        call.no_args()?;
        let name = bytes_zval(call.this::<MetaTopic>()?.info().name());
        *call.ret() = name;
        Ok(())
    }
    fn topic_get_err(call) {
        call.no_args()?;
        let err = call.this::<MetaTopic>()?.info().err();
        ret_long(call, err)
    }
    fn topic_get_partitions(call) {
        call.no_args()?;
        let topic = call.this::<MetaTopic>()?;
        let list = Collection::new_zval(&topic.meta, Items::Partitions { topic: topic.topic });
        *call.ret() = list;
        Ok(())
    }

    fn broker_get_id(call) {
        call.no_args()?;
        let b = call.this::<MetaBroker>()?;
        let id = b.meta.broker(b.broker).map_or(0, |i| i.id);
        ret_long(call, id.into())
    }
    fn broker_get_host(call) {
        call.no_args()?;
        let b = call.this::<MetaBroker>()?;
        let host = bytes_zval(b.meta.broker(b.broker).map_or(&[][..], |i| i.host));
        *call.ret() = host;
        Ok(())
    }
    fn broker_get_port(call) {
        call.no_args()?;
        let b = call.this::<MetaBroker>()?;
        let port = b.meta.broker(b.broker).map_or(0, |i| i.port);
        ret_long(call, port.into())
    }

    fn partition_get_id(call) {
        call.no_args()?;
        let id = call.this::<MetaPartition>()?.info().id();
        ret_long(call, id.into())
    }
    fn partition_get_err(call) {
        call.no_args()?;
        let err = call.this::<MetaPartition>()?.info().err();
        ret_long(call, err)
    }
    fn partition_get_leader(call) {
        call.no_args()?;
        let leader = call.this::<MetaPartition>()?.info().leader();
        ret_long(call, leader.into())
    }
    fn partition_get_replicas(call) {
        call.no_args()?;
        let p = call.this::<MetaPartition>()?;
        let list = Collection::new_zval(&p.meta, Items::Replicas { topic: p.topic, partition: p.partition, in_sync: false });
        *call.ret() = list;
        Ok(())
    }
    fn partition_get_isrs(call) {
        call.no_args()?;
        let p = call.this::<MetaPartition>()?;
        let list = Collection::new_zval(&p.meta, Items::Replicas { topic: p.topic, partition: p.partition, in_sync: true });
        *call.ret() = list;
        Ok(())
    }

    fn collection_count(call) {
        call.no_args()?;
        let count = call.this::<Collection>()?.count();
        ret_long(call, count as i64)
    }
    fn collection_current(call) {
        call.no_args()?;
        let c = call.this::<Collection>()?;
        if c.position >= c.count() {
            return Err(invalid_iterator("current"));
        }
        let item = c.item(c.position);
        *call.ret() = item;
        Ok(())
    }
    fn collection_key(call) {
        call.no_args()?;
        let c = call.this::<Collection>()?;
        if c.position >= c.count() {
            return Err(invalid_iterator("key"));
        }
        let position = c.position as i64;
        ret_long(call, position)
    }
    fn collection_next(call) {
        call.no_args()?;
        let c = call.this::<Collection>()?;
        c.position = c.position.saturating_add(1);
        Ok(())
    }
    fn collection_rewind(call) {
        call.no_args()?;
        call.this::<Collection>()?.position = 0;
        Ok(())
    }
    fn collection_valid(call) {
        call.no_args()?;
        let c = call.this::<Collection>()?;
        let valid = c.position < c.count();
        call.ret().set_bool(valid);
        Ok(())
    }
}

const fn private_ctor() -> Method {
    Method::new("__construct", PRIVATE_CONSTRUCT, &[], Ret::None).private()
}
const COLLECTION_RET: Ret = Ret::Tentative(Ty::class("RdKafka\\Metadata\\Collection"));
const INT: Ret = Ret::Tentative(Ty::INT);
const STRING: Ret = Ret::Tentative(Ty::STRING);

static METADATA_METHODS: [Method; 5] = [
    private_ctor(),
    Method::new("getOrigBrokerId", get_orig_broker_id, &[], INT),
    Method::new("getOrigBrokerName", get_orig_broker_name, &[], STRING),
    Method::new("getBrokers", get_brokers, &[], COLLECTION_RET),
    Method::new("getTopics", get_topics, &[], COLLECTION_RET),
];
static TOPIC_METHODS: [Method; 4] = [
    private_ctor(),
    Method::new("getTopic", topic_get_topic, &[], STRING),
    Method::new("getErr", topic_get_err, &[], INT),
    Method::new("getPartitions", topic_get_partitions, &[], COLLECTION_RET),
];
static BROKER_METHODS: [Method; 4] = [
    private_ctor(),
    Method::new("getId", broker_get_id, &[], INT),
    Method::new("getHost", broker_get_host, &[], STRING),
    Method::new("getPort", broker_get_port, &[], INT),
];
static PARTITION_METHODS: [Method; 6] = [
    private_ctor(),
    Method::new("getId", partition_get_id, &[], INT),
    Method::new("getErr", partition_get_err, &[], INT),
    Method::new("getLeader", partition_get_leader, &[], INT),
    Method::new("getReplicas", partition_get_replicas, &[], COLLECTION_RET),
    Method::new("getIsrs", partition_get_isrs, &[], COLLECTION_RET),
];
static COLLECTION_METHODS: [Method; 7] = [
    private_ctor(),
    Method::new("count", collection_count, &[], INT),
    Method::new("current", collection_current, &[], Ret::Tentative(Ty::MIXED)),
    Method::new("key", collection_key, &[], INT),
    Method::new("next", collection_next, &[], Ret::Tentative(Ty::VOID)),
    Method::new("rewind", collection_rewind, &[], Ret::Tentative(Ty::VOID)),
    Method::new("valid", collection_valid, &[], Ret::Tentative(Ty::BOOL)),
];

pub fn register_all() {
    METADATA.set(register_class(ClassDef::native::<Metadata>("RdKafka\\Metadata", &METADATA_METHODS)));
    TOPIC.set(register_class(ClassDef::native::<MetaTopic>("RdKafka\\Metadata\\Topic", &TOPIC_METHODS)));
    BROKER.set(register_class(ClassDef::native::<MetaBroker>("RdKafka\\Metadata\\Broker", &BROKER_METHODS)));
    PARTITION.set(register_class(ClassDef::native::<MetaPartition>(
        "RdKafka\\Metadata\\Partition",
        &PARTITION_METHODS,
    )));
    let mut collection = ClassDef::native::<Collection>("RdKafka\\Metadata\\Collection", &COLLECTION_METHODS);
    collection.interfaces = vec![zend_ce_countable(), zend_ce_iterator()];
    COLLECTION.set(register_class(collection));
}
