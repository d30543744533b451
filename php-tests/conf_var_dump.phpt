--TEST--
RdKafka\Conf/TopicConf: var_dump, print_r, array cast, json_encode and subclasses with properties
--FILE--
<?php
class MyConf extends RdKafka\Conf
{
    public array $extra = [];
    protected int $level = 3;
    private string $secret = 's';
    public ?string $uninitialized;

    public function __construct()
    {
        parent::__construct();
        $this->extra[] = 1;
    }
}

$conf = new RdKafka\Conf();
$conf->set('client.id', 'hidden');
$conf->setErrorCb('strlen');
var_dump($conf);
var_dump(new RdKafka\TopicConf());
print_r($conf);
echo "\n";
var_dump((array) $conf, get_object_vars($conf), json_encode($conf), json_encode(new RdKafka\TopicConf()));
debug_zval_dump(new RdKafka\TopicConf());

echo "subclass:\n";
$sub = new MyConf();
$sub->set('client.id', 'sub');
var_dump($sub);
print_r($sub);
echo "\n";
var_export($sub);
echo "\n";
?>
--EXPECTF--
object(RdKafka\Conf)#%d (0) {
}
object(RdKafka\TopicConf)#%d (0) {
}
RdKafka\Conf Object
(
)

array(0) {
}
array(0) {
}
string(2) "{}"
string(2) "{}"
object(RdKafka\TopicConf)#%d (0) refcount(%d){
}
subclass:
object(MyConf)#%d (3) {
  ["extra"]=>
  array(1) {
    [0]=>
    int(1)
  }
  ["level":protected]=>
  int(3)
  ["secret":"MyConf":private]=>
  string(1) "s"
  ["uninitialized"]=>
  uninitialized(?string)
}
MyConf Object
(
    [extra] => Array
        (
            [0] => 1
        )

    [level:protected] => 3
    [secret:MyConf:private] => s
)

\MyConf::__set_state(array(
   'extra' => 
  array (
    0 => 1,
  ),
   'level' => 3,
   'secret' => 's',
))
