--TEST--
The loaded rdkafka module matches the stubs (../stubs), except the entries of pending-surface.txt
--DESCRIPTION--
Describes classes, methods, properties, functions and constants of the loaded
module with reflection, describes the stubs in a child process started with
"php -n" (so without the extension) and compares both descriptions.
See reflection.inc for the normalization rules and pending-surface.txt for the
pending-list rules.
--SKIPIF--
<?php
if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded');
if (!function_exists('proc_open')) die('skip proc_open() is not available');
?>
--INI--
; PCRE's JIT code trips valgrind's uninitialised-value checks (run-tests -m)
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/reflection.inc';
// A debug build of PHP ends the process when a call's arguments do not fit the arginfo, and
// php-rdkafka declares six required KafkaErrorException constructor parameters where it accepts
// two: on those builds the last four are declared optional (README, Differences).
$adapt = !PHP_DEBUG ? null : function (array $desc): array {
    $ctor = 'method:RdKafka\KafkaErrorException::__construct';
    $desc[$ctor] = preg_replace('/<required> ((?:string|bool) \$(?:error_string|isFatal|isRetriable|transactionRequiresAbort))/',
        '<optional> $1', $desc[$ctor], -1, $count);
    if ($count !== 4) {
        echo "expected 4 constructor parameters to adapt, found $count\n";
    }
    return $desc;
};
echo rdk_check_module_against_stubs('rdkafka', __DIR__ . '/../stubs', __DIR__ . '/pending-surface.txt', $adapt), "\n";
?>
--EXPECT--
OK
