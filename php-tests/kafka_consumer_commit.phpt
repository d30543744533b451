--TEST--
KafkaConsumer commit()/commitAsync(): Message (offset+1), TopicPartition arrays, stored offsets, -168 with nothing stored, offset_commit_cb, Message checks, bad argument types, getOffsetPositions
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set'); ?>
--FILE--
<?php
$brokers = getenv('TEST_KAFKA_BROKERS');
$topicName = 'kafka_consumer_commit_' . uniqid();

$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $brokers);
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf);
$topic = $producer->newTopic($topicName);
for ($i = 0; $i < 10; $i++) {
    $topic->produce(0, 0, "p0-$i");
}
for ($i = 0; $i < 5; $i++) {
    $topic->produce(1, 0, "p1-$i");
}
echo "flush: ", $producer->flush(10000), "\n";

function newConf(string $brokers): RdKafka\Conf
{
    $conf = new RdKafka\Conf();
    $conf->set('bootstrap.servers', $brokers);
    $conf->set('log_level', '0');
    $conf->set('group.id', 'kafka_consumer_commit_' . uniqid());
    $conf->set('auto.offset.reset', 'earliest');
    $conf->set('enable.partition.eof', 'true');
    $conf->set('enable.auto.commit', 'false');
    return $conf;
}

function tp(string $topicName, int $partition, int $offset = 0): RdKafka\TopicPartition
{
    return new RdKafka\TopicPartition($topicName, $partition, $offset);
}

function show(string $label, array $partitions, string $topicName): void
{
    echo $label, ':';
    foreach ($partitions as $i => $tp) {
        printf(' [%d] %s/%d@%d err=%d', $i, $tp->getTopic() === $topicName ? 'topic' : $tp->getTopic(),
            $tp->getPartition(), $tp->getOffset(), $tp->getErr());
    }
    echo "\n";
}

function committed(RdKafka\KafkaConsumer $consumer, string $topicName): void
{
    $list = [tp($topicName, 0), tp($topicName, 1), tp($topicName, 2)];
    show('committed', $consumer->getCommittedOffsets($list, 10000), $topicName);
}

function positions(RdKafka\KafkaConsumer $consumer, string $topicName): void
{
    $list = [tp($topicName, 0, 123), tp($topicName, 1, 456), tp($topicName, 2, 789)];
    show('positions', $consumer->getOffsetPositions($list), $topicName);
}

function consumeAll(RdKafka\KafkaConsumer $consumer, int $count): array
{
    $messages = [];
    $eofs = 0;
    $deadline = microtime(true) + 20;
    while (($eofs < 2 || count($messages) < $count + 1) && microtime(true) < $deadline) {
        $m = $consumer->consume(1000);
        if ($m->err === RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            $eofs++;
            $messages['eof'] = $m;
        } elseif ($m->err === 0) {
            $messages[$m->partition . '/' . $m->offset] = $m;
        } elseif ($m->err !== RD_KAFKA_RESP_ERR__TIMED_OUT) {
            echo "unexpected error ", $m->err, "\n";
        }
    }
    echo "consumed: ", count($messages) - 1, " messages, $eofs EOFs\n";
    return $messages;
}

function attempt(callable $fn): void
{
    try {
        $fn();
        echo "no exception\n";
    } catch (Throwable $e) {
        echo get_class($e), ' (', $e->getCode(), '): ', $e->getMessage(), "\n";
    }
}

$consumer = null;
$callbacks = 0;
$conf = newConf($brokers);
$conf->setOffsetCommitCb(function ($c, $err, $partitions) use (&$consumer, &$callbacks, $topicName) {
    $callbacks++;
    echo "offset_commit_cb: ", $c === $consumer ? 'consumer' : get_debug_type($c), ' ', $err, ' ';
    show(rd_kafka_err2str($err), $partitions, $topicName);
});
$consumer = new RdKafka\KafkaConsumer($conf);
$consumer->assign([tp($topicName, 0, RD_KAFKA_OFFSET_BEGINNING), tp($topicName, 1, RD_KAFKA_OFFSET_BEGINNING)]);

echo "--- nothing consumed yet\n";
positions($consumer, $topicName);
attempt(fn () => $consumer->commit());
attempt(fn () => $consumer->commit(null));
committed($consumer, $topicName);

echo "--- consume everything (the failed commits are reported here)\n";
$messages = consumeAll($consumer, 15);
positions($consumer, $topicName);
echo "callbacks so far: $callbacks\n";

echo "--- commit(Message) commits offset + 1\n";
$consumer->commit($messages['0/3']);
committed($consumer, $topicName);

echo "--- commit(array) commits the offsets as given\n";
$consumer->commit([tp($topicName, 1, 2)]);
committed($consumer, $topicName);

echo "--- commit() commits the consumed offsets (enable.auto.offset.store=true)\n";
$consumer->commit();
committed($consumer, $topicName);

echo "--- commitAsync()\n";
$consumer->commitAsync([tp($topicName, 0, 7)]);
$consumer->commitAsync($messages['1/1']);
echo "callbacks before consume(): $callbacks\n";
$deadline = microtime(true) + 10;
while ($callbacks < 7 && microtime(true) < $deadline) {
    $m = $consumer->consume(100);
    if ($m->err !== RD_KAFKA_RESP_ERR__TIMED_OUT) {
        echo "unexpected message ", $m->err, "\n";
    }
}
committed($consumer, $topicName);

echo "--- Message checks, in php-rdkafka's order\n";
$eof = $messages['eof'];
attempt(fn () => $consumer->commit($eof));
$timeout = $consumer->consume(0);
attempt(fn () => $consumer->commitAsync($timeout));
$bad = clone $messages['0/5'];
$bad->err = RD_KAFKA_RESP_ERR__PARTITION_EOF;
$bad->topic_name = null;
attempt(fn () => $consumer->commit($bad));
$bad->err = 0;
attempt(fn () => $consumer->commit($bad));
attempt(fn () => $consumer->commitAsync($bad));
$fresh = new RdKafka\Message();
$fresh->err = 1;
attempt(fn () => $consumer->commit($fresh));
$fresh->err = 0;
attempt(fn () => $consumer->commitAsync($fresh));

echo "--- wrong argument types\n";
attempt(fn () => $consumer->commit('0/3'));
attempt(fn () => $consumer->commitAsync('0/3'));
attempt(fn () => $consumer->commit(42));
attempt(fn () => $consumer->commitAsync(1.5));
attempt(fn () => $consumer->commit(true));
attempt(fn () => $consumer->commit(new stdClass()));
attempt(fn () => $consumer->commit([tp($topicName, 0, 1), 'x']));
attempt(fn () => $consumer->commitAsync([tp($topicName, 0, 1), 3]));

echo "--- nothing changed, nothing reported\n";
$m = $consumer->consume(200);
echo "consume: ", $m->err, "\n";
committed($consumer, $topicName);
echo "callbacks: $callbacks\n";
$consumer->close();

echo "--- enable.auto.offset.store=false: only offsetStore() stores\n";
$conf = newConf($brokers);
$conf->set('enable.auto.offset.store', 'false');
$consumer = new RdKafka\KafkaConsumer($conf);
$consumer->assign([tp($topicName, 0, RD_KAFKA_OFFSET_BEGINNING), tp($topicName, 1, RD_KAFKA_OFFSET_BEGINNING)]);
$messages = consumeAll($consumer, 15);
positions($consumer, $topicName);
attempt(fn () => $consumer->commit());
$consumerTopic = $consumer->newTopic($topicName);
$consumerTopic->offsetStore(1, 2);
$consumer->commit();
committed($consumer, $topicName);
$consumer->close();
?>
--EXPECT--
flush: 0
--- nothing consumed yet
positions: [0] topic/0@-1001 err=0 [1] topic/1@-1001 err=0 [2] topic/2@-1001 err=0
RdKafka\Exception (-168): Local: No offset stored
RdKafka\Exception (-168): Local: No offset stored
committed: [0] topic/0@-1001 err=0 [1] topic/1@-1001 err=0 [2] topic/2@-1001 err=0
--- consume everything (the failed commits are reported here)
offset_commit_cb: consumer -168 Local: No offset stored: [0] topic/0@-1001 err=0 [1] topic/1@-1001 err=0
offset_commit_cb: consumer -168 Local: No offset stored: [0] topic/0@-1001 err=0 [1] topic/1@-1001 err=0
consumed: 15 messages, 2 EOFs
positions: [0] topic/0@10 err=0 [1] topic/1@5 err=0 [2] topic/2@-1001 err=0
callbacks so far: 2
--- commit(Message) commits offset + 1
committed: [0] topic/0@4 err=0 [1] topic/1@-1001 err=0 [2] topic/2@-1001 err=0
--- commit(array) commits the offsets as given
committed: [0] topic/0@4 err=0 [1] topic/1@2 err=0 [2] topic/2@-1001 err=0
--- commit() commits the consumed offsets (enable.auto.offset.store=true)
committed: [0] topic/0@10 err=0 [1] topic/1@5 err=0 [2] topic/2@-1001 err=0
--- commitAsync()
callbacks before consume(): 2
offset_commit_cb: consumer 0 Success: [0] topic/0@4 err=0
offset_commit_cb: consumer 0 Success: [0] topic/1@2 err=0
offset_commit_cb: consumer 0 Success: [0] topic/0@10 err=0 [1] topic/1@5 err=0
offset_commit_cb: consumer 0 Success: [0] topic/0@7 err=0
offset_commit_cb: consumer 0 Success: [0] topic/1@2 err=0
committed: [0] topic/0@7 err=0 [1] topic/1@2 err=0 [2] topic/2@-1001 err=0
--- Message checks, in php-rdkafka's order
RdKafka\Exception (-186): Invalid argument: Specified Message has an error
RdKafka\Exception (-186): Invalid argument: Specified Message has an error
RdKafka\Exception (-186): Invalid argument: Specified Message has an error
RdKafka\Exception (-186): Invalid argument: Specified Message's topic_name is not a string
RdKafka\Exception (-186): Invalid argument: Specified Message's topic_name is not a string
RdKafka\Exception (-186): Invalid argument: Specified Message has an error
RdKafka\Exception (-186): Invalid argument: Specified Message's topic_name is not a string
--- wrong argument types
TypeError (0): RdKafka\KafkaConsumer::commit() expects parameter 1 to be an instance of RdKafka\Message or an array of RdKafka\TopicPartition, string given
TypeError (0): RdKafka\KafkaConsumer::commitAsync() expects parameter 1 to be an instance of RdKafka\Message or an array of RdKafka\TopicPartition, string given
TypeError (0): RdKafka\KafkaConsumer::commit() expects parameter 1 to be an instance of RdKafka\Message or an array of RdKafka\TopicPartition, int given
TypeError (0): RdKafka\KafkaConsumer::commitAsync() expects parameter 1 to be an instance of RdKafka\Message or an array of RdKafka\TopicPartition, float given
TypeError (0): RdKafka\KafkaConsumer::commit() expects parameter 1 to be an instance of RdKafka\Message or an array of RdKafka\TopicPartition, bool given
TypeError (0): RdKafka\KafkaConsumer::commit() expects parameter 1 to be an instance of RdKafka\Message or an array of RdKafka\TopicPartition, stdClass given
TypeError (0): Argument 1 passed to RdKafka\KafkaConsumer::commit() must be an array of RdKafka\TopicPartition, at least one element is a(n) string
TypeError (0): Argument 1 passed to RdKafka\KafkaConsumer::commitAsync() must be an array of RdKafka\TopicPartition, at least one element is a(n) int
--- nothing changed, nothing reported
consume: -185
committed: [0] topic/0@7 err=0 [1] topic/1@2 err=0 [2] topic/2@-1001 err=0
callbacks: 7
--- enable.auto.offset.store=false: only offsetStore() stores
consumed: 15 messages, 2 EOFs
positions: [0] topic/0@10 err=0 [1] topic/1@5 err=0 [2] topic/2@-1001 err=0
RdKafka\Exception (-168): Local: No offset stored
committed: [0] topic/0@-1001 err=0 [1] topic/1@3 err=0 [2] topic/2@-1001 err=0
