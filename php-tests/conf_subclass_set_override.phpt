--TEST--
RdKafka\Conf subclass overriding set($name, $value): void and calling parent::set()
--FILE--
<?php
class RecordingConf extends RdKafka\Conf
{
    public array $calls = [];

    public function set($name, $value): void
    {
        $this->calls[] = [$name, $value];
        parent::set($name, $value);
    }
}

class RecordingTopicConf extends RdKafka\TopicConf
{
    public function set(string $name, string $value): void
    {
        parent::set($name, strtolower($value));
    }
}

$conf = new RecordingConf();
$conf->set('client.id', 'abc');
$conf->set('message.max.bytes', 2000);
try {
    $conf->set('no.such', 'x');
} catch (RdKafka\Exception $e) {
    echo get_class($e), ' ', $e->getCode(), ' ', $e->getMessage(), "\n";
}
var_dump($conf->calls);
var_dump($conf->dump()['client.id'], $conf->dump()['message.max.bytes']);

$topicConf = new RecordingTopicConf();
$topicConf->set('auto.offset.reset', 'EARLIEST');
var_dump($topicConf->dump()['auto.offset.reset']);
echo "done\n";
?>
--EXPECT--
RdKafka\Exception -2 No such configuration property: "no.such"
array(3) {
  [0]=>
  array(2) {
    [0]=>
    string(9) "client.id"
    [1]=>
    string(3) "abc"
  }
  [1]=>
  array(2) {
    [0]=>
    string(17) "message.max.bytes"
    [1]=>
    int(2000)
  }
  [2]=>
  array(2) {
    [0]=>
    string(7) "no.such"
    [1]=>
    string(1) "x"
  }
}
string(3) "abc"
string(4) "2000"
string(8) "smallest"
done
