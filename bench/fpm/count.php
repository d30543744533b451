<?php
// Counts each topic's messages by consuming it back from the beginning to its high watermarks,
// and checks that every payload is an "order placed" event.
[, $brokers] = $argv;
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $brokers);
$conf->set('group.id', 'fpm-bench-count');
$conf->set('enable.partition.eof', 'true');
foreach (array_slice($argv, 2) as $topic) {
    $consumer = new RdKafka\KafkaConsumer($conf);
    $metadata = $consumer->getMetadata(false, $consumer->newTopic($topic), 10000);
    $assignment = [];
    $left = 0; // partitions not read to their end yet
    foreach ($metadata->getTopics()->current()->getPartitions() as $partition) {
        $assignment[] = new RdKafka\TopicPartition($topic, $partition->getId(), RD_KAFKA_OFFSET_BEGINNING);
        $left++;
    }
    $consumer->assign($assignment);
    $count = $malformed = 0;
    while ($left > 0) {
        $message = $consumer->consume(10000);
        if ($message->err === RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            $left--;
        } elseif ($message->err === RD_KAFKA_RESP_ERR_NO_ERROR) {
            $count++;
            $malformed += (int) ((json_decode($message->payload, true)['event'] ?? null) !== 'order placed');
        } else {
            fwrite(STDERR, "$topic: " . $message->errstr() . "\n");
            exit(1);
        }
    }
    $consumer->close();
    echo "$topic $count $malformed\n";
}
