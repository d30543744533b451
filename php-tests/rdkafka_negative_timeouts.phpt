--TEST--
A negative timeout waits without deadline, as in php-rdkafka: poll(-2) returns once the delivery report is served, consume(-5) once a message arrives, flush(-3) once the queue is empty
--SKIPIF--
<?php if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded'); ?>
--FILE--
<?php
$cluster = RdKafka\Test\MockCluster::create(1);
$cluster->createTopic('waits', 1, 1);
$cluster->setRtt(1, 200); // every answer takes 200 ms: an immediate return would find nothing
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $cluster->getBootstraps());
$conf->set('log_level', '0');
$reports = 0;
$conf->setDrMsgCb(function () use (&$reports) { $reports++; });
$producer = new RdKafka\Producer($conf);
$producer->newTopic('waits')->produce(0, 0, 'first');
echo "poll(-2) served: ", $producer->poll(-2), ", reports: $reports\n";
$producer->newTopic('waits')->produce(0, 0, 'second');
echo "flush(-3): ", $producer->flush(-3), ", reports: $reports\n";

$consumerConf = new RdKafka\Conf();
$consumerConf->set('bootstrap.servers', $cluster->getBootstraps());
$consumerConf->set('group.id', 'waiters');
$consumer = new RdKafka\KafkaConsumer($consumerConf);
$consumer->assign([new RdKafka\TopicPartition('waits', 0, RD_KAFKA_OFFSET_BEGINNING)]);
echo "consume(-5): ", $consumer->consume(-5)->payload, "\n";
?>
--EXPECT--
poll(-2) served: 1, reports: 1
flush(-3): 0, reports: 2
consume(-5): first
