//! Objects backed by Rust state, plain objects filled in place, and the object arguments of calls.

use std::borrow::Cow;
use std::ffi::c_int;
use std::mem::{offset_of, size_of};
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};

use ext_php_rs::types::{ZendHashTable, Zval};

use super::call::{ExClass, PhpError, PhpResult};
use super::class::create_object_of;
use super::engine::{self as e, zend_class_entry, zend_object, zend_object_handlers, zval, HashTable};
use super::values::{array_set_bytes_key, type_name};

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

    /// Whether methods may use the state now; checked by [`Call::this`](super::Call::this).
    fn check_usable(&self) -> PhpResult {
        Ok(())
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
    pub(super) create_object: unsafe extern "C" fn(*mut zend_class_entry) -> *mut zend_object,
}

/// Prepares the handlers of `T` and returns the hooks to register its class with.
pub(super) fn native_hooks<T: NativeClass>() -> NativeHooks {
    // SAFETY: std_object_handlers is an engine global (process-wide, also under ZTS), copied once
    // at startup.
    let mut handlers: zend_object_handlers = unsafe { e::std_object_handlers };
    // An int up to PHP 8.5, a size_t since 8.6.
    handlers.offset = offset_of!(Native<T>, std) as _;
    handlers.free_obj = Some(free_object::<T>);
    // The stock clone allocates with the base layout: php-rdkafka's classes are uncloneable.
    handlers.clone_obj = None;
    handlers.get_debug_info = Some(debug_info::<T>);
    handlers.get_gc = Some(get_gc::<T>);
    T::handlers().0.store(Box::into_raw(Box::new(handlers)), Ordering::Relaxed);
    NativeHooks { create_object: create_object::<T> }
}

unsafe extern "C" fn create_object<T: NativeClass>(ce: *mut zend_class_entry) -> *mut zend_object {
    // SAFETY: zend_object_alloc (through ext-php-rs's wrapper, valid in debug builds) allocates
    // our header plus the property slots of the *actual* class `ce`, which may be a user
    // subclass with more properties, and zeroes the header.
    let mem = e::ext_php_rs_zend_object_alloc(size_of::<Native<T>>(), ce) as *mut Native<T>;
    ptr::write(ptr::addr_of_mut!((*mem).state), None);
    let obj = ptr::addr_of_mut!((*mem).std);
    e::zend_object_std_init(obj, ce);
    e::object_properties_init(obj, ce);
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
pub(super) unsafe fn native_slot<'a, T: NativeClass>(obj: *mut zend_object) -> Option<&'a mut Option<T>> {
    (!obj.is_null() && (*obj).handlers == T::handlers().get()).then(|| &mut (*native_of::<T>(obj)).state)
}

unsafe extern "C" fn free_object<T: NativeClass>(obj: *mut zend_object) {
    // SAFETY: the engine calls this once, for an object create_object::<T> made.
    let native = native_of::<T>(obj);
    ptr::drop_in_place(ptr::addr_of_mut!((*native).state));
    e::zend_object_std_dtor(obj);
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
            e::zend_std_get_properties(obj)
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
    let buffer = e::zend_get_gc_buffer_create();
    let push = |zv: *mut zval| {
        if (*buffer).cur == (*buffer).end {
            e::zend_get_gc_buffer_grow(buffer);
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

/// A new object of `ce` (a plain class: properties only).
pub fn new_object(ce: *mut zend_class_entry) -> Zval {
    let mut zv = Zval::new();
    // SAFETY: zv is a fresh zval; the class is registered.
    unsafe { e::object_init_ex(&mut zv as *mut Zval as *mut zval, ce) };
    zv
}

/// A new object of a Rust-backed class, already constructed with `state`.
pub fn new_native<T: NativeClass>(ce: *mut zend_class_entry, state: T) -> Zval {
    let zv = new_object(ce);
    // SAFETY: a live object we just made, not shared yet.
    let slot = unsafe { native_slot::<T>(zv.value.obj) }.expect("class without T's layout");
    *slot = Some(state);
    zv
}

/// A new object of a plain class (no `create_object`) with `N` declared properties, filled in
/// place: every slot starts as null (not as a copy of the class defaults) and is written once.
pub struct FreshObject<const N: usize> {
    object: Zval,
    slots: *mut Zval,
}

impl<const N: usize> FreshObject<N> {
    pub fn new(ce: *mut zend_class_entry) -> Self {
        // SAFETY: the class is registered with N declared properties (checked) and no
        // create_object, so zend_objects_new allocates exactly N slots; all are set to null
        // before anything can read them.
        unsafe {
            assert!(
                (*ce).default_properties_count as usize == N && create_object_of(ce).is_none(),
                "plain class of N properties"
            );
            let obj = e::zend_objects_new(ce);
            let slots = (*obj).properties_table.as_mut_ptr() as *mut Zval;
            for i in 0..N {
                ptr::write(slots.add(i), Zval::new());
            }
            // The value takes over the object's initial reference.
            let mut object = Zval::new();
            object.value.obj = obj;
            object.u1.type_info = e::IS_OBJECT_EX;
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

/// The constructed Rust state behind an object argument (already class-checked by zpp).
pub fn object_state<'a, T: NativeClass>(zv: *mut zval) -> PhpResult<&'a mut T> {
    // SAFETY: zpp's "O" hands out a live object of T's class or a subclass.
    unsafe { native_slot::<T>((*zv).value.obj) }
        .ok_or_else(|| PhpError::new(ExClass::Error, "Invalid object argument", 0))?
        .as_mut()
        .ok_or_else(|| PhpError::new(ExClass::Base, T::UNCONSTRUCTED, 0))
}

/// The Rust state of every element of an array argument, which must all be objects of `T`'s
/// class. php-rdkafka raised an uncatchable fatal error here; we throw a TypeError with its text.
pub fn array_of<T: NativeClass + Clone>(
    array: *mut HashTable,
    method: &str,
    class: &str,
) -> PhpResult<Vec<T>> {
    Ok(array_states::<T>(array, method, class)?.into_iter().map(|state| state.clone()).collect())
}

/// [`array_of`] without copying: the states as they are held by the array's objects, which
/// live for the call.
pub fn array_states<'a, T: NativeClass>(
    array: *mut HashTable,
    method: &str,
    class: &str,
) -> PhpResult<Vec<&'a T>> {
    // SAFETY: zpp's "h" hands out a live array.
    let table = unsafe { &*(array as *const ZendHashTable) };
    table
        .values()
        .map(|value| {
            state_of::<T>(value.dereference(), |given| {
                format!("Argument 1 passed to {method}() must be an array of {class}, at least one element is a(n) {given}")
            })
        })
        .collect()
}

/// The state behind an argument value: a TypeError (its text from `wrong_type`, given the
/// value's type name) if it is not an object of `T`'s class, T's "not constructed" error if the
/// object was never constructed.
fn state_of<'a, T: NativeClass>(value: &Zval, wrong_type: impl FnOnce(&str) -> String) -> PhpResult<&'a T> {
    // SAFETY: an object zval holds a live object, which outlives the call reading it.
    let slot =
        value.object().and_then(|obj| unsafe { native_slot::<T>(obj as *const _ as *mut zend_object) });
    match slot {
        Some(Some(state)) => Ok(state),
        Some(None) => Err(PhpError::new(ExClass::Base, T::UNCONSTRUCTED, 0)),
        None => Err(PhpError::new(ExClass::TypeError, wrong_type(&type_name(value)), 0)),
    }
}

/// The Rust states of zpp's "*" (a variadic `Class ...$name`), which the engine leaves
/// unchecked for internal functions: anything but an object of `T`'s class is a TypeError naming
/// the parameter and the argument number, counted from `first_arg_num`.
pub fn variadic_states<'a, T: NativeClass>(
    args: *mut zval,
    count: u32,
    first_arg_num: u32,
    method: &str,
    param: (&str, &str),
) -> PhpResult<Vec<&'a T>> {
    if count == 0 {
        return Ok(Vec::new());
    }
    let (name, class) = param;
    // SAFETY: zpp's "*" hands out `count` consecutive live zvals (Zval is a transparent zval).
    let values = unsafe { std::slice::from_raw_parts(args as *const Zval, count as usize) };
    values
        .iter()
        .zip(first_arg_num..)
        .map(|(value, arg_num)| {
            state_of::<T>(value.dereference(), |given| {
                format!("{method}(): Argument #{arg_num} (${name}) must be of type {class}, {given} given")
            })
        })
        .collect()
}

/// Whether an object is an instance of `ce` or of a subclass.
pub fn instance_of(obj: *mut zend_object, ce: *mut zend_class_entry) -> bool {
    // SAFETY: a live object; the slow check walks its class chain (the engine's inline
    // instanceof tests the class itself first).
    unsafe { (*obj).ce == ce || e::instanceof_function_slow((*obj).ce, ce) }
}

/// An object value holding a new reference to `obj`.
pub fn object_zval(obj: *mut zend_object) -> Zval {
    let mut zv = Zval::new();
    // SAFETY: obj is a live object; set_object adds the reference.
    zv.set_object(unsafe { &mut *(obj as *mut ext_php_rs::types::ZendObject) });
    zv
}
