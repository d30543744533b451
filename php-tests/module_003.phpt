--TEST--
rdkafka module: phpinfo() section rows
--FILE--
<?php
ob_start();
(new ReflectionExtension('rdkafka'))->info();
$info = ob_get_clean();

$rows = [];
foreach (explode("\n", $info) as $line) {
    if (str_contains($line, ' => ')) {
        [$name, $value] = explode(' => ', $line, 2);
        $rows[$name] = $value;
    }
}
var_dump(str_starts_with(ltrim($info), "rdkafka\n"));
var_dump($rows['rdkafka support']);
var_dump($rows['version']);
var_dump((bool) preg_match('/^[A-Z][a-z]{2} [ \d]\d \d{4} \d\d:\d\d:\d\d$/', $rows['build date']));
var_dump($rows['librdkafka version (runtime)']);
var_dump($rows['librdkafka version (build)']);

// php-rdkafka's five rows come first, in this order
var_dump(array_slice(array_keys($rows), 0, 5));

// the PHP build the extension was compiled for is the one running it
$build = sprintf('PHP %s %s %s (API ', PHP_VERSION, PHP_ZTS ? 'ZTS' : 'NTS', PHP_DEBUG ? 'debug' : 'release');
var_dump(str_starts_with($rows['PHP build'], $build));

// the features compiled into the bundled librdkafka
$featureRow = null;
foreach ($rows as $name => $value) {
    if (str_contains($name, 'builtin.features')) {
        $featureRow = $value;
    }
}
var_dump($featureRow !== null);
$features = explode(',', (string) $featureRow);
foreach (['ssl', 'sasl_scram', 'sasl_oauthbearer', 'zstd', 'lz4', 'snappy', 'gzip'] as $feature) {
    echo $feature, ': ', in_array($feature, $features, true) ? 'yes' : 'no', "\n";
}

// phpinfo(INFO_MODULES) contains the same section
ob_start();
phpinfo(INFO_MODULES);
$all = ob_get_clean();
var_dump(str_contains($all, "rdkafka support => enabled\n"), str_contains($all, "librdkafka version (build) => 2.12.1.255\n"));
?>
--EXPECT--
bool(true)
string(7) "enabled"
string(5) "6.0.4"
bool(true)
string(6) "2.12.1"
string(10) "2.12.1.255"
array(5) {
  [0]=>
  string(15) "rdkafka support"
  [1]=>
  string(7) "version"
  [2]=>
  string(10) "build date"
  [3]=>
  string(28) "librdkafka version (runtime)"
  [4]=>
  string(26) "librdkafka version (build)"
}
bool(true)
bool(true)
ssl: yes
sasl_scram: yes
sasl_oauthbearer: yes
zstd: yes
lz4: yes
snappy: yes
gzip: yes
bool(true)
bool(true)
