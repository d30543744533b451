--TEST--
rd_kafka_get_err_descs(): librdkafka's error table as a list of code/name/desc arrays
--FILE--
<?php
$descs = rd_kafka_get_err_descs();
var_dump(array_is_list($descs));

foreach ($descs as $desc) {
    if ($desc['code'] === RD_KAFKA_RESP_ERR__MSG_TIMED_OUT) {
        var_dump($desc);
    }
}

// every entry has exactly these keys and types
$bad = 0;
foreach ($descs as $desc) {
    if (array_keys($desc) !== ['code', 'name', 'desc'] || !is_int($desc['code'])
        || !(is_string($desc['name']) || $desc['name'] === null)
        || !(is_string($desc['desc']) || $desc['desc'] === null)) {
        $bad++;
    }
}
var_dump($bad);

// first entry is the _BEGIN marker, without a description
var_dump($descs[0]);

// _END has no description either
foreach ($descs as $desc) {
    if ($desc['name'] === '_END') {
        var_dump($desc['code'], $desc['desc']);
    }
}

// only the first code-0 slot of librdkafka's table is kept; it is an unnamed gap that comes
// before _END, so NO_ERROR itself is not listed
$zero = array_keys(array_filter($descs, fn($d) => $d['code'] === 0));
var_dump(count($zero));
var_dump($descs[$zero[0]]);
var_dump($descs[$zero[0] + 1]['name']);
$gapPosition = $zero[0];
$endPosition = array_search('_END', array_column($descs, 'name'), true);
var_dump($gapPosition < $endPosition);

// codes otherwise appear in ascending order and only once
$codes = array_column(array_filter($descs, fn($d) => $d['name'] !== null), 'code');
$sorted = $codes;
sort($sorted);
var_dump($codes === $sorted, count($codes) === count(array_unique($codes)));

// broker errors are described as such
foreach ($descs as $desc) {
    if ($desc['code'] > 0 && !str_starts_with($desc['desc'], 'Broker: ')) {
        echo "odd: {$desc['name']}\n";
    }
}
var_dump($descs === rd_kafka_get_err_descs());
?>
--EXPECT--
bool(true)
array(3) {
  ["code"]=>
  int(-192)
  ["name"]=>
  string(14) "_MSG_TIMED_OUT"
  ["desc"]=>
  string(24) "Local: Message timed out"
}
int(0)
array(3) {
  ["code"]=>
  int(-200)
  ["name"]=>
  string(6) "_BEGIN"
  ["desc"]=>
  NULL
}
int(-100)
NULL
int(1)
array(3) {
  ["code"]=>
  int(0)
  ["name"]=>
  NULL
  ["desc"]=>
  NULL
}
string(4) "_END"
bool(true)
bool(true)
bool(true)
bool(true)
