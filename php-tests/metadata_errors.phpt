--TEST--
getMetadata()/metadata() errors: unreachable broker gives RdKafka\Exception -195, wrong arguments give TypeError/ArgumentCountError
--FILE--
<?php
function show(Throwable $e): void
{
    printf("%s(%d): %s\n", get_class($e), $e->getCode(), $e->getMessage());
}

$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', '127.0.0.1:1'); // nothing listens there
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf);
$consumer = new RdKafka\Consumer($conf);

// librdkafka first waits up to the timeout for a usable broker connection; when none came
// up it answers "Local: Broker transport failure" (-195), not -185 (checked over many runs,
// with 0, 100 and 200 ms timeouts, all-topics and single-topic requests).
echo "== no reachable broker\n";
$calls = [
    'producer all topics' => fn () => $producer->getMetadata(true, null, 200),
    'producer only_topic' => fn () => $producer->getMetadata(false, $producer->newTopic('metadata-errors'), 200),
    'producer local topics' => fn () => $producer->getMetadata(false, null, 200),
    'consumer all topics' => fn () => $consumer->getMetadata(true, null, 200),
    'consumer timeout 0' => fn () => $consumer->getMetadata(true, null, 0),
];
foreach ($calls as $label => $call) {
    $start = microtime(true);
    try {
        $call();
        echo "$label: no exception\n";
    } catch (RdKafka\Exception $e) {
        echo "$label: ";
        show($e);
        var_dump($e instanceof Exception, $e->getLine() > 0, $e->getPrevious());
    }
    $elapsed = microtime(true) - $start;
    if ($elapsed > 5) {
        printf("%s took %.1f s\n", $label, $elapsed);
    }
}
echo "deprecated metadata(): ";
try {
    $producer->metadata(true, null, 200);
} catch (RdKafka\Exception $e) {
    show($e);
}

echo "no bootstrap.servers at all: ";
$empty = new RdKafka\Conf();
$empty->set('log_level', '0');
try {
    (new RdKafka\Producer($empty))->getMetadata(true, null, 100);
} catch (RdKafka\Exception $e) {
    show($e);
}

echo "== argument errors\n";
$topic = $producer->newTopic('metadata-errors');
$calls = [
    'only_topic string' => fn () => $producer->getMetadata(false, 'x', 10),
    'only_topic stdClass' => fn () => $producer->getMetadata(false, new stdClass(), 10),
    'only_topic Conf' => fn () => $producer->getMetadata(false, $conf, 10),
    'all_topics array' => fn () => $producer->getMetadata([], null, 10),
    'timeout string' => fn () => $producer->getMetadata(true, null, 'z'),
    'timeout null' => fn () => $producer->getMetadata(true, null, null),
    'two arguments' => fn () => $producer->getMetadata(true, null),
    'no arguments' => fn () => $consumer->getMetadata(),
    'four arguments' => fn () => $consumer->getMetadata(true, null, 10, 4),
    'unknown named argument' => fn () => $consumer->getMetadata(true, null, 10, foo: 1),
    'metadata() only_topic string' => fn () => $consumer->metadata(false, 'x', 10),
    'int all_topics (weak mode)' => fn () => $producer->getMetadata(1, $topic, '10'),
];
foreach ($calls as $label => $call) {
    echo "$label: ";
    try {
        $call();
        echo "no exception\n";
    } catch (Throwable $e) {
        show($e);
    }
}

echo "== the deprecation is raised before the call: an error handler that throws prevents it\n";
set_error_handler(function (int $errno, string $message): bool {
    throw new ErrorException($message, 0, $errno);
});
$start = microtime(true);
try {
    $producer->metadata(true, null, 3000);
} catch (Throwable $e) {
    show($e);
}
restore_error_handler();
echo "returned at once: ", var_export(microtime(true) - $start < 2, true), "\n";
?>
--EXPECTF--
== no reachable broker
producer all topics: RdKafka\Exception(-195): Local: Broker transport failure
bool(true)
bool(true)
NULL
producer only_topic: RdKafka\Exception(-195): Local: Broker transport failure
bool(true)
bool(true)
NULL
producer local topics: RdKafka\Exception(-195): Local: Broker transport failure
bool(true)
bool(true)
NULL
consumer all topics: RdKafka\Exception(-195): Local: Broker transport failure
bool(true)
bool(true)
NULL
consumer timeout 0: RdKafka\Exception(-195): Local: Broker transport failure
bool(true)
bool(true)
NULL
deprecated metadata(): 
Deprecated: Method RdKafka::metadata() is deprecated in %s on line %d
RdKafka\Exception(-195): Local: Broker transport failure
no bootstrap.servers at all: RdKafka\Exception(-195): Local: Broker transport failure
== argument errors
only_topic string: TypeError(0): RdKafka::getMetadata(): Argument #2 ($only_topic) must be of type ?RdKafka\Topic, string given
only_topic stdClass: TypeError(0): RdKafka::getMetadata(): Argument #2 ($only_topic) must be of type ?RdKafka\Topic, stdClass given
only_topic Conf: TypeError(0): RdKafka::getMetadata(): Argument #2 ($only_topic) must be of type ?RdKafka\Topic, RdKafka\Conf given
all_topics array: TypeError(0): RdKafka::getMetadata(): Argument #1 ($all_topics) must be of type bool, array given
timeout string: TypeError(0): RdKafka::getMetadata(): Argument #3 ($timeout_ms) must be of type int, string given
timeout null: 
Deprecated: RdKafka::getMetadata(): Passing null to parameter #3 ($timeout_ms) of type int is deprecated in %s on line %d
RdKafka\Exception(-195): Local: Broker transport failure
two arguments: ArgumentCountError(0): RdKafka::getMetadata() expects exactly 3 arguments, 2 given
no arguments: ArgumentCountError(0): RdKafka::getMetadata() expects exactly 3 arguments, 0 given
four arguments: ArgumentCountError(0): RdKafka::getMetadata() expects exactly 3 arguments, 4 given
unknown named argument: Error(0): Unknown named parameter $foo
metadata() only_topic string: 
Deprecated: Method RdKafka::metadata() is deprecated in %s on line %d
TypeError(0): RdKafka::metadata(): Argument #2 ($only_topic) must be of type ?RdKafka\Topic, string given
int all_topics (weak mode): RdKafka\Exception(-195): Local: Broker transport failure
== the deprecation is raised before the call: an error handler that throws prevents it
ErrorException(0): Method RdKafka::metadata() is deprecated
returned at once: true
