--TEST--
Error, stats, log and OAUTHBEARER refresh callbacks run only inside poll(), on the PHP thread, with php-rdkafka's arguments (the refresh callback gets "" when sasl.oauthbearer.config is unset)
--FILE--
<?php
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', '127.0.0.1:1'); // nothing listens: connection errors
$conf->set('log_level', '7');
$conf->set('debug', 'broker');
$conf->set('statistics.interval.ms', '100');
$events = [];
$conf->setErrorCb(function ($client, $err, $reason) use (&$events) {
    $events[] = ['error', get_class($client), $err, rd_kafka_err2name($err)];
});
$conf->setStatsCb(function ($client, $json, $json_len) use (&$events) {
    $events[] = ['stats', get_class($client), strlen($json) === $json_len, json_decode($json, true)['type']];
});
$conf->setLogCb(function ($client, $level, $facility, $message) use (&$events) {
    $events[] = ['log', get_class($client), is_int($level) && $level >= 0 && $level <= 7, is_string($facility) && $facility !== '', is_string($message)];
});
foreach (['RdKafka\Producer', 'RdKafka\Consumer'] as $class) {
    $events = [];
    $client = new $class($conf);
    usleep(600000);
    echo "$class, before poll: ", count($events), " events\n";
    $served = $client->poll(0);
    echo "poll served events: ", var_export($served > 0, true), "\n";
    $kinds = array_count_values(array_column($events, 0));
    ksort($kinds);
    echo "kinds: ", implode(', ', array_keys($kinds)), "\n";
    $errors = array_values(array_filter($events, fn($e) => $e[0] === 'error'));
    echo "first error: ", implode(' ', $errors[0]), "\n";
    echo "a stats event: ", json_encode(array_values(array_filter($events, fn($e) => $e[0] === 'stats'))[0]), "\n";
    echo "a log event: ", json_encode(array_values(array_filter($events, fn($e) => $e[0] === 'log'))[0]), "\n";
    unset($client);
}

// OAUTHBEARER refresh without sasl.oauthbearer.config: php-rdkafka 6.0.4 crashed here.
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', '127.0.0.1:1');
$conf->set('log_level', '0');
$conf->set('security.protocol', 'SASL_PLAINTEXT');
$conf->set('sasl.mechanisms', 'OAUTHBEARER');
$conf->setOauthbearerTokenRefreshCb(function ($client, $config) {
    echo "refresh: ", get_class($client), ' ', var_export($config, true), "\n";
    $client->oauthbearerSetToken('token', (int) (microtime(true) * 1000) + 60000, 'principal');
});
$producer = new RdKafka\Producer($conf);
$producer->poll(100);
$conf->set('sasl.oauthbearer.config', 'principal=admin scope=all');
$consumer = new RdKafka\Consumer($conf);
$consumer->poll(100);
echo "done\n";
?>
--EXPECT--
RdKafka\Producer, before poll: 0 events
poll served events: true
kinds: error, log, stats
first error: error RdKafka\Producer -195 _TRANSPORT
a stats event: ["stats","RdKafka\\Producer",true,"producer"]
a log event: ["log","RdKafka\\Producer",true,true,true]
RdKafka\Consumer, before poll: 0 events
poll served events: true
kinds: error, log, stats
first error: error RdKafka\Consumer -195 _TRANSPORT
a stats event: ["stats","RdKafka\\Consumer",true,"consumer"]
a log event: ["log","RdKafka\\Consumer",true,true,true]
refresh: RdKafka\Producer ''
refresh: RdKafka\Consumer 'principal=admin scope=all'
done
