--TEST--
Conf::set() and TopicConf::set() mark $value #[\SensitiveParameter]: a stack trace through them (here: a NUL byte in a secret) shows Object(SensitiveParameterValue), never the secret
--SKIPIF--
<?php if (!extension_loaded('rdkafka')) die('skip rdkafka extension not loaded'); ?>
--FILE--
<?php
function configure(object $conf): void
{
    $conf->set('sasl.password', "s3cr3t\0tail");
}

foreach ([new RdKafka\Conf(), new RdKafka\TopicConf()] as $conf) {
    try {
        configure($conf);
    } catch (ValueError $e) {
        echo get_class($conf), ": ", $e->getMessage(), "\n";
        echo explode("\n", $e->getTraceAsString())[0], "\n";
        echo "secret in the trace: ", json_encode(str_contains(print_r($e->getTrace(), true), 's3cr3t')), "\n";
        try {
            serialize($e); // as for PDO's passwords, the placeholder refuses serialization
        } catch (Exception $refused) {
            echo $refused->getMessage(), "\n";
        }
    }
    foreach ((new ReflectionMethod($conf, 'set'))->getParameters() as $parameter) {
        echo "  \$", $parameter->getName(), ": ", json_encode(array_map(fn ($a) => $a->getName(), $parameter->getAttributes())), "\n";
    }
}
?>
--EXPECTF--
RdKafka\Conf: RdKafka\Conf::set(): Argument #2 ($value) must not contain any null bytes
#0 %s(%d): RdKafka\Conf->set('sasl.password', Object(SensitiveParameterValue))
secret in the trace: false
Serialization of 'SensitiveParameterValue' is not allowed
  $name: []
  $value: ["SensitiveParameter"]
RdKafka\TopicConf: RdKafka\TopicConf::set(): Argument #2 ($value) must not contain any null bytes
#0 %s(%d): RdKafka\TopicConf->set('sasl.password', Object(SensitiveParameterValue))
secret in the trace: false
Serialization of 'SensitiveParameterValue' is not allowed
  $name: []
  $value: ["SensitiveParameter"]
