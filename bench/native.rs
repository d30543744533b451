//! The native baseline of the benchmark: the same workloads as `bench/workloads.php`, through
//! the `rdkafka` crate's `BaseProducer`/`BaseConsumer` over the same bundled librdkafka (the
//! legacy queue and batch consumers through its raw bindings, as the crate has no API for them).
//!
//! Usage: bench-native <workload> <bootstrap> <topic[,topic...]> <count>
//! Consume workloads read every partition of every listed topic from the beginning.
//! Prints one line: `<messages> <seconds> <peak RSS in KB>`.

use rdkafka::bindings as sys;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::{BaseProducer, BaseRecord, DeliveryResult, Producer, ProducerContext};
use rdkafka::topic_partition_list::{Offset, TopicPartitionList};
use rdkafka::ClientContext;
use std::ffi::CString;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

const PARTITIONS: i32 = 4;
/// How long the prefetched workloads wait for librdkafka to fill its local queue.
const PREFETCH_WAIT: Duration = Duration::from_secs(4);
/// Room for every seeded message in librdkafka's local queue (prefetched workloads).
const PREFETCH: [(&str, &str); 2] =
    [("queued.min.messages", "10000000"), ("queued.max.messages.kbytes", "2097151")];

struct CountingContext(AtomicU64);

impl ClientContext for CountingContext {}

impl ProducerContext for CountingContext {
    type DeliveryOpaque = ();
    fn delivery(&self, _: &DeliveryResult<'_>, _: ()) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

fn config(bootstrap: &str, extra: &[(&str, &str)]) -> ClientConfig {
    let mut config = ClientConfig::new();
    config.set("bootstrap.servers", bootstrap).set("log_level", "3");
    for (key, value) in extra {
        config.set(*key, *value);
    }
    config
}

/// Peak resident set size of this process (VmHWM), in KB.
fn peak_rss_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Produces `count` messages of `size` bytes, polling every 1024 and retrying on a full queue.
fn produce(bootstrap: &str, topic: &str, count: u64, size: usize, headers: bool) -> u64 {
    let producer: BaseProducer<CountingContext> =
        config(bootstrap, &[]).create_with_context(CountingContext(AtomicU64::new(0))).expect("producer");
    let payload = vec![b'x'; size];
    for i in 0..count {
        let key = format!("key-{i}");
        loop {
            let mut record = BaseRecord::to(topic).payload(&payload).key(&key);
            if headers {
                record = record.headers(
                    OwnedHeaders::new_with_capacity(3)
                        .insert(Header { key: "a", value: Some("alpha") })
                        .insert(Header { key: "b", value: Some("bravo") })
                        .insert(Header { key: "c", value: Some("charlie") }),
                );
            }
            match producer.send(record) {
                Ok(()) => break,
                Err((_, _)) => producer.poll(Duration::from_millis(100)),
            }
        }
        if i % 1024 == 0 {
            producer.poll(Duration::ZERO);
        }
    }
    producer.flush(Duration::from_secs(120)).expect("flush");
    if headers {
        assert_eq!(producer.context().0.load(Ordering::Relaxed), count, "delivery reports");
    }
    count
}

fn assigned_consumer(bootstrap: &str, topics: &[&str], extra: &[(&str, &str)]) -> BaseConsumer {
    let mut settings = vec![("group.id", "bench-native"), ("enable.auto.commit", "false")];
    settings.extend_from_slice(extra);
    let consumer: BaseConsumer = config(bootstrap, &settings).create().expect("consumer");
    let mut list = TopicPartitionList::new();
    for topic in topics {
        for p in 0..PARTITIONS {
            list.add_partition_offset(topic, p, Offset::Beginning).expect("partition");
        }
    }
    consumer.assign(&list).expect("assign");
    consumer
}

/// Consumes `count` messages. The clock starts at the first message (connection set-up is not
/// the binding's cost); with `prefetch`, after a wait that lets librdkafka fetch the rest into
/// its local queue first.
fn consume(
    bootstrap: &str,
    topics: &[&str],
    count: u64,
    extra: &[(&str, &str)],
    prefetch: bool,
) -> (u64, Duration) {
    let consumer = assigned_consumer(bootstrap, topics, extra);
    let mut got = 0;
    let mut start = Instant::now();
    while got < count {
        if let Some(Ok(_)) = consumer.poll(Duration::from_millis(100)) {
            got += 1;
            if got == 1 {
                if prefetch {
                    std::thread::sleep(PREFETCH_WAIT);
                }
                start = Instant::now();
            }
        }
    }
    (got - 1, start.elapsed())
}

/// The legacy consumer, prefetched: every partition routed into one queue, or read in
/// batches of 1000 per partition. The clock starts after the first message and the wait.
fn legacy(bootstrap: &str, topics: &[&str], count: u64, batch: bool) -> (u64, Duration) {
    let consumer: BaseConsumer = config(bootstrap, &PREFETCH).create().expect("consumer");
    let rk = consumer.client().native_ptr();
    // SAFETY: raw legacy-consumer calls on a live client; every handle is released below.
    unsafe {
        let handles: Vec<_> = topics
            .iter()
            .map(|t| sys::rd_kafka_topic_new(rk, CString::new(*t).unwrap().as_ptr(), std::ptr::null_mut()))
            .collect();
        let queue = sys::rd_kafka_queue_new(rk);
        let mut sources = Vec::new();
        const BEGINNING: i64 = -2;
        for &rkt in &handles {
            for p in 0..PARTITIONS {
                if batch {
                    sys::rd_kafka_consume_start(rkt, p, BEGINNING);
                } else {
                    sys::rd_kafka_consume_start_queue(rkt, p, BEGINNING, queue);
                }
                sources.push((rkt, p));
            }
        }
        let mut messages = vec![std::ptr::null_mut(); 1000];
        let mut next = 0;
        // One call: returns how many good messages it got. Batches rotate over the partitions;
        // once prefetched they do not wait (an exhausted partition would only add its timeout).
        let mut step = |timeout_ms: i32| -> u64 {
            let mut good = 0;
            if batch {
                let (rkt, partition) = sources[next];
                next = (next + 1) % sources.len();
                let n = sys::rd_kafka_consume_batch(
                    rkt,
                    partition,
                    timeout_ms,
                    messages.as_mut_ptr(),
                    messages.len(),
                );
                for &m in &messages[..n.max(0) as usize] {
                    good += u64::from((*m).err == sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR);
                    sys::rd_kafka_message_destroy(m);
                }
            } else {
                let m = sys::rd_kafka_consume_queue(queue, timeout_ms.max(100));
                if !m.is_null() {
                    good += u64::from((*m).err == sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR);
                    sys::rd_kafka_message_destroy(m);
                }
            }
            good
        };
        let mut first = 0;
        while first == 0 {
            first = step(100);
        }
        std::thread::sleep(PREFETCH_WAIT);
        let start = Instant::now();
        let mut got = first;
        while got < count {
            got += step(0);
        }
        let elapsed = start.elapsed();
        for &(rkt, p) in &sources {
            sys::rd_kafka_consume_stop(rkt, p);
        }
        sys::rd_kafka_queue_destroy(queue);
        for rkt in handles {
            sys::rd_kafka_topic_destroy(rkt);
        }
        (got - first, elapsed)
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, workload, bootstrap, topic, count] = args.as_slice() else {
        eprintln!("usage: bench-native <workload> <bootstrap> <topic> <count>");
        std::process::exit(2);
    };
    let count: u64 = count.parse().expect("count");
    let topics: Vec<&str> = topic.split(',').collect();
    let tuned = [("queued.min.messages", "1000000"), ("fetch.queue.backoff.ms", "0")];
    let start = Instant::now();
    let (messages, elapsed) = match workload.as_str() {
        "produce" => (produce(bootstrap, topic, count, 100, false), start.elapsed()),
        "producev" => (produce(bootstrap, topic, count, 1024, true), start.elapsed()),
        "produce-large" => (produce(bootstrap, topic, count, 100 * 1024, false), start.elapsed()),
        "consume-prefetched" => consume(bootstrap, &topics, count, &PREFETCH, true),
        "consume-tuned" => consume(bootstrap, &topics, count, &tuned, false),
        "consume-defaults" => consume(bootstrap, &topics, count, &[], false),
        "queue-prefetched" => legacy(bootstrap, &topics, count, false),
        "batch-prefetched" => legacy(bootstrap, &topics, count, true),
        other => {
            eprintln!("unknown workload {other}");
            std::process::exit(2);
        }
    };
    println!("{messages} {:.6} {}", elapsed.as_secs_f64(), peak_rss_kb());
}
