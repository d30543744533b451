//! Consuming: the group consumer's calls on a [`Client`], queues, and the legacy per-partition
//! consumer on a [`Topic`].

use super::client::Client;
use super::error::{code, KafkaError};
use super::message::{ConsumedMessage, MessageView};
use super::partition_list::{Partition, PartitionList};
use super::reply::ReplyQueue;
use super::sys;
use super::topic::Topic;
use super::wait;
use std::ffi::c_void;
use std::ptr::{self, NonNull};
use std::rc::Rc;
use std::time::Duration;

/// A list owned by us, or librdkafka's NULL for "none".
fn list_or_null(list: &Option<PartitionList>) -> *mut sys::rd_kafka_topic_partition_list_t {
    list.as_ref().map_or(ptr::null_mut(), PartitionList::as_ptr)
}

impl Client {
    /// Routes the main queue (errors, stats, logs, rebalances) into the consumer queue, so
    /// `consumer_poll` serves every callback.
    pub fn poll_set_consumer(&self) {
        // SAFETY: live handle.
        unsafe { sys::rd_kafka_poll_set_consumer(self.as_ptr()) };
    }

    /// Subscribes to topic names or `^regex` patterns.
    pub fn subscribe(&self, topics: &[Vec<u8>]) -> Result<(), KafkaError> {
        let list = PartitionList::subscription(topics)?;
        // SAFETY: live handle and list (librdkafka copies it).
        KafkaError::check_code(unsafe { sys::rd_kafka_subscribe(self.as_ptr(), list.as_ptr()) })
    }

    pub fn unsubscribe(&self) -> Result<(), KafkaError> {
        // SAFETY: live handle.
        KafkaError::check_code(unsafe { sys::rd_kafka_unsubscribe(self.as_ptr()) })
    }

    /// The subscribed names and patterns.
    pub fn subscription(&self) -> Result<Vec<Partition>, KafkaError> {
        let mut raw = ptr::null_mut();
        // SAFETY: live handle; on success we own the returned list.
        KafkaError::check_code(unsafe { sys::rd_kafka_subscription(self.as_ptr(), &mut raw) })?;
        // SAFETY: on success the list is ours.
        Ok(unsafe { PartitionList::from_raw(raw) }.map(|l| l.entries()).unwrap_or_default())
    }

    /// Replaces the assignment; `None` clears it.
    pub fn assign(&self, partitions: Option<&[Partition]>) -> Result<(), KafkaError> {
        let list = partitions.map(PartitionList::new).transpose()?;
        // SAFETY: live handle; NULL clears the assignment.
        KafkaError::check_code(unsafe { sys::rd_kafka_assign(self.as_ptr(), list_or_null(&list)) })
    }

    /// Adds to (or removes from) the assignment, for cooperative rebalancing. Takes a built list,
    /// so that callers can tell a list librdkafka was never given from librdkafka's refusal.
    pub fn incremental_assign(&self, list: &PartitionList, add: bool) -> Result<(), KafkaError> {
        // SAFETY: live handle and list.
        let error = unsafe {
            if add {
                sys::rd_kafka_incremental_assign(self.as_ptr(), list.as_ptr())
            } else {
                sys::rd_kafka_incremental_unassign(self.as_ptr(), list.as_ptr())
            }
        };
        KafkaError::check(error)
    }

    pub fn assignment(&self) -> Result<Vec<Partition>, KafkaError> {
        let mut raw = ptr::null_mut();
        // SAFETY: live handle; on success we own the returned list.
        KafkaError::check_code(unsafe { sys::rd_kafka_assignment(self.as_ptr(), &mut raw) })?;
        // SAFETY: on success the list is ours.
        Ok(unsafe { PartitionList::from_raw(raw) }.map(|l| l.entries()).unwrap_or_default())
    }

    /// Waits (in [slices](wait::sliced)) for the next message or event; callbacks are served
    /// inside. `None` on timeout.
    pub fn consumer_poll(&self, timeout_ms: i32) -> Option<ConsumedMessage> {
        wait::sliced(timeout_ms, |slice| {
            // SAFETY: live handle; we own the returned message.
            unsafe { ConsumedMessage::from_raw(sys::rd_kafka_consumer_poll(self.as_ptr(), slice)) }
        })
    }

    /// Commits the given offsets, or the current consumed ones with `None`. A synchronous
    /// commit waits at most the client's `socket.timeout.ms` for the group coordinator's answer
    /// (librdkafka's own synchronous commit waits without limit, for ever once the coordinator
    /// is gone), then fails with `_TIMED_OUT`; the commit may still be applied later.
    pub fn commit(&self, offsets: Option<&[Partition]>, asynchronous: bool) -> Result<(), KafkaError> {
        let list = offsets.map(PartitionList::new).transpose()?;
        if asynchronous {
            // SAFETY: live handle; NULL commits the current offsets.
            return KafkaError::check_code(unsafe {
                sys::rd_kafka_commit(self.as_ptr(), list_or_null(&list), 1)
            });
        }
        // The same request as librdkafka's synchronous commit (offset_commit_cb included), with
        // the answer sent to a queue of ours that we wait on with a deadline.
        let replies = ReplyQueue::new(self);
        // SAFETY: live handle and queue; no per-call callback.
        KafkaError::check_code(unsafe {
            sys::rd_kafka_commit_queue(
                self.as_ptr(),
                list_or_null(&list),
                replies.as_ptr(),
                None,
                ptr::null_mut(),
            )
        })?;
        let timeout_ms = self.int_property(c"socket.timeout.ms").unwrap_or(60_000);
        match replies.wait(Duration::from_millis(timeout_ms.max(0) as u64)) {
            // php-rdkafka's text for a failed commit is the code's description.
            Some(event) => event.error().map_or(Ok(()), |e| Err(KafkaError::from_code(e.code))),
            None => Err(KafkaError::from_code(code::TIMED_OUT)),
        }
    }

    /// Committed offsets of the given partitions, asked of the group coordinator.
    pub fn committed(&self, partitions: &[Partition], timeout_ms: i32) -> Result<Vec<Partition>, KafkaError> {
        let list = PartitionList::new(partitions)?;
        // SAFETY: live handle and list (filled in place).
        KafkaError::check_code(unsafe { sys::rd_kafka_committed(self.as_ptr(), list.as_ptr(), timeout_ms) })?;
        Ok(list.entries())
    }

    /// Current consume positions of the given partitions.
    pub fn position(&self, partitions: &[Partition]) -> Result<Vec<Partition>, KafkaError> {
        let list = PartitionList::new(partitions)?;
        // SAFETY: live handle and list (filled in place).
        KafkaError::check_code(unsafe { sys::rd_kafka_position(self.as_ptr(), list.as_ptr()) })?;
        Ok(list.entries())
    }

    /// Leaves the group (revoke callbacks run inside); blocks until done.
    pub fn consumer_close(&self) -> Result<(), KafkaError> {
        self.check_not_inherited()?;
        // SAFETY: live handle.
        KafkaError::check_code(unsafe { sys::rd_kafka_consumer_close(self.as_ptr()) })
    }
}

/// A queue that partitions of a legacy consumer can be routed to.
#[derive(Debug)]
pub struct Queue {
    rkqu: NonNull<sys::rd_kafka_queue_t>,
    /// The client is destroyed after its queue.
    client: Rc<Client>,
}

impl Queue {
    pub fn client(&self) -> &Rc<Client> {
        &self.client
    }

    pub fn new(client: &Rc<Client>) -> Self {
        // SAFETY: live client; never NULL.
        let rkqu = unsafe { sys::rd_kafka_queue_new(client.as_ptr()) };
        Queue { rkqu: NonNull::new(rkqu).expect("rd_kafka_queue_new"), client: Rc::clone(client) }
    }

    /// The next message or error event, `None` on timeout.
    pub fn consume(&self, timeout_ms: i32) -> Result<Option<ConsumedMessage>, KafkaError> {
        sliced_consume(timeout_ms, |slice| {
            // SAFETY: live queue; we own the returned message.
            unsafe { ConsumedMessage::from_raw(sys::rd_kafka_consume_queue(self.rkqu.as_ptr(), slice)) }
        })
    }
}

impl Drop for Queue {
    fn drop(&mut self) {
        if self.client.is_inherited() {
            // The queue's locks may be held by the parent process's threads (see Client).
            return;
        }
        // SAFETY: owned queue; the client is still alive (held by self.client).
        unsafe { sys::rd_kafka_queue_destroy(self.rkqu.as_ptr()) }
    }
}

/// A legacy consume call made in [slices](wait::sliced): the first message or error.
fn sliced_consume(
    timeout_ms: i32,
    mut consume: impl FnMut(i32) -> Option<ConsumedMessage>,
) -> Result<Option<ConsumedMessage>, KafkaError> {
    wait::sliced(timeout_ms, |slice| absent_or_timeout(consume(slice)).transpose()).transpose()
}

/// A legacy consume call's NULL result: a timeout is "nothing", anything else an error.
fn absent_or_timeout(msg: Option<ConsumedMessage>) -> Result<Option<ConsumedMessage>, KafkaError> {
    match msg {
        Some(msg) => Ok(Some(msg)),
        None => match KafkaError::last_code() {
            0 | code::TIMED_OUT => Ok(None),
            code => Err(KafkaError::from_code(code)),
        },
    }
}

/// What a per-message handler asks of `consume_callback`.
pub type MessageHandler<'a> = dyn FnMut(MessageView<'_>) -> super::dispatch::Flow + 'a;

unsafe extern "C" fn consume_callback_trampoline(msg: *mut sys::rd_kafka_message_t, opaque: *mut c_void) {
    // SAFETY: opaque is the handler consume_callback passed; msg lives for this call.
    let handler = &mut *(opaque as *mut &mut MessageHandler<'_>);
    if handler(MessageView::new(msg)) == super::dispatch::Flow::Yield {
        // rd_kafka_yield needs the client, which the message does not carry; the thread-local
        // flag it sets is the same for every client.
        sys::rd_kafka_yield(ptr::null_mut());
    }
}

impl Topic {
    fn consuming_key(&self, partition: i32) -> (Vec<u8>, i32) {
        (self.name().to_vec(), partition)
    }

    /// Marks a partition as consumed by this client, refusing a second start (php-rdkafka's
    /// check, across Topic objects of the same client).
    fn claim(&self, partition: i32) -> Result<(), KafkaError> {
        let key = self.consuming_key(partition);
        if self.client().consuming().borrow().contains_key(&key) {
            return Err(KafkaError::with_message(
                0,
                format!(
                    "{}:{partition} is already being consumed by the same Consumer instance",
                    String::from_utf8_lossy(&key.0)
                ),
            ));
        }
        Ok(())
    }

    /// Hands the started partition to the client, with its own reference on the topic.
    fn started(&self, partition: i32) {
        // SAFETY: live client and topic; for an existing topic rd_kafka_topic_new returns a new
        // reference on the same handle (never NULL then).
        let rkt = unsafe {
            sys::rd_kafka_topic_new(
                self.client().as_ptr(),
                sys::rd_kafka_topic_name(self.as_ptr()),
                ptr::null_mut(),
            )
        };
        let rkt = NonNull::new(rkt).expect("a reference on an existing topic");
        self.client().consuming().borrow_mut().insert(self.consuming_key(partition), rkt);
    }

    pub fn consume_start(&self, partition: i32, offset: i64) -> Result<(), KafkaError> {
        self.claim(partition)?;
        // SAFETY: live topic.
        KafkaError::check_legacy(unsafe { sys::rd_kafka_consume_start(self.as_ptr(), partition, offset) })?;
        self.started(partition);
        Ok(())
    }

    /// Starts consuming a partition into `queue`.
    pub fn consume_queue_start(&self, partition: i32, offset: i64, queue: &Queue) -> Result<(), KafkaError> {
        self.claim(partition)?;
        // SAFETY: live topic and queue of the same client.
        KafkaError::check_legacy(unsafe {
            sys::rd_kafka_consume_start_queue(self.as_ptr(), partition, offset, queue.rkqu.as_ptr())
        })?;
        self.started(partition);
        Ok(())
    }

    pub fn consume_stop(&self, partition: i32) -> Result<(), KafkaError> {
        // SAFETY: live topic.
        KafkaError::check_legacy(unsafe { sys::rd_kafka_consume_stop(self.as_ptr(), partition) })?;
        let released = self.client().consuming().borrow_mut().remove(&self.consuming_key(partition));
        if let Some(rkt) = released {
            // SAFETY: the client's own reference, taken in `started`.
            unsafe { sys::rd_kafka_topic_destroy(rkt.as_ptr()) };
        }
        Ok(())
    }

    /// The next message or error event of a started partition, `None` on timeout.
    pub fn consume(&self, partition: i32, timeout_ms: i32) -> Result<Option<ConsumedMessage>, KafkaError> {
        sliced_consume(timeout_ms, |slice| {
            // SAFETY: live topic; we own the returned message.
            unsafe { ConsumedMessage::from_raw(sys::rd_kafka_consume(self.as_ptr(), partition, slice)) }
        })
    }

    /// Up to `size` messages; fewer (or none) when the timeout expires first, or when the wait
    /// is [interrupted](wait::sliced) (the messages gathered so far are returned).
    pub fn consume_batch(
        &self,
        partition: i32,
        timeout_ms: i32,
        size: usize,
    ) -> Result<Vec<ConsumedMessage>, KafkaError> {
        let mut raw: Vec<*mut sys::rd_kafka_message_t> = vec![ptr::null_mut(); size];
        let mut messages = Vec::new();
        let outcome = wait::sliced(timeout_ms, |slice| {
            let room = &mut raw[messages.len()..];
            // SAFETY: live topic; the array has room for `room.len()` messages, which we then own.
            let n = unsafe {
                sys::rd_kafka_consume_batch(self.as_ptr(), partition, slice, room.as_mut_ptr(), room.len())
            };
            if n < 0 {
                return Some(Err(KafkaError::from_code(KafkaError::last_code())));
            }
            // SAFETY: the first n entries are messages librdkafka handed over to us.
            messages
                .extend(room[..n as usize].iter().filter_map(|&m| unsafe { ConsumedMessage::from_raw(m) }));
            (messages.len() == size).then_some(Ok(()))
        });
        // An error after some messages still returns them: they are consumed.
        match outcome {
            Some(Err(error)) if messages.is_empty() => Err(error),
            _ => Ok(messages),
        }
    }

    /// Hands each message to `handler` until the timeout; returns how many were handled, or
    /// `None` on error. A handler returning `Flow::Yield` stops after its message.
    pub fn consume_callback(
        &self,
        partition: i32,
        timeout_ms: i32,
        handler: &mut MessageHandler<'_>,
    ) -> Option<i64> {
        let mut handler: &mut MessageHandler<'_> = handler;
        let opaque = &mut handler as *mut &mut MessageHandler<'_> as *mut c_void;
        // The first slice that handles a message (or fails) ends the wait, as librdkafka's own
        // call returns after serving its first batch.
        wait::sliced(timeout_ms, |slice| {
            // SAFETY: live topic; the trampoline only runs during this call, while `handler` lives.
            let n = unsafe {
                sys::rd_kafka_consume_callback(
                    self.as_ptr(),
                    partition,
                    slice,
                    Some(consume_callback_trampoline),
                    opaque,
                )
            };
            (n != 0).then_some((n > 0).then_some(i64::from(n)))
        })
        .unwrap_or(Some(0))
    }

    /// Stores an offset (the next to consume) for the next commit.
    pub fn offset_store(&self, partition: i32, offset: i64) -> Result<(), KafkaError> {
        // SAFETY: live topic.
        KafkaError::check_code(unsafe { sys::rd_kafka_offset_store(self.as_ptr(), partition, offset) })
    }
}
