<?php
// Prints how many messages each topic holds: the sum of its partitions' high watermarks.
[, $brokers] = $argv;
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $brokers);
$conf->set('group.id', 'fpm-bench-count');
$consumer = new RdKafka\KafkaConsumer($conf);
foreach (array_slice($argv, 2) as $topic) {
    $total = 0;
    $metadata = $consumer->getMetadata(false, $consumer->newTopic($topic), 10000);
    foreach ($metadata->getTopics()->current()->getPartitions() as $partition) {
        $low = $high = 0;
        $consumer->queryWatermarkOffsets($topic, $partition->getId(), $low, $high, 10000);
        $total += $high - $low;
    }
    echo "$topic $total\n";
}
