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
--FILE--
<?php
require __DIR__ . '/reflection.inc';
echo rdk_check_module_against_stubs('rdkafka', __DIR__ . '/../stubs', __DIR__ . '/pending-surface.txt'), "\n";
?>
--EXPECT--
OK
