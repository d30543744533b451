--TEST--
Producer transactions: init/begin/produce/commit and abort against the mock cluster, state errors and the not-configured error as KafkaErrorException
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
function show(Throwable $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', $e->getMessage(), "\n";
    if ($e instanceof RdKafka\KafkaErrorException) {
        echo '  errorString=', $e->getErrorString(), ' fatal=', var_export($e->isFatal(), true),
            ' retriable=', var_export($e->isRetriable(), true),
            ' requiresAbort=', var_export($e->transactionRequiresAbort(), true), "\n";
    }
}

// Without transactional.id every transaction method throws -145.
$plain = new RdKafka\Conf();
$plain->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$plain->set('log_level', '0');
$producer = new RdKafka\Producer($plain);
foreach (['initTransactions' => [1000], 'beginTransaction' => [], 'commitTransaction' => [1000], 'abortTransaction' => [1000]] as $method => $args) {
    try {
        $producer->$method(...$args);
    } catch (Exception $e) {
        echo "$method: ";
        show($e);
    }
}
// Like php-rdkafka, beginTransaction() parses no arguments.
try {
    $producer->beginTransaction('ignored');
} catch (RdKafka\KafkaErrorException $e) {
    echo "beginTransaction with an argument: ", $e->getCode(), "\n";
}

$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', getenv('TEST_KAFKA_BROKERS'));
$conf->set('log_level', '0');
$conf->set('transactional.id', 'txn-' . uniqid());
$reports = [];
$conf->setDrMsgCb(function ($producer, $message) use (&$reports) {
    $reports[] = $message->payload . ':' . $message->err;
});
$producer = new RdKafka\Producer($conf);
$topic = $producer->newTopic('transactions_' . uniqid());

$producer->initTransactions(10000);
$producer->beginTransaction();
$topic->produce(0, 0, 'committed');
$producer->commitTransaction(10000);
echo "after commit (reports delivered inside commitTransaction): ", implode(' ', $reports), "\n";

$producer->beginTransaction();
$topic->produce(0, 0, 'aborted');
$producer->abortTransaction(10000);
echo "after abort: ", implode(' ', $reports), "\n";

try {
    $producer->commitTransaction(1000);
} catch (RdKafka\KafkaErrorException $e) {
    echo "commit outside a transaction: ";
    show($e);
}
try {
    $producer->initTransactions(1000);
} catch (RdKafka\KafkaErrorException $e) {
    echo "second init: ", $e->getCode(), "\n";
}
?>
--EXPECTF--
initTransactions: RdKafka\KafkaErrorException -145: The Transactional API requires transactional.id to be configured (RD_KAFKA_RESP_ERR__NOT_CONFIGURED)
  errorString=The Transactional API requires transactional.id to be configured fatal=false retriable=false requiresAbort=false
beginTransaction: RdKafka\KafkaErrorException -145: The Transactional API requires transactional.id to be configured (RD_KAFKA_RESP_ERR__NOT_CONFIGURED)
  errorString=The Transactional API requires transactional.id to be configured fatal=false retriable=false requiresAbort=false
commitTransaction: RdKafka\KafkaErrorException -145: The Transactional API requires transactional.id to be configured (RD_KAFKA_RESP_ERR__NOT_CONFIGURED)
  errorString=The Transactional API requires transactional.id to be configured fatal=false retriable=false requiresAbort=false
abortTransaction: RdKafka\KafkaErrorException -145: The Transactional API requires transactional.id to be configured (RD_KAFKA_RESP_ERR__NOT_CONFIGURED)
  errorString=The Transactional API requires transactional.id to be configured fatal=false retriable=false requiresAbort=false
beginTransaction with an argument: -145
after commit (reports delivered inside commitTransaction): committed:0
after abort: committed:0 aborted:-152
commit outside a transaction: RdKafka\KafkaErrorException -172: Operation not valid in state Ready (RD_KAFKA_RESP_ERR__STATE)
  errorString=Operation not valid in state Ready fatal=false retriable=false requiresAbort=false
second init: -172
