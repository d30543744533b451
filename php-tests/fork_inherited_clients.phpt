--TEST--
After pcntl_fork(), clients the child inherited throw RdKafka\Exception from every method and the child exits at once (their threads live in the parent); the parent's clients keep working
--SKIPIF--
<?php
if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set');
if (!function_exists('pcntl_fork')) die('skip pcntl not available');
?>
--FILE--
<?php
$brokers = getenv('TEST_KAFKA_BROKERS');
$topicName = 'fork_inherited_' . uniqid();

$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $brokers);
$conf->set('log_level', '0');
$delivered = 0;
$conf->setDrMsgCb(function ($producer, $message) use (&$delivered) {
    $delivered += $message->err === RD_KAFKA_RESP_ERR_NO_ERROR ? 1 : 0;
});
$producer = new RdKafka\Producer($conf);
$topic = $producer->newTopic($topicName);
$topic->produce(0, 0, 'before fork');
echo "parent flush: ", $producer->flush(10000), "\n";
// Pending when the process forks: the child must not wait for its delivery.
$topic->produce(0, 0, 'in flight');

$legacy = new RdKafka\Consumer($conf);
$legacyTopic = $legacy->newTopic($topicName);
$legacyTopic->consumeStart(0, RD_KAFKA_OFFSET_BEGINNING);
$queue = $legacy->newQueue();

$conf->set('group.id', 'fork_inherited_' . uniqid()); // clients copy their Conf when created
$consumer = new RdKafka\KafkaConsumer($conf);
$consumer->subscribe([$topicName]);
$consumer->consume(500);

$pid = pcntl_fork();
if ($pid === 0) {
    $calls = [
        'Producer::poll' => fn () => $producer->poll(0),
        'Producer::flush' => fn () => $producer->flush(1000),
        'ProducerTopic::produce' => fn () => $topic->produce(0, 0, 'from the child'),
        'Consumer::newQueue' => fn () => $legacy->newQueue(),
        'ConsumerTopic::consume' => fn () => $legacyTopic->consume(0, 100),
        'Queue::consume' => fn () => $queue->consume(100),
        'KafkaConsumer::consume' => fn () => $consumer->consume(100),
        'KafkaConsumer::close' => fn () => $consumer->close(),
    ];
    foreach ($calls as $what => $call) {
        try {
            $call();
            echo "child: $what worked\n";
        } catch (RdKafka\Exception $e) {
            echo "child: $what: ", $e->getCode() === RD_KAFKA_RESP_ERR__STATE ? 'refused' : $e->getCode(), "\n";
        }
    }
    echo "child: ", (new RdKafka\TopicPartition('t', 0))->getTopic(), " (other classes work)\n";
    exit(0); // destroys the inherited clients: must not wait on the parent's threads
}

$deadline = microtime(true) + 20;
while (($done = pcntl_waitpid($pid, $status, WNOHANG)) === 0 && microtime(true) < $deadline) {
    usleep(20000);
}
if ($done === 0) {
    posix_kill($pid, SIGKILL);
    pcntl_waitpid($pid, $status);
    echo "child hung\n";
} else {
    echo "child exited: ", pcntl_wexitstatus($status), "\n";
}

echo "parent flush: ", $producer->flush(10000), ", delivered: $delivered\n";
$read = 0;
$deadline = microtime(true) + 10;
while ($read < 2 && microtime(true) < $deadline) {
    $m = $legacyTopic->consume(0, 200);
    $read += $m !== null && $m->err === RD_KAFKA_RESP_ERR_NO_ERROR ? 1 : 0;
}
echo "parent legacy consumer read: $read\n";
$consumer->close();
echo "parent closed its consumer\n";
?>
--EXPECT--
parent flush: 0
child: Producer::poll: refused
child: Producer::flush: refused
child: ProducerTopic::produce: refused
child: Consumer::newQueue: refused
child: ConsumerTopic::consume: refused
child: Queue::consume: refused
child: KafkaConsumer::consume: refused
child: KafkaConsumer::close: refused
child: t (other classes work)
child exited: 0
parent flush: 0, delivered: 2
parent legacy consumer read: 2
parent closed its consumer
