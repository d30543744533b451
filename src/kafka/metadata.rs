//! Cluster metadata as librdkafka returns it, owned and freed on drop. It does not depend on
//! the client that fetched it.

use super::sys;
use super::{c_str_bytes, err_code};
use std::ptr::NonNull;

#[derive(Debug)]
pub struct Metadata {
    ptr: NonNull<sys::rd_kafka_metadata>,
}

/// One broker of the cluster.
#[derive(Debug, Clone, Copy)]
pub struct BrokerInfo<'a> {
    pub id: i32,
    pub host: &'a [u8],
    pub port: i32,
}

/// One topic: its name, error and partitions.
#[derive(Clone, Copy)]
pub struct TopicInfo<'a> {
    raw: &'a sys::rd_kafka_metadata_topic,
}

/// One partition: its id, error, leader, replicas and in-sync replicas.
#[derive(Clone, Copy)]
pub struct PartitionInfo<'a> {
    raw: &'a sys::rd_kafka_metadata_partition,
}

/// A C array of `len` elements; NULL or a non-positive length is empty.
fn slice<'a, T>(ptr: *const T, len: i32) -> &'a [T] {
    if ptr.is_null() || len <= 0 {
        return &[];
    }
    // SAFETY: librdkafka allocates `len` elements at `ptr` for the metadata's lifetime.
    unsafe { std::slice::from_raw_parts(ptr, len as usize) }
}

impl Metadata {
    /// # Safety
    /// `ptr` must come from `rd_kafka_metadata` and not be freed elsewhere.
    pub(crate) unsafe fn from_raw(ptr: NonNull<sys::rd_kafka_metadata>) -> Self {
        Metadata { ptr }
    }

    fn raw(&self) -> &sys::rd_kafka_metadata {
        // SAFETY: owned and alive until drop.
        unsafe { self.ptr.as_ref() }
    }

    pub fn orig_broker_id(&self) -> i32 {
        self.raw().orig_broker_id
    }

    pub fn orig_broker_name(&self) -> &[u8] {
        c_str_bytes(self.raw().orig_broker_name).unwrap_or_default()
    }

    pub fn broker_count(&self) -> usize {
        slice(self.raw().brokers, self.raw().broker_cnt).len()
    }

    pub fn broker(&self, idx: usize) -> Option<BrokerInfo<'_>> {
        slice(self.raw().brokers, self.raw().broker_cnt).get(idx).map(|b| BrokerInfo {
            id: b.id,
            host: c_str_bytes(b.host).unwrap_or_default(),
            port: b.port,
        })
    }

    pub fn topics(&self) -> impl ExactSizeIterator<Item = TopicInfo<'_>> {
        slice(self.raw().topics, self.raw().topic_cnt).iter().map(|raw| TopicInfo { raw })
    }

    pub fn topic(&self, idx: usize) -> Option<TopicInfo<'_>> {
        self.topics().nth(idx)
    }
}

impl<'a> TopicInfo<'a> {
    pub fn name(&self) -> &'a [u8] {
        c_str_bytes(self.raw.topic).unwrap_or_default()
    }

    pub fn err(&self) -> i64 {
        err_code(&self.raw.err)
    }

    pub fn partition_count(&self) -> usize {
        slice(self.raw.partitions, self.raw.partition_cnt).len()
    }

    pub fn partition(&self, idx: usize) -> Option<PartitionInfo<'a>> {
        slice(self.raw.partitions, self.raw.partition_cnt).get(idx).map(|raw| PartitionInfo { raw })
    }
}

impl<'a> PartitionInfo<'a> {
    pub fn id(&self) -> i32 {
        self.raw.id
    }

    pub fn err(&self) -> i64 {
        err_code(&self.raw.err)
    }

    pub fn leader(&self) -> i32 {
        self.raw.leader
    }

    pub fn replicas(&self) -> &'a [i32] {
        slice(self.raw.replicas, self.raw.replica_cnt)
    }

    pub fn isrs(&self) -> &'a [i32] {
        slice(self.raw.isrs, self.raw.isr_cnt)
    }
}

impl Drop for Metadata {
    fn drop(&mut self) {
        // SAFETY: owned pointer from rd_kafka_metadata, freed once.
        unsafe { sys::rd_kafka_metadata_destroy(self.ptr.as_ptr()) }
    }
}
