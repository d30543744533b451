--TEST--
rdkafka module identity: name, version 6.x, no INI entries, no dependencies, 7 functions
--FILE--
<?php
var_dump(extension_loaded('rdkafka'), extension_loaded('RdKafka'));
var_dump(in_array('rdkafka', get_loaded_extensions(), true));
var_dump(phpversion('rdkafka'));
var_dump(preg_match('/^6\.\d+\.\d+$/', phpversion('rdkafka')));

$extension = new ReflectionExtension('rdkafka');
var_dump($extension->getName(), $extension->getVersion() === phpversion('rdkafka'));
var_dump($extension->getINIEntries(), $extension->getDependencies(), $extension->isPersistent(), $extension->isTemporary());
var_dump(array_keys($extension->getFunctions()));
var_dump(get_extension_funcs('rdkafka') === array_keys($extension->getFunctions()));

// the class of each function and class reported by reflection is this module
var_dump((new ReflectionFunction('rd_kafka_err2str'))->getExtensionName());
var_dump((new ReflectionClass(RdKafka\Message::class))->getExtensionName());
var_dump((new ReflectionClass(RdKafka\Exception::class))->getExtensionName());
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
string(5) "6.0.4"
int(1)
string(7) "rdkafka"
bool(true)
array(0) {
}
array(0) {
}
bool(true)
bool(false)
array(7) {
  [0]=>
  string(22) "rd_kafka_get_err_descs"
  [1]=>
  string(17) "rd_kafka_err2name"
  [2]=>
  string(16) "rd_kafka_err2str"
  [3]=>
  string(18) "rd_kafka_errno2err"
  [4]=>
  string(14) "rd_kafka_errno"
  [5]=>
  string(20) "rd_kafka_offset_tail"
  [6]=>
  string(19) "rd_kafka_thread_cnt"
}
bool(true)
string(7) "rdkafka"
string(7) "rdkafka"
string(7) "rdkafka"
