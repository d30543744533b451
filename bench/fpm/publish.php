<?php
// One web request that publishes one event ("order placed"), served by PHP-FPM behind nginx.
//   ?mode=fresh       a new Producer per request, produce, flush, destroy: php-rdkafka's only way
//   ?mode=persistent  a persistent Producer (php.persistent.id), produce, poll(0): no flush; the
//                     delivery report is accounted for after the request (README, "Publishing
//                     from web requests")
//   ?mode=persistent-flush  a persistent Producer, produce, flush: delivered before the response
//   ?mode=warmup      as fresh, to its own topic (the bench script's readiness check)
//   ?mode=noop        no Kafka at all: the cost of the web stack itself
//   &topic=NAME       publish to orders-NAME instead of orders-MODE
$mode = $_GET['mode'] ?? 'fresh';
if ($mode === 'noop') {
    echo "ok\n";
    return;
}
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('KAFKA_BROKERS'));
$conf->set('linger.ms', '0');
if (str_starts_with($mode, 'persistent')) {
    $conf->set('php.persistent.id', 'orders');
}
$producer = new RdKafka\Producer($conf);
$producer->newTopic('orders-' . ($_GET['topic'] ?? $mode))->produce(RD_KAFKA_PARTITION_UA, 0, '{"event":"order placed","id":' . mt_rand() . '}');
if ($mode === 'persistent') {
    $producer->poll(0);
} else {
    $result = $producer->flush(5000);
    if ($result !== RD_KAFKA_RESP_ERR_NO_ERROR) {
        http_response_code(500);
        echo rd_kafka_err2str($result), "\n";
        return;
    }
}
echo "ok\n";
