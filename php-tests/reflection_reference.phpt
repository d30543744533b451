--TEST--
Reflection of every fully implemented class is identical to php-rdkafka 6.0.4's `php --rc` output
--INI--
; PCRE's JIT code trips valgrind's uninitialised-value checks (run-tests -m)
pcre.jit=0
--FILE--
<?php
// data/php-rdkafka-6.0.4-reflection.txt: `php --rc` of the C extension, one block per class.
$reference = [];
$text = file_get_contents(__DIR__ . '/data/php-rdkafka-6.0.4-reflection.txt');
foreach (preg_split('/^(?=Class \[)/m', $text) as $block) {
    if (preg_match('/^Class \[ <internal:rdkafka> (?:<iterateable> )?(?:abstract )?class (\S+)/', $block, $m)) {
        $reference[$m[1]] = $block;
    }
}

// Classes with members still listed in pending-surface.txt are checked by reflection_stubs.phpt.
$pending = [];
foreach (file(__DIR__ . '/pending-surface.txt', FILE_IGNORE_NEW_LINES) as $line) {
    $line = trim($line);
    if ($line !== '' && $line[0] !== '#') {
        $pending[strtolower(explode('::', $line)[0])] = true;
    }
}

// Classes and methods beyond php-rdkafka's API have no reference here; reflection_stubs.phpt
// checks them. The added methods are cut out of their class's reflection, count included.
require __DIR__ . '/beyond.inc';
$beyond = array_fill_keys(BEYOND_CLASSES, true);
function without_beyond_methods(string $class, string $reflection): string
{
    foreach (BEYOND_METHODS[$class] ?? [] as $method) {
        $reflection = preg_replace("/\n    Method \\[ <internal:rdkafka> public method $method \\] \\{\n.*?\n    \\}\n/s", '', $reflection, 1, $cut);
        $reflection = preg_replace_callback('/- Methods \\[(\\d+)\\]/', fn($m) => '- Methods [' . ($m[1] - $cut) . ']', $reflection, 1);
    }
    return $reflection;
}

// A debug build of PHP ends the process when a call's arguments do not fit the arginfo, and
// php-rdkafka declares six required KafkaErrorException constructor parameters where it accepts
// two: on those builds the last four are declared optional (README, Differences).
if (PHP_DEBUG) {
    $reference['RdKafka\KafkaErrorException'] = preg_replace(
        '/(Parameter #[2-5] \[ )<required> ([^\]]*?) \]/', '$1<optional> $2 = <default> ]',
        $reference['RdKafka\KafkaErrorException'], -1, $count);
    if ($count !== 4) {
        echo "expected 4 constructor parameters to adapt, found $count\n";
    }
}

$normalize = fn(string $s) => trim(preg_replace(['/[ \t]+$/m', '/^#.*$/m'], '', $s));
$checked = 0;
foreach ((new ReflectionExtension('rdkafka'))->getClassNames() as $class) {
    if (isset($pending[strtolower($class)]) || isset($beyond[$class])) {
        continue;
    }
    if (!isset($reference[$class])) {
        echo "$class: not in php-rdkafka\n";
        continue;
    }
    $ours = $normalize(without_beyond_methods($class, (string) new ReflectionClass($class)));
    if ($ours !== $normalize($reference[$class])) {
        echo "$class differs:\n$ours\n";
    }
    $checked++;
}
echo "checked $checked classes\n";
?>
--EXPECT--
checked 20 classes
