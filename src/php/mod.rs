//! The PHP binding layer: one module per php-rdkafka class family, over our class layer in
//! [`zend`]. Registration order is php-rdkafka's, which reflection and `get_declared_classes()`
//! show.

pub mod admin;
pub mod conf;
pub mod constants;
pub mod consumer_group_metadata;
pub mod dispatch;
pub mod exceptions;
pub mod functions;
pub mod kafka_consumer;
pub mod message;
pub mod metadata;
pub mod mock_cluster;
pub mod persistent;
pub mod rdkafka;
pub mod topic;
pub mod topic_partition;
pub mod zend;

/// Registers every class, function and constant; runs in MINIT.
pub fn register_all(module_number: i32) {
    // Blocking calls wait in slices and return early when PHP has a signal to handle.
    crate::kafka::wait::set_interrupt_check(zend::engine_wants_control);
    rdkafka::register_rdkafka();
    rdkafka::register_consumer();
    rdkafka::register_producer();
    exceptions::register_exception();
    conf::register_conf();
    conf::register_topic_conf();
    exceptions::register_kafka_error_exception();
    kafka_consumer::register();
    message::register();
    metadata::register_all();
    topic_partition::register();
    topic::register_queue();
    topic::register_topic();
    topic::register_consumer_topic();
    topic::register_kafka_consumer_topic();
    topic::register_producer_topic();
    functions::register();
    mock_cluster::register();
    admin::register();
    consumer_group_metadata::register();
    constants::register(module_number);
}
