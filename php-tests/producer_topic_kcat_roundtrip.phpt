--TEST--
ProducerTopic produce()/producev(): payloads, keys, headers and timestamps read back byte for byte by the third-party client kcat
--SKIPIF--
<?php if (!getenv('TEST_KAFKA_BROKERS')) die('skip TEST_KAFKA_BROKERS not set');
if (trim((string) shell_exec('command -v kcat 2>/dev/null')) === '') die('skip kcat not installed'); ?>
--INI--
; PCRE's JIT code trips valgrind's uninitialised-value checks (run-tests -m)
pcre.jit=0
--FILE--
<?php
$brokers = getenv('TEST_KAFKA_BROKERS');
$kcat = trim((string) shell_exec('command -v kcat'));
$conf = new RdKafka\Conf();
$conf->set('bootstrap.servers', $brokers);
$conf->set('log_level', '0');
$producer = new RdKafka\Producer($conf);
$topicName = 'producer_topic_kcat_roundtrip_' . uniqid();
$topic = $producer->newTopic($topicName);

$allBytes = implode('', array_map('chr', range(0, 255)));
$headers = [
    'h1' => "v\0\xff",
    'empty' => '',
    'n' => null,
    'h,=x' => 'a,b=c',
    "bin\xffname" => "\xff",
    7 => 'an integer key is not a header (php-rdkafka)',
    'i' => 12,
    'after' => 'int key',
];

// Everything goes to partition 0, so kcat returns it in production order (offsets 0..9).
$topic->produce(0, 0, "a\0b\xff", "k\0\xff");
$topic->produce(0, 0, '', '');
$topic->produce(0, 0, null, 'tomb');
$topic->produce(0, 0, 'no key', null);
$topic->produce(0, 0, null, null);
$topic->produce(0, RD_KAFKA_MSG_F_BLOCK, $allBytes, $allBytes, 'opaque');
$topic->producev(0, 0, "v\xff\0", "hk\0", $headers, 1700000000000);
$topic->producev(0, 0, 'empty headers', null, []);
$topic->producev(0, 0, 'null headers', null, null, null, 'opaque');
$topic->producev(0, RD_KAFKA_MSG_F_BLOCK, null, null, ['only' => "\0"], 1);

echo "flush: ", $producer->flush(10000), "\n";
echo "outq: ", $producer->getOutQLen(), "\n";

function kcat(string $kcat, string $brokers, string $topicName, string $output): string
{
    $cmd = escapeshellarg($kcat) . ' -C -q -e -o beginning -p 0 -b ' . escapeshellarg($brokers)
        . ' -t ' . escapeshellarg($topicName) . ' ' . $output;
    $proc = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    fclose($pipes[0]);
    $stdout = stream_get_contents($pipes[1]);
    $stderr = stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    $rc = proc_close($proc);
    // kcat's own librdkafka may warn about properties kcat itself sets (newer librdkafka
    // deprecates api.version.request): not an error of the round trip.
    $stderr = preg_replace('/^%\d\|[\d.]+\|CONFWARN\|[^\n]*\n?/m', '', $stderr);
    if ($rc !== 0 || $stderr !== '') {
        echo "kcat failed ($rc): $stderr\n";
    }
    return $stdout;
}

function show(?string $s): string
{
    return $s === null ? 'NULL' : '"' . bin2hex($s) . '"';
}

// Payload, key and timestamp. The format is length-prefixed: "<offset> <payload length> <key
// length> <timestamp>:" followed by exactly that many payload bytes, then key bytes, then "\n".
// %S/%K are -1 for a NULL payload/key (and %s/%k then print nothing), so NULL, "" and binary
// content containing the separators are all told apart.
$out = kcat($kcat, $brokers, $topicName, "-f '%o %S %K %T:%s%k\\n'");
$pos = 0;
$now = (int) (microtime(true) * 1000);
while ($pos < strlen($out)) {
    $colon = strpos($out, ':', $pos);
    [$offset, $plen, $klen, $ts] = array_map('intval', explode(' ', substr($out, $pos, $colon - $pos)));
    $pos = $colon + 1;
    $payload = $plen < 0 ? null : substr($out, $pos, $plen);
    $pos += max($plen, 0);
    $key = $klen < 0 ? null : substr($out, $pos, $klen);
    $pos += max($klen, 0);
    if ($out[$pos] !== "\n") {
        echo "unexpected output at $pos\n";
        break;
    }
    $pos++;
    if ($payload === $allBytes && $key === $allBytes) {
        $payload = $key = '<all 256 bytes>';
    } else {
        $payload = show($payload);
        $key = show($key);
    }
    // Timestamps not given by the test are "now" (CreateTime set by the producer).
    $ts = abs($ts - $now) < 600000 ? 'now' : $ts;
    echo "$offset: payload=$payload key=$key ts=$ts\n";
}

// Headers. kcat's %h prints "n=v" joined with "," and cuts values at the first NUL, so it is
// not binary safe; -J is used instead. Its JSON has headers as a flat [name, value, ...] list
// in wire order and writes values with their length, escaping NUL as \u0000 and passing bytes
// >= 0x80 through raw (not valid UTF-8). Those raw bytes are turned into \u00XX escapes before
// json_decode and the resulting U+0080..U+00FF characters back into single bytes afterwards,
// which restores the exact bytes. (Header *names* go through strlen() in kcat, so names with a
// NUL could not be checked this way; the names used here contain none.)
function json_bytes(string $json)
{
    $json = preg_replace_callback('/[\x80-\xff]/', fn($m) => sprintf('\\u%04x', ord($m[0])), $json);
    $unbyte = function ($v) use (&$unbyte) {
        if (is_array($v)) {
            return array_map($unbyte, $v);
        }
        if (!is_string($v)) {
            return $v;
        }
        return preg_replace_callback('/[\xc2\xc3][\x80-\xbf]/',
            fn($m) => chr(((ord($m[0][0]) & 0x1f) << 6) | (ord($m[0][1]) & 0x3f)), $v);
    };
    return $unbyte(json_decode($json, true, 512, JSON_THROW_ON_ERROR));
}

foreach (explode("\n", rtrim(kcat($kcat, $brokers, $topicName, '-J'), "\n")) as $line) {
    $m = json_bytes($line);
    if (!isset($m['headers'])) {
        printf("%d: no headers\n", $m['offset']);
        continue;
    }
    $list = [];
    for ($i = 0; $i < count($m['headers']); $i += 2) {
        $list[] = show($m['headers'][$i]) . '=' . show($m['headers'][$i + 1]);
    }
    printf("%d: %s\n", $m['offset'], implode(' ', $list));
    if ($m['offset'] === 6) {
        printf("6: ts=%d payload=%s key=%s\n", $m['ts'], show($m['payload']), show($m['key']));
    }
}
?>
--EXPECT--
flush: 0
outq: 0
0: payload="610062ff" key="6b00ff" ts=now
1: payload="" key="" ts=now
2: payload=NULL key="746f6d62" ts=now
3: payload="6e6f206b6579" key=NULL ts=now
4: payload=NULL key=NULL ts=now
5: payload=<all 256 bytes> key=<all 256 bytes> ts=now
6: payload="76ff00" key="686b00" ts=1700000000000
7: payload="656d7074792068656164657273" key=NULL ts=now
8: payload="6e756c6c2068656164657273" key=NULL ts=now
9: payload=NULL key=NULL ts=1
0: no headers
1: no headers
2: no headers
3: no headers
4: no headers
5: no headers
6: "6831"="7600ff" "656d707479"="" "6e"="" "682c3d78"="612c623d63" "62696eff6e616d65"="ff" "69"="3132" "6166746572"="696e74206b6579"
6: ts=1700000000000 payload="76ff00" key="686b00"
7: no headers
8: no headers
9: "6f6e6c79"="00"
