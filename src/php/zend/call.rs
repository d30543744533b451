//! One call of a method or function: its frame, its arguments (parsed by the engine's own
//! `zend_parse_parameters`), its result, and the exceptions it throws.

use std::ffi::{c_char, CStr, CString};
use std::mem::{size_of, ManuallyDrop};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;

use ext_php_rs::types::{ZendHashTable, Zval};

use super::class::ClassSlot;
use super::engine::{self as e, zend_class_entry, zend_execute_data, zend_object, zval, HashTable};
use super::objects::{native_slot, NativeClass};
use super::values::{type_name, zval_copy};
use crate::kafka::error::KafkaError;

pub use e::zend_parse_parameters;

/// What a method reports instead of returning normally.
#[derive(Debug)]
pub enum PhpError {
    /// An exception is already pending (argument parsing, a PHP callback).
    Thrown,
    /// An exception of a class this extension knows, with message and code.
    Throw { class: ExClass, message: String, code: i64 },
}

/// The exception classes methods throw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExClass {
    /// Base `\Exception` (php-rdkafka uses it for "not constructed" and a few usage errors).
    Base,
    /// `RdKafka\Exception`.
    Kafka,
    /// SPL `\InvalidArgumentException`.
    InvalidArgument,
    /// `\Error`.
    Error,
    /// `\TypeError`.
    TypeError,
}

pub type PhpResult<T = ()> = Result<T, PhpError>;

impl PhpError {
    pub fn new(class: ExClass, message: impl Into<String>, code: i64) -> Self {
        PhpError::Throw { class, message: message.into(), code }
    }
}

impl From<KafkaError> for PhpError {
    fn from(e: KafkaError) -> Self {
        PhpError::new(ExClass::Kafka, e.message, e.code)
    }
}

/// The class entry of `RdKafka\Exception`, registered by the exceptions module.
pub static KAFKA_EXCEPTION: ClassSlot = ClassSlot::new();

fn throw(class: ExClass, message: &str, code: i64) {
    // SAFETY: engine globals; messages with NUL bytes are cut there rather than rejected.
    unsafe {
        let ce = match class {
            ExClass::Base => e::zend_ce_exception,
            ExClass::Kafka => KAFKA_EXCEPTION.get(),
            ExClass::InvalidArgument => e::spl_ce_InvalidArgumentException,
            ExClass::Error => e::zend_ce_error,
            ExClass::TypeError => e::zend_ce_type_error,
        };
        let text = CString::new(message.split('\0').next().unwrap_or_default()).unwrap_or_default();
        e::zend_throw_exception(ce, text.as_ptr(), code);
    }
}

/// Throws an exception object that is ready to go.
pub fn throw_object(exception: Zval) {
    let mut exception = ManuallyDrop::new(exception);
    // SAFETY: an exception object; the engine takes over our reference.
    unsafe { e::zend_throw_exception_object(&mut *exception as *mut Zval as *mut zval) };
}

/// Emits an E_WARNING (or throws, under an error handler that does).
pub fn warning(message: &str) {
    let text = CString::new(message.replace('\0', "")).unwrap_or_default();
    // SAFETY: a "%s" format with one NUL-terminated argument.
    unsafe { e::php_error_docref(ptr::null(), e::E_WARNING as i32, c"%s".as_ptr(), text.as_ptr()) };
}

/// Whether an exception is pending on this thread.
pub fn exception_pending() -> bool {
    // SAFETY: the executor globals of the current thread (ext-php-rs's accessor resolves them
    // under ZTS too), read on the PHP thread.
    unsafe { !(*e::ext_php_rs_executor_globals()).exception.is_null() }
}

/// Writes a line to PHP's error log (`error_log` ini setting, or the SAPI's log: stderr for
/// the CLI, the pool's log for PHP-FPM), as `error_log()` does.
pub fn log_error(message: &str) {
    let line = CString::new(message.replace('\0', "\\0")).unwrap_or_default();
    // SAFETY: a NUL-terminated string, on the PHP thread.
    unsafe { e::php_log_err_with_severity(line.as_ptr(), e::LOG_NOTICE as i32) }
}

/// Whether the engine wants control back before a blocking wait ends: an exception is pending,
/// or an interrupt is (a pcntl signal under `pcntl_async_signals(true)`, `max_execution_time`),
/// whose handler the engine runs as soon as the current call returns.
pub fn engine_wants_control() -> bool {
    // SAFETY: the current thread's executor globals, read on the PHP thread; `vm_interrupt` is
    // the engine's atomic flag (set from signal handlers), read through an atomic of its size.
    unsafe {
        let globals = e::ext_php_rs_executor_globals();
        let interrupt =
            &*(ptr::addr_of!((*globals).vm_interrupt.value) as *const std::sync::atomic::AtomicBool);
        interrupt.load(std::sync::atomic::Ordering::Relaxed) || exception_pending()
    }
}

/// One call of a method or function: its frame and return slot.
pub struct Call {
    ex: *mut zend_execute_data,
    rv: *mut zval,
}

impl Call {
    pub fn num_args(&self) -> u32 {
        // SAFETY: ex is the live frame of this call.
        unsafe { (*self.ex).This.u2.num_args }
    }

    /// The return value slot.
    pub fn ret(&mut self) -> &mut Zval {
        // SAFETY: rv is the engine's return slot (Zval is a transparent zval).
        unsafe { &mut *(self.rv as *mut Zval) }
    }

    /// The `$this` object.
    pub fn this_object(&self) -> *mut zend_object {
        // SAFETY: only methods call this; their This holds an object.
        unsafe { (*self.ex).This.value.obj }
    }

    /// The class a static method was called on (`static::class`), which may be a subclass.
    pub fn called_class(&self) -> *mut zend_class_entry {
        // SAFETY: ex is the live frame of this call.
        unsafe { e::zend_get_called_scope(self.ex) }
    }

    /// The Rust state slot of `$this`, constructed or not.
    pub fn this_slot<T: NativeClass>(&mut self) -> PhpResult<&mut Option<T>> {
        // SAFETY: a method's This is its live object.
        unsafe { native_slot::<T>(self.this_object()) }
            .ok_or_else(|| PhpError::new(ExClass::Error, "Invalid object for this method", 0))
    }

    /// The constructed, usable Rust state of `$this`, or php-rdkafka's "not called" exception.
    pub fn this<T: NativeClass>(&mut self) -> PhpResult<&mut T> {
        let state = self
            .this_slot::<T>()?
            .as_mut()
            .ok_or_else(|| PhpError::new(ExClass::Base, T::UNCONSTRUCTED, 0))?;
        state.check_usable()?;
        Ok(state)
    }

    /// Parses a single `int` argument. The common case (exactly one int) is read straight from
    /// the frame, as the engine's fast ZPP does; anything else goes through
    /// `zend_parse_parameters` for PHP's coercions and errors.
    pub fn long_arg(&self) -> PhpResult<i64> {
        // ZEND_CALL_FRAME_SLOT: the arguments follow the frame header, in zval-sized slots.
        let frame_slot = size_of::<zend_execute_data>().div_ceil(size_of::<zval>());
        if self.num_args() == 1 {
            // SAFETY: with one argument passed, the frame's first argument slot is initialised
            // (ZEND_CALL_ARG(ex, 1)).
            let arg = unsafe { &*(self.ex as *const zval).add(frame_slot) };
            // SAFETY: reading the type byte and, for an int, the value.
            if u32::from(unsafe { arg.u1.v.type_ }) == e::IS_LONG {
                return Ok(unsafe { arg.value.lval });
            }
        }
        let mut value: i64 = 0;
        parse_args!(self, "l", &mut value);
        Ok(value)
    }

    /// Rejects any argument, for methods declared without parameters.
    pub fn no_args(&self) -> PhpResult {
        parse_args!(self, "");
        Ok(())
    }
}

/// Runs a method body: converts its error into a PHP exception and a Rust panic into a PHP
/// `Error` (a panic must never unwind into the engine).
pub fn invoke(ex: *mut zend_execute_data, rv: *mut zval, body: fn(&mut Call) -> PhpResult) {
    let mut call = Call { ex, rv };
    match catch_unwind(AssertUnwindSafe(|| body(&mut call))) {
        Ok(Ok(())) | Ok(Err(PhpError::Thrown)) => {}
        Ok(Err(PhpError::Throw { class, message, code })) => throw(class, &message, code),
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            throw(ExClass::Error, &format!("rdkafka internal error: {what}"), 0);
        }
    }
}

/// Parses the call's arguments with the engine's `zend_parse_parameters`, so coercion,
/// `strict_types`, deprecations and TypeError texts are exactly PHP's. Returns
/// `Err(PhpError::Thrown)` from the enclosing function when the engine rejected them.
macro_rules! parse_args {
    ($call:expr, $spec:literal $(, $out:expr)* $(,)?) => {{
        // SAFETY: each output matches its letter in the spec, as zend_parse_parameters requires.
        let rc = unsafe {
            $crate::php::zend::zend_parse_parameters(
                $call.num_args(),
                concat!($spec, "\0").as_ptr().cast()
                $(, $out)*
            )
        };
        if !$crate::php::zend::engine::succeeded(rc) {
            return Err($crate::php::zend::PhpError::Thrown);
        }
    }};
}
pub(crate) use parse_args;

/// Defines `extern "C"` method handlers whose bodies take a `&mut Call` and return `PhpResult`.
macro_rules! handlers {
    ($( $(#[$meta:meta])* fn $name:ident($call:ident) $body:block )*) => {$(
        $(#[$meta])*
        unsafe extern "C" fn $name(
            ex: *mut ext_php_rs::ffi::zend_execute_data,
            rv: *mut ext_php_rs::ffi::zval,
        ) {
            fn body($call: &mut $crate::php::zend::Call) -> $crate::php::zend::PhpResult $body
            $crate::php::zend::invoke(ex, rv, body)
        }
    )*};
}
pub(crate) use handlers;

/// The ints of zpp's "*" (a variadic `int ...$name`), which the engine leaves unchecked for
/// internal functions: anything but an int is a TypeError naming the parameter and the argument
/// number, counted from `first_arg_num`.
pub fn variadic_longs(
    args: *mut zval,
    count: u32,
    first_arg_num: u32,
    method: &str,
    name: &str,
) -> PhpResult<Vec<i64>> {
    if count == 0 {
        return Ok(Vec::new());
    }
    // SAFETY: zpp's "*" hands out `count` consecutive live zvals (Zval is a transparent zval).
    let values = unsafe { std::slice::from_raw_parts(args as *const Zval, count as usize) };
    let argument = |arg_num| format!("{method}(): Argument #{arg_num} (${name}) must be of type int");
    values
        .iter()
        .zip(first_arg_num..)
        .map(|(value, arg_num)| long_value(value, || argument(arg_num)))
        .collect()
}

/// The ints of an `array` argument (number `arg_num`, named `name`), in order; anything else is
/// a TypeError.
pub fn array_longs(table: *mut HashTable, arg_num: u32, method: &str, name: &str) -> PhpResult<Vec<i64>> {
    let argument = || format!("{method}(): Argument #{arg_num} (${name}) must contain only int");
    array_arg(table).map_or(Ok(Vec::new()), |table| {
        table.values().map(|value| long_value(value.dereference(), argument)).collect()
    })
}

/// An int, or a TypeError: `argument` describes the requirement, and the value's type follows.
fn long_value(value: &Zval, argument: impl Fn() -> String) -> PhpResult<i64> {
    value.long().ok_or_else(|| {
        PhpError::new(ExClass::TypeError, format!("{}, {} given", argument(), type_name(value)), 0)
    })
}

/// The array behind zpp's "h" (or "h!": `None` for null).
pub fn array_arg<'a>(table: *mut HashTable) -> Option<&'a ZendHashTable> {
    // SAFETY: zpp hands out arrays that live for the whole call.
    (!table.is_null()).then(|| unsafe { &*(table as *const ZendHashTable) })
}

/// The value behind zpp's "z" (or "z!": `None` for null).
pub fn value_arg<'a>(value: *mut zval) -> Option<&'a Zval> {
    // SAFETY: zpp hands out values that live for the whole call.
    (!value.is_null()).then(|| unsafe { &*(value as *const Zval) })
}

/// An int argument narrowed to the C type librdkafka takes; out of range is librdkafka's
/// "invalid argument" (-186) rather than a silently truncated value.
pub fn narrow<T: Bounded>(value: i64, name: &str) -> PhpResult<T> {
    T::try_from(value).or_else(|_| {
        KafkaError::check_range(value, T::MIN.into()..=T::MAX.into(), name)?;
        unreachable!("{value} fits the type of {name}")
    })
}

/// The C int types librdkafka takes.
pub trait Bounded: Sized + TryFrom<i64> + Into<i64> {
    const MIN: Self;
    const MAX: Self;
}

impl Bounded for i16 {
    const MIN: i16 = i16::MIN;
    const MAX: i16 = i16::MAX;
}

impl Bounded for i32 {
    const MIN: i32 = i32::MIN;
    const MAX: i32 = i32::MAX;
}

/// The bytes behind zpp's "s" (never null).
pub fn str_arg<'a>(ptr: *const c_char, len: usize) -> &'a [u8] {
    bytes_arg(ptr, len).unwrap_or_default()
}

/// The bytes behind zpp's "s!" (`None` for null).
pub fn bytes_arg<'a>(ptr: *const c_char, len: usize) -> Option<&'a [u8]> {
    // SAFETY: zpp's "s" yields a pointer into a string that lives for the call.
    (!ptr.is_null()).then(|| unsafe { std::slice::from_raw_parts(ptr as *const u8, len) })
}

/// Parses a NUL-free string argument: zpp's "p" (php-rdkafka silently cut names at NUL bytes).
pub fn c_str_arg(ptr: *mut c_char) -> &'static CStr {
    // SAFETY: zpp's "p" yields a NUL-terminated string without inner NUL, alive for the call.
    unsafe { CStr::from_ptr(ptr) }
}

/// Where `zend_parse_parameters`'s "f" writes a callable, and the value to keep afterwards.
pub struct CallableArg {
    /// The engine's zval type has ext-php-rs's Drop: fci borrows the argument's value, so it
    /// must not be dropped.
    fci: ManuallyDrop<e::zend_fcall_info>,
    fcc: e::zend_fcall_info_cache,
}

impl Default for CallableArg {
    fn default() -> Self {
        Self::new()
    }
}

impl CallableArg {
    pub fn new() -> Self {
        // SAFETY: zeroed fcall structures are what zpp's "f" fills in.
        unsafe { CallableArg { fci: ManuallyDrop::new(std::mem::zeroed()), fcc: std::mem::zeroed() } }
    }

    /// The two output pointers to pass for "f".
    pub fn outputs(&mut self) -> (*mut e::zend_fcall_info, *mut e::zend_fcall_info_cache) {
        (&mut *self.fci, &mut self.fcc)
    }

    /// The parsed callable, with its own reference.
    pub fn value(&self) -> Zval {
        zval_copy(&self.fci.function_name)
    }
}

/// Parses one `callable` argument and returns it as a value to keep.
pub fn callable_arg(call: &Call) -> PhpResult<Zval> {
    let mut callable = CallableArg::new();
    let (fci, fcc) = callable.outputs();
    parse_args!(call, "f", fci, fcc);
    Ok(callable.value())
}

/// Calls a PHP callable with `args`, discarding its result. An exception it throws stays
/// pending for the caller to notice.
pub fn call_callable(callable: &Zval, args: &mut [Zval]) {
    let mut retval = Zval::new();
    // SAFETY: a callable zval and a contiguous argument array (Zval is a transparent zval).
    unsafe {
        e::_call_user_function_impl(
            ptr::null_mut(),
            callable as *const Zval as *mut zval,
            &mut retval as *mut Zval as *mut zval,
            args.len() as u32,
            args.as_mut_ptr() as *mut zval,
            ptr::null_mut(),
        );
    }
}

/// Assigns an int through a by-reference argument (honouring typed references).
pub fn assign_ref_long(reference: *mut zval, value: i64) -> PhpResult {
    // SAFETY: zpp's "z" for a by-reference parameter yields a zval holding a reference.
    let rc = unsafe {
        if u32::from((*reference).u1.v.type_) != e::IS_REFERENCE {
            return Err(PhpError::new(ExClass::Error, "Expected a reference argument", 0));
        }
        e::zend_try_assign_typed_ref_long((*reference).value.ref_, value)
    };
    if !e::succeeded(rc) {
        return Err(PhpError::Thrown);
    }
    Ok(())
}
