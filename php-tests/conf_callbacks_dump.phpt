--TEST--
RdKafka\Conf callback setters: each one adds its pointer-valued key to dump(); setLogCb() also sets log.queue=true
--FILE--
<?php
$keys = [
    'setErrorCb' => 'error_cb',
    'setDrMsgCb' => 'dr_msg_cb',
    'setStatsCb' => 'stats_cb',
    'setRebalanceCb' => 'rebalance_cb',
    'setConsumeCb' => 'consume_cb',
    'setOffsetCommitCb' => 'offset_commit_cb',
    'setLogCb' => 'log_cb',
    'setOauthbearerTokenRefreshCb' => 'oauthbearer_token_refresh_cb',
];

$fresh = (new RdKafka\Conf())->dump();
echo "fresh Conf:\n";
foreach ($keys as $key) {
    echo $key, ': ', $fresh[$key] ?? '(absent)', "\n";
}
echo 'log.queue: ', $fresh['log.queue'], "\n";

echo "one setter per Conf:\n";
foreach ($keys as $method => $key) {
    $conf = new RdKafka\Conf();
    $before = $conf->dump();
    var_dump($conf->$method(function () {}));
    $after = $conf->dump();
    $changed = array_keys(array_diff_assoc($after, $before));
    sort($changed);
    echo $method, ' changed: ', implode(', ', $changed), ' = ', $after[$key], "\n";
}

echo "all setters on one Conf:\n";
$conf = new RdKafka\Conf();
foreach ($keys as $method => $key) {
    $conf->$method(fn () => null);
}
$dump = $conf->dump();
foreach ($keys as $key) {
    echo $key, ': ', $dump[$key], "\n";
}
echo 'log.queue: ', $dump['log.queue'], "\n";
var_dump(count(array_unique(array_intersect_key($dump, array_flip($keys)))));
?>
--EXPECTF--
fresh Conf:
error_cb: (absent)
dr_msg_cb: (absent)
stats_cb: (absent)
rebalance_cb: (absent)
consume_cb: (absent)
offset_commit_cb: (absent)
log_cb: 0x%x
oauthbearer_token_refresh_cb: (absent)
log.queue: false
one setter per Conf:
NULL
setErrorCb changed: error_cb = 0x%x
NULL
setDrMsgCb changed: dr_msg_cb = 0x%x
NULL
setStatsCb changed: stats_cb = 0x%x
NULL
setRebalanceCb changed: rebalance_cb = 0x%x
NULL
setConsumeCb changed: consume_cb = 0x%x
NULL
setOffsetCommitCb changed: offset_commit_cb = 0x%x
NULL
setLogCb changed: log.queue, log_cb = 0x%x
NULL
setOauthbearerTokenRefreshCb changed: oauthbearer_token_refresh_cb = 0x%x
all setters on one Conf:
error_cb: 0x%x
dr_msg_cb: 0x%x
stats_cb: 0x%x
rebalance_cb: 0x%x
consume_cb: 0x%x
offset_commit_cb: 0x%x
log_cb: 0x%x
oauthbearer_token_refresh_cb: 0x%x
log.queue: true
int(8)
