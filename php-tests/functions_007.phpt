--TEST--
rdkafka functions: real (not tentative) return types and parameter names, in php-rdkafka's order
--FILE--
<?php
foreach ((new ReflectionExtension('rdkafka'))->getFunctions() as $name => $function) {
    $params = [];
    foreach ($function->getParameters() as $parameter) {
        $params[] = $parameter->getType() . ' $' . $parameter->getName()
            . ($parameter->isOptional() ? ' (optional)' : '')
            . ($parameter->isPassedByReference() ? ' (by ref)' : '');
    }
    printf(
        "%s(%s): %s%s%s\n",
        $name,
        implode(', ', $params),
        $function->hasReturnType() ? $function->getReturnType() : '(none)',
        $function->hasTentativeReturnType() ? ' TENTATIVE' : '',
        $function->isDeprecated() ? ' [deprecated]' : ''
    );
}

$err2str = new ReflectionFunction('rd_kafka_err2str');
var_dump((string) $err2str->getReturnType(), $err2str->getReturnType()->allowsNull(), $err2str->isInternal());
?>
--EXPECT--
rd_kafka_get_err_descs(): array
rd_kafka_err2name(int $err): ?string
rd_kafka_err2str(int $err): ?string
rd_kafka_errno2err(int $errnox): int [deprecated]
rd_kafka_errno(): int [deprecated]
rd_kafka_offset_tail(int $cnt): int
rd_kafka_thread_cnt(): int
string(7) "?string"
bool(true)
bool(true)
