//! Our class-registration layer over the Zend API.
//!
//! ext-php-rs's macros cannot express php-rdkafka's class model (tentative return types, methods
//! declared on an abstract base and inherited, user subclasses with their own properties and
//! constructors, private constructors, typed plain properties). This module builds the engine's
//! own structures instead: hand-made arginfo tables, `zend_register_internal_class_ex`, a
//! `create_object` handler that honours the class entry it is given, and argument parsing through
//! the engine's `zend_parse_parameters`, so coercion, strict types and error texts are PHP's own.
//! All `unsafe` of the binding layer lives here.
//!
//! Raw pointers these helpers take are engine handles: class entries registered at startup, and
//! objects, zvals and strings that `zend_parse_parameters` handed out for the current call. The
//! binding layer gets them from nowhere else, which is why the helpers are safe functions.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use ext_php_rs::boxed::ZBox;
use ext_php_rs::ffi::{
    self, zend_class_entry, zend_execute_data, zend_function_entry, zend_internal_arg_info, zend_object,
    zend_object_handlers, zend_string, zend_type, zval, HashTable,
};
use ext_php_rs::types::{ZendHashTable, ZendStr, Zval};
use std::borrow::Cow;
use std::ffi::{c_char, c_int, c_void, CStr, CString};
use std::mem::{offset_of, size_of, ManuallyDrop};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr::{self, NonNull};
use std::sync::atomic::{AtomicPtr, Ordering};

use crate::kafka::error::KafkaError;

/// Engine functions and globals that ext-php-rs does not bind.
#[allow(non_upper_case_globals)]
mod engine {
    use super::*;
    extern "C" {
        pub fn zend_parse_parameters(num_args: u32, type_spec: *const c_char, ...) -> c_int;
        pub fn zend_declare_typed_property(
            ce: *mut zend_class_entry,
            name: *mut zend_string,
            default: *mut zval,
            access_type: c_int,
            doc_comment: *mut zend_string,
            ty: zend_type,
        ) -> *mut c_void;
        pub fn zend_register_functions(
            scope: *mut zend_class_entry,
            functions: *const zend_function_entry,
            function_table: *mut HashTable,
            ty: c_int,
        ) -> c_int;
        pub fn zend_update_property(
            scope: *mut zend_class_entry,
            object: *mut zend_object,
            name: *const c_char,
            name_length: usize,
            value: *mut zval,
        );
        pub fn object_init_ex(arg: *mut zval, ce: *mut zend_class_entry) -> c_int;
        pub fn zend_get_gc_buffer_create() -> *mut GcBuffer;
        pub fn zend_get_gc_buffer_grow(buffer: *mut GcBuffer);
        pub fn zend_try_assign_typed_ref_long(reference: *mut ffi::zend_reference, value: i64) -> c_int;
        pub fn zval_try_get_string_func(op: *mut zval) -> *mut zend_string;
        pub fn zend_hash_real_init_packed(ht: *mut HashTable);
        pub static mut spl_ce_InvalidArgumentException: *mut zend_class_entry;
    }

    #[repr(C)]
    pub struct GcBuffer {
        pub cur: *mut zval,
        pub end: *mut zval,
        pub start: *mut zval,
    }
}

pub use engine::zend_parse_parameters;

// ---------------------------------------------------------------------------------------------
// Types and signatures

const IS_NULL: u32 = 1;
const MAY_BE_NULL: u32 = 1 << IS_NULL;
const TYPE_NAME_BIT: u32 = 1 << 24;
const SEND_MODE_SHIFT: u32 = 25;
const IS_TENTATIVE_BIT: u32 = 1 << (25 + 4);

pub const ACC_PUBLIC: u32 = 1 << 0;
pub const ACC_PRIVATE: u32 = 1 << 2;
pub const ACC_EXPLICIT_ABSTRACT_CLASS: u32 = 1 << 6;
pub const ACC_DEPRECATED: u32 = 1 << 11;

/// A declared PHP type: a mask of scalar kinds (`MAY_BE_*`) and optionally one class name.
#[derive(Clone, Copy, Debug)]
pub struct Ty {
    mask: u32,
    class: Option<&'static str>,
}

impl Ty {
    pub const BOOL: Ty = Ty::mask(1 << 2 | 1 << 3);
    pub const INT: Ty = Ty::mask(1 << 4);
    pub const STRING: Ty = Ty::mask(1 << 6);
    pub const ARRAY: Ty = Ty::mask(1 << 7);
    pub const CALLABLE: Ty = Ty::mask(1 << 12);
    pub const VOID: Ty = Ty::mask(1 << 14);
    pub const MIXED: Ty = Ty::mask(0x3fe);

    const fn mask(mask: u32) -> Ty {
        Ty { mask, class: None }
    }

    pub const fn class(name: &'static str) -> Ty {
        Ty { mask: 0, class: Some(name) }
    }

    pub const fn nullable(self) -> Ty {
        Ty { mask: self.mask | MAY_BE_NULL, class: self.class }
    }

    /// A union of this type's class with scalar kinds, e.g. `RdKafka\Message|array|null`.
    pub const fn or(self, other: Ty) -> Ty {
        Ty { mask: self.mask | other.mask, class: self.class }
    }

    fn zend_type(self, extra_flags: u32) -> zend_type {
        match self.class {
            // The engine interns literal class names of internal arginfo at registration.
            Some(name) => zend_type {
                ptr: leak_cstr(name) as *mut c_void,
                type_mask: TYPE_NAME_BIT | self.mask | extra_flags,
            },
            None => zend_type { ptr: ptr::null_mut(), type_mask: self.mask | extra_flags },
        }
    }
}

/// One parameter of a method or function.
#[derive(Clone, Copy, Debug)]
pub struct Param {
    pub name: &'static str,
    pub ty: Ty,
    /// PHP source of the default value; `None` makes the parameter required.
    pub default: Option<&'static str>,
    pub by_ref: bool,
}

pub const fn param(name: &'static str, ty: Ty) -> Param {
    Param { name, ty, default: None, by_ref: false }
}

pub const fn optional(name: &'static str, ty: Ty, default: &'static str) -> Param {
    Param { name, ty, default: Some(default), by_ref: false }
}

pub const fn by_ref(name: &'static str, ty: Ty) -> Param {
    Param { name, ty, default: None, by_ref: true }
}

/// How a method declares its return type.
#[derive(Clone, Copy, Debug)]
pub enum Ret {
    /// Constructors declare none.
    None,
    /// A tentative type, as every php-rdkafka method has.
    Tentative(Ty),
    /// A real type, as the global functions have.
    Real(Ty),
}

pub type Handler = unsafe extern "C" fn(*mut zend_execute_data, *mut zval);

/// A method (or function) as PHP reflection sees it.
#[derive(Clone, Copy)]
pub struct Method {
    pub name: &'static str,
    pub handler: Handler,
    pub params: &'static [Param],
    /// Number of required parameters as reflection reports it.
    pub required: usize,
    pub ret: Ret,
    pub flags: u32,
}

impl Method {
    /// A public method whose required parameters are those without a default.
    pub const fn new(name: &'static str, handler: Handler, params: &'static [Param], ret: Ret) -> Self {
        let mut required = 0;
        while required < params.len() && params[required].default.is_none() {
            required += 1;
        }
        Method { name, handler, params, required, ret, flags: ACC_PUBLIC }
    }

    pub const fn deprecated(mut self) -> Self {
        self.flags |= ACC_DEPRECATED;
        self
    }

    pub const fn private(mut self) -> Self {
        self.flags = (self.flags & !ACC_PUBLIC) | ACC_PRIVATE;
        self
    }

    /// Overrides the required-parameter count reflection reports.
    pub const fn required(mut self, required: usize) -> Self {
        self.required = required;
        self
    }
}

/// A declared (typed) property; `default: None` leaves a typed property uninitialized.
#[derive(Clone, Copy, Debug)]
pub struct Prop {
    pub name: &'static str,
    pub ty: Ty,
    pub default_null: bool,
    pub flags: u32,
}

pub const fn public_prop(name: &'static str, ty: Ty, default_null: bool) -> Prop {
    Prop { name, ty, default_null, flags: ACC_PUBLIC }
}

pub const fn private_prop(name: &'static str, ty: Ty) -> Prop {
    Prop { name, ty, default_null: false, flags: ACC_PRIVATE }
}

/// Everything needed to register one class.
pub struct ClassDef {
    pub name: &'static str,
    pub parent: Option<*mut zend_class_entry>,
    pub abstract_: bool,
    pub interfaces: Vec<*mut zend_class_entry>,
    pub methods: &'static [Method],
    pub props: &'static [Prop],
    /// Object layout for classes backed by Rust state; `None` keeps the inherited one.
    pub native: Option<NativeHooks>,
}

impl ClassDef {
    pub fn new(name: &'static str, methods: &'static [Method]) -> Self {
        ClassDef {
            name,
            parent: None,
            abstract_: false,
            interfaces: Vec::new(),
            methods,
            props: &[],
            native: None,
        }
    }

    /// A class whose objects carry Rust state `T` (see [`NativeClass`]).
    pub fn native<T: NativeClass>(name: &'static str, methods: &'static [Method]) -> Self {
        ClassDef { native: Some(native_hooks::<T>()), ..ClassDef::new(name, methods) }
    }
}

fn leak_cstr(s: &str) -> *const c_char {
    CString::new(s).expect("no NUL in names").into_raw()
}

/// Builds the engine's arginfo table: a header element (required count, return type) followed by
/// one element per parameter.
fn arg_info(method: &Method) -> *const zend_internal_arg_info {
    let ret_ty = match method.ret {
        Ret::None => zend_type { ptr: ptr::null_mut(), type_mask: 0 },
        Ret::Tentative(ty) => ty.zend_type(IS_TENTATIVE_BIT),
        Ret::Real(ty) => ty.zend_type(0),
    };
    let mut table = vec![zend_internal_arg_info {
        name: method.required as *const c_char,
        type_: ret_ty,
        default_value: ptr::null(),
    }];
    for p in method.params {
        table.push(zend_internal_arg_info {
            name: leak_cstr(p.name),
            type_: p.ty.zend_type(u32::from(p.by_ref) << SEND_MODE_SHIFT),
            default_value: p.default.map_or(ptr::null(), leak_cstr),
        });
    }
    Box::leak(table.into_boxed_slice()).as_ptr()
}

fn function_entries(methods: &[Method]) -> *const zend_function_entry {
    let mut entries: Vec<zend_function_entry> = methods
        .iter()
        .map(|m| zend_function_entry {
            fname: leak_cstr(m.name),
            handler: Some(m.handler),
            arg_info: arg_info(m),
            num_args: m.params.len() as u32,
            flags: m.flags,
        })
        .collect();
    // SAFETY: an all-zero entry terminates the table.
    entries.push(unsafe { std::mem::zeroed() });
    Box::leak(entries.into_boxed_slice()).as_ptr()
}

fn interned(name: &str) -> *mut zend_string {
    // SAFETY: the engine's interning function is set before MINIT runs.
    unsafe {
        let init = ffi::zend_string_init_interned.expect("interning available");
        init(name.as_ptr().cast(), name.len(), true)
    }
}

/// Registers a class; must run during module startup.
pub fn register_class(def: ClassDef) -> *mut zend_class_entry {
    // SAFETY: a zeroed class entry with a name and builtin functions is what INIT_CLASS_ENTRY
    // produces; the engine copies it into its own persistent entry.
    unsafe {
        let mut template: zend_class_entry = std::mem::zeroed();
        template.name = interned(def.name);
        template.info.internal.builtin_functions = function_entries(def.methods);
        let parent = def.parent.unwrap_or(ptr::null_mut());
        let ce = ffi::zend_register_internal_class_ex(&mut template, parent);
        assert!(!ce.is_null(), "registering {}", def.name);
        if def.abstract_ {
            (*ce).ce_flags |= ACC_EXPLICIT_ABSTRACT_CLASS;
        }
        for iface in def.interfaces {
            ffi::zend_do_implement_interface(ce, iface);
        }
        for prop in def.props {
            let mut default: zval = std::mem::zeroed(); // IS_UNDEF: uninitialized typed property
            if prop.default_null {
                default.u1.type_info = IS_NULL;
            }
            engine::zend_declare_typed_property(
                ce,
                interned(prop.name),
                &mut default,
                prop.flags as c_int,
                ptr::null_mut(),
                prop.ty.zend_type(0),
            );
        }
        if let Some(hooks) = def.native {
            (*ce).__bindgen_anon_2.create_object = Some(hooks.create_object);
        }
        ce
    }
}

/// Registers global functions; they belong to the module whose startup is running.
pub fn register_functions(functions: &[Method]) {
    // SAFETY: called during MINIT with a terminated entry table; 1 = MODULE_PERSISTENT.
    let rc = unsafe {
        engine::zend_register_functions(ptr::null_mut(), function_entries(functions), ptr::null_mut(), 1)
    };
    assert_eq!(rc, 0, "registering functions");
}

/// Registers a persistent, case-sensitive global int constant.
pub fn register_long_constant(name: &str, value: i64, module_number: i32) {
    let c_name = CString::new(name).expect("no NUL in constant names");
    // SAFETY: called during MINIT; flags CONST_PERSISTENT (case-sensitive is the default).
    unsafe { ffi::zend_register_long_constant(c_name.as_ptr(), name.len(), value, 1, module_number) };
}

/// A registered class entry, filled in at startup and read by methods.
pub struct ClassSlot(AtomicPtr<zend_class_entry>);

impl ClassSlot {
    pub const fn new() -> Self {
        ClassSlot(AtomicPtr::new(ptr::null_mut()))
    }

    pub fn set(&self, ce: *mut zend_class_entry) -> *mut zend_class_entry {
        self.0.store(ce, Ordering::Relaxed);
        ce
    }

    pub fn get(&self) -> *mut zend_class_entry {
        let ce = self.0.load(Ordering::Relaxed);
        debug_assert!(!ce.is_null(), "class used before registration");
        ce
    }
}

impl Default for ClassSlot {
    fn default() -> Self {
        Self::new()
    }
}

pub fn zend_ce_exception() -> *mut zend_class_entry {
    // SAFETY: engine global, set before extensions start.
    unsafe { ffi::zend_ce_exception }
}

pub fn zend_ce_countable() -> *mut zend_class_entry {
    // SAFETY: engine global.
    unsafe { ffi::zend_ce_countable }
}

pub fn zend_ce_iterator() -> *mut zend_class_entry {
    // SAFETY: engine global.
    unsafe { ffi::zend_ce_iterator }
}

// ---------------------------------------------------------------------------------------------
// Objects backed by Rust state

/// The memory layout of an object of a Rust-backed class: our state, then the engine's object
/// (whose trailing property slots are sized by the actual class, subclasses included).
#[repr(C)]
pub struct Native<T> {
    /// `None` until `__construct` ran (also for `newInstanceWithoutConstructor` and unserialize).
    pub state: Option<T>,
    std: zend_object,
}

/// A Rust type that backs a PHP class.
pub trait NativeClass: Sized + 'static {
    /// Message of the exception thrown by methods of an unconstructed object.
    const UNCONSTRUCTED: &'static str;

    /// The handlers shared by every object of the class and its subclasses.
    fn handlers() -> &'static HandlerSlot;

    /// Entries for `var_dump`; `None` keeps the engine's view of the declared properties.
    fn debug_info(_state: Option<&Self>) -> Option<Vec<(Cow<'static, str>, Zval)>> {
        None
    }

    /// PHP values this state holds, so the cycle collector sees them.
    fn gc_values(&self) -> Vec<&Zval> {
        Vec::new()
    }
}

/// Holds one class's `zend_object_handlers`, created at startup.
pub struct HandlerSlot(AtomicPtr<zend_object_handlers>);

impl HandlerSlot {
    pub const fn new() -> Self {
        HandlerSlot(AtomicPtr::new(ptr::null_mut()))
    }

    fn get(&self) -> *const zend_object_handlers {
        self.0.load(Ordering::Relaxed)
    }
}

impl Default for HandlerSlot {
    fn default() -> Self {
        Self::new()
    }
}

/// What `register_class` installs for a Rust-backed class.
#[derive(Clone, Copy)]
pub struct NativeHooks {
    create_object: unsafe extern "C" fn(*mut zend_class_entry) -> *mut zend_object,
}

/// Prepares the handlers of `T` and returns the hooks to register its class with.
fn native_hooks<T: NativeClass>() -> NativeHooks {
    // SAFETY: std_object_handlers is an engine global, copied once at startup.
    let mut handlers: zend_object_handlers = unsafe { ffi::std_object_handlers };
    handlers.offset = offset_of!(Native<T>, std) as c_int;
    handlers.free_obj = Some(free_object::<T>);
    // The stock clone allocates with the base layout: php-rdkafka's classes are uncloneable.
    handlers.clone_obj = None;
    handlers.get_debug_info = Some(debug_info::<T>);
    handlers.get_gc = Some(get_gc::<T>);
    T::handlers().0.store(Box::into_raw(Box::new(handlers)), Ordering::Relaxed);
    NativeHooks { create_object: create_object::<T> }
}

fn properties_size(ce: *mut zend_class_entry) -> usize {
    // SAFETY: ce is a registered class entry. Mirrors zend_object_properties_size().
    let (count, flags) = unsafe { ((*ce).default_properties_count as isize, (*ce).ce_flags) };
    const USE_GUARDS: u32 = 1 << 11;
    let slots = count - if flags & USE_GUARDS != 0 { 0 } else { 1 };
    (size_of::<zval>() as isize * slots).max(0) as usize
}

unsafe extern "C" fn create_object<T: NativeClass>(ce: *mut zend_class_entry) -> *mut zend_object {
    // SAFETY: allocates our header plus the property slots of the *actual* class `ce` (which may
    // be a user subclass with more properties), as zend_object_alloc does.
    let size = size_of::<Native<T>>() + properties_size(ce);
    let mem = ffi::_emalloc(size) as *mut Native<T>;
    ptr::write_bytes(mem as *mut u8, 0, size);
    ptr::write(ptr::addr_of_mut!((*mem).state), None);
    let obj = ptr::addr_of_mut!((*mem).std);
    ffi::zend_object_std_init(obj, ce);
    ffi::object_properties_init(obj, ce);
    (*obj).handlers = T::handlers().get();
    obj
}

unsafe fn native_of<T: NativeClass>(obj: *mut zend_object) -> *mut Native<T> {
    (obj as *mut u8).sub(offset_of!(Native<T>, std)) as *mut Native<T>
}

/// The Rust state slot of `obj` when `create_object::<T>` made it (its handlers are T's, as for
/// every subclass), constructed or not; `None` for null or any other object.
///
/// # Safety
/// `obj` is null or a live object, and the slot is not borrowed elsewhere meanwhile.
unsafe fn native_slot<'a, T: NativeClass>(obj: *mut zend_object) -> Option<&'a mut Option<T>> {
    (!obj.is_null() && (*obj).handlers == T::handlers().get()).then(|| &mut (*native_of::<T>(obj)).state)
}

unsafe extern "C" fn free_object<T: NativeClass>(obj: *mut zend_object) {
    // SAFETY: the engine calls this once, for an object create_object::<T> made.
    let native = native_of::<T>(obj);
    ptr::drop_in_place(ptr::addr_of_mut!((*native).state));
    ffi::zend_object_std_dtor(obj);
}

unsafe extern "C" fn debug_info<T: NativeClass>(
    obj: *mut zend_object,
    is_temp: *mut c_int,
) -> *mut HashTable {
    // SAFETY: obj was made by create_object::<T>.
    let native = native_of::<T>(obj);
    match T::debug_info((*native).state.as_ref()) {
        Some(entries) => {
            let mut table = ZendHashTable::new();
            for (key, value) in entries {
                array_set_bytes_key(&mut table, key.as_bytes(), value);
            }
            *is_temp = 1;
            table.into_raw()
        }
        None => {
            *is_temp = 0;
            ffi::zend_std_get_properties(obj)
        }
    }
}

unsafe extern "C" fn get_gc<T: NativeClass>(
    obj: *mut zend_object,
    table: *mut *mut zval,
    n: *mut c_int,
) -> *mut HashTable {
    // SAFETY: obj was made by create_object::<T>; the buffer API is the engine's own.
    let native = native_of::<T>(obj);
    let buffer = engine::zend_get_gc_buffer_create();
    let push = |zv: *mut zval| {
        if (*buffer).cur == (*buffer).end {
            engine::zend_get_gc_buffer_grow(buffer);
        }
        ptr::copy_nonoverlapping(zv, (*buffer).cur, 1);
        (*buffer).cur = (*buffer).cur.add(1);
    };
    if let Some(state) = (*native).state.as_ref() {
        for value in state.gc_values() {
            push(value as *const Zval as *mut zval);
        }
    }
    // Declared property slots, as zend_std_get_gc reports them when no property table exists.
    if (*obj).properties.is_null() {
        let slots = (*(*obj).ce).default_properties_count as usize;
        let first = (*obj).properties_table.as_mut_ptr();
        for i in 0..slots {
            push(first.add(i));
        }
    }
    *table = (*buffer).start;
    *n = (*buffer).cur.offset_from((*buffer).start) as c_int;
    (*obj).properties
}

// ---------------------------------------------------------------------------------------------
// Calls

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
            ExClass::Base => ffi::zend_ce_exception,
            ExClass::Kafka => KAFKA_EXCEPTION.get(),
            ExClass::InvalidArgument => engine::spl_ce_InvalidArgumentException,
            ExClass::Error => ffi::zend_ce_error,
            ExClass::TypeError => ffi::zend_ce_type_error,
        };
        let text = CString::new(message.split('\0').next().unwrap_or_default()).unwrap_or_default();
        ffi::zend_throw_exception(ce, text.as_ptr(), code);
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

    /// The Rust state slot of `$this`, constructed or not.
    pub fn this_slot<T: NativeClass>(&mut self) -> PhpResult<&mut Option<T>> {
        // SAFETY: a method's This is its live object.
        unsafe { native_slot::<T>(self.this_object()) }
            .ok_or_else(|| PhpError::new(ExClass::Error, "Invalid object for this method", 0))
    }

    /// The constructed Rust state of `$this`, or php-rdkafka's "not called" exception.
    pub fn this<T: NativeClass>(&mut self) -> PhpResult<&mut T> {
        self.this_slot::<T>()?.as_mut().ok_or_else(|| PhpError::new(ExClass::Base, T::UNCONSTRUCTED, 0))
    }

    /// Parses a single `int` argument. The common case (exactly one int) is read straight from
    /// the frame, as the engine's fast ZPP does; anything else goes through
    /// `zend_parse_parameters` for PHP's coercions and errors.
    pub fn long_arg(&self) -> PhpResult<i64> {
        const IS_LONG: u8 = 4;
        let frame_slot = size_of::<zend_execute_data>().div_ceil(size_of::<zval>());
        if self.num_args() == 1 {
            // SAFETY: with one argument passed, the frame's first argument slot is initialised
            // (ZEND_CALL_ARG(ex, 1)).
            let arg = unsafe { &*(self.ex as *const zval).add(frame_slot) };
            // SAFETY: reading the type byte and, for an int, the value.
            if unsafe { arg.u1.v.type_ } == IS_LONG {
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
        if rc != 0 {
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

// ---------------------------------------------------------------------------------------------
// Values

/// The bytes of an engine string (binary safe, no copy).
pub fn zstr_bytes<'a>(s: *mut zend_string) -> Option<&'a [u8]> {
    // SAFETY: zpp hands out strings that live for the whole call.
    NonNull::new(s).map(|s| unsafe { (*(s.as_ptr() as *const ZendStr)).as_bytes() })
}

/// A PHP string value from bytes (binary safe).
pub fn bytes_zval(bytes: &[u8]) -> Zval {
    const IS_STRING: u32 = 6;
    const IS_STRING_EX: u32 = IS_STRING | (1 << 8);
    const GC_IMMUTABLE: u32 = 1 << 6;
    let string = ZendStr::new(bytes, false);
    // Strings of 0 or 1 byte come back interned (shared, never counted): ZVAL_STR.
    // SAFETY: every engine string starts with its initialised GC header.
    let interned = unsafe { string.gc.u.type_info } & GC_IMMUTABLE != 0;
    let string = string.into_raw();
    let mut zv = Zval::new();
    zv.value.str_ = string;
    zv.u1.type_info = if interned { IS_STRING } else { IS_STRING_EX };
    zv
}

pub fn long_zval(value: i64) -> Zval {
    const IS_LONG: u32 = 4;
    let mut zv = Zval::new();
    zv.value.lval = value;
    zv.u1.type_info = IS_LONG;
    zv
}

/// Copies a zval, adding a reference to what it holds.
pub fn zval_copy(src: *const zval) -> Zval {
    // SAFETY: src is a live zval from the engine.
    unsafe { (*(src as *const Zval)).shallow_clone() }
}

/// A new object of `ce` (a plain class: properties only).
pub fn new_object(ce: *mut zend_class_entry) -> Zval {
    let mut zv = Zval::new();
    // SAFETY: zv is a fresh zval; the class is registered.
    unsafe { engine::object_init_ex(&mut zv as *mut Zval as *mut zval, ce) };
    zv
}

/// Writes a property of `obj` as seen from `scope` (so private properties of `scope` work).
pub fn update_property(scope: *mut zend_class_entry, obj: *mut zend_object, name: &str, value: Zval) {
    let mut value = value;
    // SAFETY: live object; the engine copies the value (we drop our reference after).
    unsafe {
        engine::zend_update_property(
            scope,
            obj,
            name.as_ptr().cast(),
            name.len(),
            &mut value as *mut Zval as *mut zval,
        )
    };
}

/// Reads a property of `obj` from `scope`. An uninitialized typed property throws the engine's
/// own Error, reported as `Err(Thrown)`.
pub fn read_property(scope: *mut zend_class_entry, obj: *mut zend_object, name: &str) -> PhpResult<Zval> {
    let mut rv = Zval::new();
    // SAFETY: live object; the name is passed with its length (no NUL needed); rv receives a
    // value only for magic reads.
    let found = unsafe {
        ffi::zend_read_property(
            scope,
            obj,
            name.as_ptr().cast(),
            name.len(),
            false,
            &mut rv as *mut Zval as *mut zval,
        )
    };
    if exception_pending() {
        return Err(PhpError::Thrown);
    }
    Ok(zval_copy(found))
}

/// The constructed Rust state behind an object argument (already class-checked by zpp).
pub fn object_state<'a, T: NativeClass>(zv: *mut zval) -> PhpResult<&'a mut T> {
    // SAFETY: zpp's "O" hands out a live object of T's class or a subclass.
    unsafe { native_slot::<T>((*zv).value.obj) }
        .ok_or_else(|| PhpError::new(ExClass::Error, "Invalid object argument", 0))?
        .as_mut()
        .ok_or_else(|| PhpError::new(ExClass::Base, T::UNCONSTRUCTED, 0))
}

/// PHP's integer form of an array key given as a string ("12" and "-3", not "012", "-0" or
/// out-of-range numbers), as `zend_symtable_update` applies it.
fn numeric_key(key: &[u8]) -> Option<i64> {
    let digits = key.strip_prefix(b"-").unwrap_or(key);
    let canonical = match digits {
        [b'0'] => key.len() == 1,
        [b'1'..=b'9', rest @ ..] => rest.iter().all(u8::is_ascii_digit),
        _ => false,
    };
    if !canonical {
        return None;
    }
    std::str::from_utf8(key).ok()?.parse().ok()
}

/// Sets `table[key] = value` with a binary-safe string key, numeric strings becoming integer
/// keys as in PHP arrays.
pub fn array_set_bytes_key(table: &mut ZendHashTable, key: &[u8], value: Zval) {
    let mut value = ManuallyDrop::new(value);
    let table = table as *mut ZendHashTable as *mut HashTable;
    let value = &mut *value as *mut Zval as *mut zval;
    // SAFETY: live table; the table takes over the value's reference.
    unsafe {
        match numeric_key(key) {
            Some(index) => ffi::zend_hash_index_update(table, index as u64, value),
            None => ffi::zend_hash_str_update(table, key.as_ptr().cast(), key.len(), value),
        };
    }
}

/// A value converted as `(string)` converts it (warnings and errors included), without
/// touching the value itself. `Err(Thrown)` when the conversion threw.
pub fn string_of(value: &Zval) -> PhpResult<ZBox<ZendStr>> {
    // SAFETY: any live zval; the result is a counted string we own, or NULL after a throw.
    let converted = unsafe { engine::zval_try_get_string_func(value as *const Zval as *mut zval) };
    match NonNull::new(converted) {
        // SAFETY: an owned reference, released by the box.
        Some(s) => Ok(unsafe { ZBox::from_raw(s.as_ptr() as *mut ZendStr) }),
        None => Err(PhpError::Thrown),
    }
}

/// A new counted reference to an engine string, as a raw pointer to keep across FFI.
pub fn string_ref(s: NonNull<zend_string>) -> *mut c_void {
    const GC_IMMUTABLE: u32 = 1 << 6;
    // SAFETY: a live string; interned (immutable) strings are not reference counted.
    unsafe {
        let gc = &mut (*s.as_ptr()).gc;
        if gc.u.type_info & GC_IMMUTABLE == 0 {
            gc.refcount += 1;
        }
    }
    s.as_ptr().cast()
}

/// Takes back a reference made by [`string_ref`] as a string value.
pub fn string_from_ref(s: *mut c_void) -> Option<Zval> {
    let s = NonNull::new(s as *mut ZendStr)?;
    let mut zv = Zval::new();
    // SAFETY: a reference string_ref made; the value adopts it.
    zv.set_zend_string(unsafe { ZBox::from_raw(s.as_ptr()) });
    Some(zv)
}

/// A new object of a plain class (no `create_object`) with `N` declared properties, filled in
/// place: every slot starts as null (not as a copy of the class defaults) and is written once.
pub struct FreshObject<const N: usize> {
    object: Zval,
    slots: *mut Zval,
}

impl<const N: usize> FreshObject<N> {
    pub fn new(ce: *mut zend_class_entry) -> Self {
        const IS_OBJECT_EX: u32 = 8 | (1 << 8) | (1 << 9);
        // SAFETY: the class is registered with N declared properties (checked) and no
        // create_object, so zend_objects_new allocates exactly N slots; all are set to null
        // before anything can read them.
        unsafe {
            assert!(
                (*ce).default_properties_count as usize == N
                    && (*ce).__bindgen_anon_2.create_object.is_none(),
                "plain class of N properties"
            );
            let obj = ffi::zend_objects_new(ce);
            let slots = (*obj).properties_table.as_mut_ptr() as *mut Zval;
            for i in 0..N {
                ptr::write(slots.add(i), Zval::new());
            }
            // The value takes over the object's initial reference.
            let mut object = Zval::new();
            object.value.obj = obj;
            object.u1.type_info = IS_OBJECT_EX;
            FreshObject { object, slots }
        }
    }

    /// Writes slot `idx` (still null: nothing to release).
    pub fn set(&mut self, idx: usize, value: Zval) {
        assert!(idx < N, "no such property slot");
        // SAFETY: an in-bounds slot of the object we hold, holding null.
        unsafe { ptr::write(self.slots.add(idx), value) };
    }

    pub fn into_zval(self) -> Zval {
        self.object
    }
}

/// A PHP list of `items`, written straight into a packed array (ZEND_HASH_FILL_PACKED) instead
/// of being appended one by one.
pub fn packed_list(items: impl ExactSizeIterator<Item = Zval>) -> Zval {
    let len = items.len();
    if len == 0 {
        return empty_array_zval();
    }
    let len32 = u32::try_from(len).expect("list length fits a PHP array");
    // SAFETY: a new packed array sized for len elements; the counters follow each write, so the
    // array is consistent at every step.
    unsafe {
        let ht = ffi::_zend_new_array(len32);
        engine::zend_hash_real_init_packed(ht);
        let slots = (*ht).__bindgen_anon_1.arPacked as *mut Zval;
        let mut list = Zval::new();
        list.set_hashtable(ZBox::from_raw(ht as *mut ZendHashTable));
        // take(len): never past the allocation, whatever the iterator claimed.
        for (i, item) in items.take(len).enumerate() {
            ptr::write(slots.add(i), item);
            (*ht).nNumUsed = i as u32 + 1;
            (*ht).nNumOfElements = i as u32 + 1;
            (*ht).nNextFreeElement = i as i64 + 1;
        }
        list
    }
}

/// Throws an exception object that is ready to go.
pub fn throw_object(exception: Zval) {
    let mut exception = ManuallyDrop::new(exception);
    // SAFETY: an exception object; the engine takes over our reference.
    unsafe { ffi::zend_throw_exception_object(&mut *exception as *mut Zval as *mut zval) };
}

/// Emits an E_WARNING (or throws, under an error handler that does).
pub fn warning(message: &str) {
    const E_WARNING: c_int = 2;
    let text = CString::new(message.replace('\0', "")).unwrap_or_default();
    // SAFETY: a "%s" format with one NUL-terminated argument.
    unsafe { ffi::php_error_docref(ptr::null(), E_WARNING, c"%s".as_ptr(), text.as_ptr()) };
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

/// The bytes behind zpp's "s!" (`None` for null).
pub fn bytes_arg<'a>(ptr: *const c_char, len: usize) -> Option<&'a [u8]> {
    // SAFETY: zpp's "s" yields a pointer into a string that lives for the call.
    (!ptr.is_null()).then(|| unsafe { std::slice::from_raw_parts(ptr as *const u8, len) })
}

/// Whether an object is an instance of `ce` or of a subclass.
pub fn instance_of(obj: *mut zend_object, ce: *mut zend_class_entry) -> bool {
    // SAFETY: a live object; the slow check walks its class chain (the engine's inline
    // instanceof tests the class itself first).
    unsafe { (*obj).ce == ce || ffi::instanceof_function_slow((*obj).ce, ce) }
}

/// Parses a NUL-free string argument: zpp's "p" (php-rdkafka silently cut names at NUL bytes).
pub fn c_str_arg(ptr: *mut c_char) -> &'static CStr {
    // SAFETY: zpp's "p" yields a NUL-terminated string without inner NUL, alive for the call.
    unsafe { CStr::from_ptr(ptr) }
}

/// Whether an exception is pending on this thread.
pub fn exception_pending() -> bool {
    // SAFETY: the engine's executor globals of the current thread, read on the PHP thread.
    unsafe { !(*ffi::ext_php_rs_executor_globals()).exception.is_null() }
}

/// Calls a PHP callable with `args`, discarding its result. An exception it throws stays
/// pending for the caller to notice.
pub fn call_callable(callable: &Zval, args: &mut [Zval]) {
    let mut retval = Zval::new();
    // SAFETY: a callable zval and a contiguous argument array (Zval is a transparent zval).
    unsafe {
        ffi::_call_user_function_impl(
            ptr::null_mut(),
            callable as *const Zval as *mut zval,
            &mut retval as *mut Zval as *mut zval,
            args.len() as u32,
            args.as_mut_ptr() as *mut zval,
            ptr::null_mut(),
        );
    }
}

/// The engine's shared, immutable empty array (no allocation).
pub fn empty_array_zval() -> Zval {
    const IS_ARRAY: u32 = 7;
    let mut zv = Zval::new();
    // ZVAL_EMPTY_ARRAY: the immutable empty array is never counted or freed.
    zv.value.arr = ptr::addr_of!(ffi::zend_empty_array) as *mut HashTable;
    zv.u1.type_info = IS_ARRAY;
    zv
}

/// An object value holding a new reference to `obj`.
pub fn object_zval(obj: *mut zend_object) -> Zval {
    let mut zv = Zval::new();
    // SAFETY: obj is a live object; set_object adds the reference.
    zv.set_object(unsafe { &mut *(obj as *mut ext_php_rs::types::ZendObject) });
    zv
}

/// Where `zend_parse_parameters`'s "f" writes a callable, and the value to keep afterwards.
pub struct CallableArg {
    /// The engine's zval type has ext-php-rs's Drop: fci borrows the argument's value, so it
    /// must not be dropped.
    fci: ManuallyDrop<ffi::zend_fcall_info>,
    fcc: ffi::zend_fcall_info_cache,
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
    pub fn outputs(&mut self) -> (*mut ffi::zend_fcall_info, *mut ffi::zend_fcall_info_cache) {
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

/// A new object of a Rust-backed class, already constructed with `state`.
pub fn new_native<T: NativeClass>(ce: *mut zend_class_entry, state: T) -> Zval {
    let zv = new_object(ce);
    // SAFETY: a live object we just made, not shared yet.
    let slot = unsafe { native_slot::<T>(zv.value.obj) }.expect("class without T's layout");
    *slot = Some(state);
    zv
}

/// The Rust state of every element of an array argument, which must all be objects of `T`'s
/// class. php-rdkafka raised an uncatchable fatal error here; we throw a TypeError with its text.
pub fn array_of<T: NativeClass + Clone>(
    array: *mut HashTable,
    method: &str,
    class: &str,
) -> PhpResult<Vec<T>> {
    // SAFETY: zpp's "h" hands out a live array.
    let table = unsafe { &*(array as *const ZendHashTable) };
    table
        .values()
        .map(|value| {
            let value = value.dereference();
            // SAFETY: an object zval holds a live object.
            let state = value
                .object()
                .and_then(|obj| unsafe { native_slot::<T>(obj as *const _ as *mut zend_object) })
                .map(|slot| slot.clone());
            match state {
                Some(Some(state)) => Ok(state),
                Some(None) => Err(PhpError::new(ExClass::Base, T::UNCONSTRUCTED, 0)),
                None => Err(PhpError::new(
                    ExClass::TypeError,
                    format!(
                        "Argument 1 passed to {method}() must be an array of {class}, at least one element is a(n) {}",
                        type_name(value)
                    ),
                    0,
                )),
            }
        })
        .collect()
}

/// PHP's name of a value's type, as `zend_zval_type_name` gives it (a class name for objects).
pub fn type_name(value: &Zval) -> Cow<'static, str> {
    use ext_php_rs::flags::DataType;
    match value.get_type() {
        DataType::Null | DataType::Undef => "null".into(),
        DataType::False | DataType::True | DataType::Bool => "bool".into(),
        DataType::Long => "int".into(),
        DataType::Double => "float".into(),
        DataType::String => "string".into(),
        DataType::Array => "array".into(),
        // PHP 8 names the class of an object.
        DataType::Object(_) => {
            value.object().and_then(|obj| obj.get_class_name().ok()).map_or("object".into(), Cow::Owned)
        }
        DataType::Resource => "resource".into(),
        _ => "mixed".into(),
    }
}

/// Assigns an int through a by-reference argument (honouring typed references).
pub fn assign_ref_long(reference: *mut zval, value: i64) -> PhpResult {
    // SAFETY: zpp's "z" for a by-reference parameter yields a zval holding a reference.
    let rc = unsafe {
        if (*reference).u1.type_info & 0xff != 10 {
            return Err(PhpError::new(ExClass::Error, "Expected a reference argument", 0));
        }
        engine::zend_try_assign_typed_ref_long((*reference).value.ref_, value)
    };
    if rc != 0 {
        return Err(PhpError::Thrown);
    }
    Ok(())
}
