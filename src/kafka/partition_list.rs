//! `rd_kafka_topic_partition_list_t`, owned, and its plain-data view.

use super::error::{code, KafkaError};
use super::sys;
use super::topic::check_topic_name;
use super::{c_str_bytes, err_code};
use std::ffi::CString;
use std::ptr::NonNull;

/// A topic partition with an offset and an error code: what `RdKafka\TopicPartition` holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partition {
    pub topic: Vec<u8>,
    /// librdkafka partitions are int32 (PHP ints are truncated, as php-rdkafka does).
    pub partition: i32,
    pub offset: i64,
    pub err: i64,
}

/// An owned partition list, destroyed on drop.
#[derive(Debug)]
pub struct PartitionList(NonNull<sys::rd_kafka_topic_partition_list_t>);

impl PartitionList {
    /// Builds a list; a topic name librdkafka cannot take is rejected: one with a NUL byte, or
    /// one longer than Kafka allows ([`check_topic_name`]).
    pub fn new(partitions: &[Partition]) -> Result<Self, KafkaError> {
        Self::build(partitions, check_topic_name)
    }

    /// The list `rd_kafka_subscribe` takes: regular expressions ("^…") are patterns, not names,
    /// so only plain names are held to Kafka's length limit.
    pub fn subscription(topics: &[Vec<u8>]) -> Result<Self, KafkaError> {
        let entries: Vec<Partition> = topics
            .iter()
            .map(|topic| Partition { topic: topic.clone(), partition: -1, offset: -1001, err: 0 })
            .collect();
        Self::build(&entries, |topic| if topic.starts_with(b"^") { Ok(()) } else { check_topic_name(topic) })
    }

    fn build(
        partitions: &[Partition],
        check_name: impl Fn(&[u8]) -> Result<(), KafkaError>,
    ) -> Result<Self, KafkaError> {
        for p in partitions {
            check_name(&p.topic)?;
        }
        // SAFETY: returns a new, empty list.
        let raw = unsafe { sys::rd_kafka_topic_partition_list_new(partitions.len() as i32) };
        let list = PartitionList(NonNull::new(raw).expect("rd_kafka_topic_partition_list_new"));
        for p in partitions {
            let topic = CString::new(p.topic.as_slice()).map_err(|_| {
                KafkaError::with_message(code::INVALID_ARG, "Topic names must not contain NUL bytes")
            })?;
            // SAFETY: valid list; librdkafka copies the topic name.
            unsafe {
                let elem = sys::rd_kafka_topic_partition_list_add(list.as_ptr(), topic.as_ptr(), p.partition);
                (*elem).offset = p.offset;
            }
        }
        Ok(list)
    }

    pub fn as_ptr(&self) -> *mut sys::rd_kafka_topic_partition_list_t {
        self.0.as_ptr()
    }

    /// The entries as plain data, in list order.
    pub fn entries(&self) -> Vec<Partition> {
        // SAFETY: we own a valid list.
        unsafe { entries_of(self.as_ptr()) }
    }

    /// Takes over a list librdkafka allocated for us.
    ///
    /// # Safety
    /// `ptr` must be a list the caller owns (e.g. from `rd_kafka_assignment`).
    pub(crate) unsafe fn from_raw(ptr: *mut sys::rd_kafka_topic_partition_list_t) -> Option<Self> {
        NonNull::new(ptr).map(PartitionList)
    }
}

/// The entries of a list librdkafka lends us (callbacks), as plain data.
///
/// # Safety
/// `list` must be NULL or a valid list.
pub(crate) unsafe fn entries_of(list: *const sys::rd_kafka_topic_partition_list_t) -> Vec<Partition> {
    // SAFETY: a valid list holds `cnt` elements.
    unsafe {
        if list.is_null() {
            return Vec::new();
        }
        let list = &*list;
        if list.elems.is_null() {
            return Vec::new();
        }
        std::slice::from_raw_parts(list.elems, list.cnt as usize).iter().map(entry_of).collect()
    }
}

/// One list element as plain data.
pub(crate) fn entry_of(e: &sys::rd_kafka_topic_partition_t) -> Partition {
    Partition {
        topic: c_str_bytes(e.topic).unwrap_or_default().to_vec(),
        partition: e.partition,
        offset: e.offset,
        err: err_code(&e.err),
    }
}

impl Drop for PartitionList {
    fn drop(&mut self) {
        // SAFETY: we own the list.
        unsafe { sys::rd_kafka_topic_partition_list_destroy(self.as_ptr()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip() {
        let input = vec![
            Partition { topic: b"a".to_vec(), partition: 0, offset: 5, err: 0 },
            Partition { topic: b"b".to_vec(), partition: -1, offset: -2, err: 0 },
        ];
        assert_eq!(PartitionList::new(&input).unwrap().entries(), input);
    }

    #[test]
    fn nul_in_topic_is_rejected() {
        let input = [Partition { topic: b"a\0b".to_vec(), partition: 0, offset: 0, err: 0 }];
        assert_eq!(PartitionList::new(&input).unwrap_err().code, -186);
    }

    fn entry(topic: Vec<u8>) -> Partition {
        Partition { topic, partition: 0, offset: 0, err: 0 }
    }

    #[test]
    fn lists_refuse_names_librdkafka_cannot_take() {
        assert!(PartitionList::new(&[entry(vec![b't'; 249])]).is_ok());
        assert_eq!(PartitionList::new(&[entry(vec![b't'; 250])]).unwrap_err().code, code::INVALID_ARG);
        let pattern = [b"^".as_slice(), &[b't'; 300]].concat();
        assert!(PartitionList::subscription(&[pattern]).is_ok());
        assert!(PartitionList::subscription(&[vec![b't'; 250]]).is_err());
    }
}
