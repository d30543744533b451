//! Values: strings, ints, arrays and properties, read and built the engine's way.

use std::borrow::Cow;
use std::ffi::c_void;
use std::mem::ManuallyDrop;
use std::ptr::{self, NonNull};

use ext_php_rs::boxed::ZBox;
use ext_php_rs::types::{ZendHashTable, ZendStr, Zval};

use super::call::{exception_pending, PhpError, PhpResult};
use super::engine::{self as e, zend_class_entry, zend_object, zend_string, zval, HashTable};

/// The bytes of an engine string (binary safe, no copy).
pub fn zstr_bytes<'a>(s: *mut zend_string) -> Option<&'a [u8]> {
    // SAFETY: zpp hands out strings that live for the whole call.
    NonNull::new(s).map(|s| unsafe { (*(s.as_ptr() as *const ZendStr)).as_bytes() })
}

/// Whether an engine string is immutable (interned): shared, never counted or freed.
fn is_immutable(s: &ZendStr) -> bool {
    // SAFETY: every engine string starts with its initialised GC header.
    unsafe { s.gc.u.type_info & e::GC_IMMUTABLE != 0 }
}

/// A PHP string value from bytes (binary safe).
pub fn bytes_zval(bytes: &[u8]) -> Zval {
    let string = ZendStr::new(bytes, false);
    // Strings of 0 or 1 byte come back interned: ZVAL_STR gives those a non-counted type.
    let type_info = if is_immutable(&string) { e::IS_INTERNED_STRING_EX } else { e::IS_STRING_EX };
    let mut zv = Zval::new();
    zv.value.str_ = string.into_raw();
    zv.u1.type_info = type_info;
    zv
}

pub fn bool_zval(value: bool) -> Zval {
    let mut zv = Zval::new();
    zv.set_bool(value);
    zv
}

pub fn long_zval(value: i64) -> Zval {
    let mut zv = Zval::new();
    zv.value.lval = value;
    zv.u1.type_info = e::IS_LONG;
    zv
}

/// Copies a zval, adding a reference to what it holds.
pub fn zval_copy(src: *const zval) -> Zval {
    // SAFETY: src is a live zval from the engine.
    unsafe { (*(src as *const Zval)).shallow_clone() }
}

/// The engine's shared, immutable empty array (no allocation).
pub fn empty_array_zval() -> Zval {
    let mut zv = Zval::new();
    // ZVAL_EMPTY_ARRAY: the immutable empty array is never counted or freed.
    zv.value.arr = ptr::addr_of!(e::zend_empty_array) as *mut HashTable;
    zv.u1.type_info = e::IS_ARRAY;
    zv
}

/// Writes a property of `obj` as seen from `scope` (so private properties of `scope` work).
pub fn update_property(scope: *mut zend_class_entry, obj: *mut zend_object, name: &str, value: Zval) {
    let mut value = value;
    // SAFETY: live object; the engine copies the value (we drop our reference after).
    unsafe {
        e::zend_update_property(
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
        e::zend_read_property(
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
            Some(index) => e::zend_hash_index_update(table, index as u64, value),
            None => e::zend_hash_str_update(table, key.as_ptr().cast(), key.len(), value),
        };
    }
}

/// A value converted as `(string)` converts it (warnings and errors included), without
/// touching the value itself. `Err(Thrown)` when the conversion threw.
pub fn string_of(value: &Zval) -> PhpResult<ZBox<ZendStr>> {
    // SAFETY: any live zval; the result is a counted string we own, or NULL after a throw.
    let converted = unsafe { e::zval_try_get_string_func(value as *const Zval as *mut zval) };
    match NonNull::new(converted) {
        // SAFETY: an owned reference, released by the box.
        Some(s) => Ok(unsafe { ZBox::from_raw(s.as_ptr() as *mut ZendStr) }),
        None => Err(PhpError::Thrown),
    }
}

/// A new counted reference to an engine string, as a raw pointer to keep across FFI.
pub fn string_ref(s: NonNull<zend_string>) -> *mut c_void {
    // SAFETY: a live string; interned (immutable) strings are not reference counted.
    unsafe {
        let string = &mut *(s.as_ptr() as *mut ZendStr);
        if !is_immutable(string) {
            string.gc.refcount += 1;
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

/// A PHP list of `items`, written straight into a packed array (ZEND_HASH_FILL_PACKED) instead
/// of being appended one by one.
pub fn packed_list(items: impl ExactSizeIterator<Item = Zval>) -> Zval {
    let len = items.len();
    if len == 0 {
        return empty_array_zval();
    }
    let len32 = u32::try_from(len).expect("list length fits a PHP array");
    // SAFETY: a new packed array sized for len elements; the counters follow each write, so the
    // array is consistent at every step. Packed arrays hold bare zvals (arPacked) since PHP 8.2,
    // the oldest PHP we build for.
    unsafe {
        let ht = e::_zend_new_array(len32);
        e::zend_hash_real_init_packed(ht);
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
