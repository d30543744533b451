//! Registering classes, functions and constants at module startup.

use std::ffi::{c_int, CString};
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};

use super::engine::{self as e, zend_class_entry, zend_object, zval};
use super::interned;
use super::objects::{native_hooks, NativeClass, NativeHooks};
use super::types::{function_entries, Method, Prop};

/// Everything needed to register one class.
pub struct ClassDef {
    pub name: &'static str,
    pub parent: Option<*mut zend_class_entry>,
    pub abstract_: bool,
    pub final_: bool,
    pub interfaces: Vec<*mut zend_class_entry>,
    pub methods: &'static [Method],
    pub props: &'static [Prop],
    /// Public int class constants.
    pub constants: &'static [(&'static str, i64)],
    /// Object layout for classes backed by Rust state; `None` keeps the inherited one.
    pub native: Option<NativeHooks>,
}

impl ClassDef {
    pub fn new(name: &'static str, methods: &'static [Method]) -> Self {
        ClassDef {
            name,
            parent: None,
            abstract_: false,
            final_: false,
            interfaces: Vec::new(),
            methods,
            props: &[],
            constants: &[],
            native: None,
        }
    }

    /// A class whose objects carry Rust state `T` (see [`NativeClass`]).
    pub fn native<T: NativeClass>(name: &'static str, methods: &'static [Method]) -> Self {
        ClassDef { native: Some(native_hooks::<T>()), ..ClassDef::new(name, methods) }
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
        let ce = e::zend_register_internal_class_ex(&mut template, parent);
        assert!(!ce.is_null(), "registering {}", def.name);
        if def.abstract_ {
            (*ce).ce_flags |= e::ZEND_ACC_EXPLICIT_ABSTRACT_CLASS;
        }
        if def.final_ {
            (*ce).ce_flags |= e::ZEND_ACC_FINAL;
        }
        for iface in def.interfaces {
            e::zend_do_implement_interface(ce, iface);
        }
        for prop in def.props {
            let mut default: zval = std::mem::zeroed(); // IS_UNDEF: uninitialized typed property
            if prop.default_null {
                default.u1.type_info = e::IS_NULL;
            }
            e::zend_declare_typed_property(
                ce,
                interned(prop.name),
                &mut default,
                prop.flags as c_int,
                ptr::null_mut(),
                prop.ty.property_type(),
            );
        }
        for &(name, value) in def.constants {
            let mut zv: zval = std::mem::zeroed();
            zv.value.lval = value;
            zv.u1.type_info = e::IS_LONG;
            e::zend_declare_class_constant_ex(
                ce,
                interned(name),
                &mut zv,
                e::ZEND_ACC_PUBLIC as c_int,
                ptr::null_mut(),
            );
        }
        for method in def.methods {
            mark_sensitive_parameters(ce, method);
        }
        if let Some(hooks) = def.native {
            *create_object_of(ce) = Some(hooks.create_object);
        }
        ce
    }
}

/// Adds `#[\SensitiveParameter]` to the parameters that ask for it, as PHP's own generated
/// arginfo code does for PDO's and mysqli's passwords.
fn mark_sensitive_parameters(ce: *mut zend_class_entry, method: &Method) {
    if !method.params.iter().any(|p| p.sensitive) {
        return;
    }
    let lowercase = method.name.to_ascii_lowercase();
    // SAFETY: a class registered just now; its function table holds the method under its
    // lowercase name, as a zval pointing to the zend_function. The attribute table of an
    // internal function is persistent, which the flag tells the engine.
    unsafe {
        let entry = e::zend_hash_str_find(&(*ce).function_table, lowercase.as_ptr().cast(), lowercase.len());
        assert!(!entry.is_null(), "method {} registered", method.name);
        let function = (*entry).value.ptr as *mut e::zend_function;
        for (index, _) in method.params.iter().enumerate().filter(|(_, p)| p.sensitive) {
            e::zend_add_attribute(
                &mut (*function).common.attributes,
                interned("SensitiveParameter"),
                0,
                e::ZEND_ATTRIBUTE_PERSISTENT,
                index as u32 + 1, // 0 is the function itself
                0,
            );
        }
    }
}

pub(super) type CreateObject = Option<unsafe extern "C" fn(*mut zend_class_entry) -> *mut zend_object>;

/// The `create_object` handler slot of a registered class.
pub(super) fn create_object_of<'a>(ce: *mut zend_class_entry) -> &'a mut CreateObject {
    // SAFETY: a registered class entry. The slot sits in an anonymous union, reached by the same
    // field path ext-php-rs's own class builder uses, so a layout change fails to compile rather
    // than misbehave.
    unsafe { &mut (*ce).__bindgen_anon_2.create_object }
}

/// Registers global functions; they belong to the module whose startup is running.
pub fn register_functions(functions: &[Method]) {
    // SAFETY: called during MINIT with a terminated entry table.
    let rc = unsafe {
        e::zend_register_functions(
            ptr::null_mut(),
            function_entries(functions),
            ptr::null_mut(),
            e::MODULE_PERSISTENT as c_int,
        )
    };
    assert!(e::succeeded(rc), "registering functions");
}

/// Registers a persistent, case-sensitive global int constant.
pub fn register_long_constant(name: &str, value: i64, module_number: i32) {
    let c_name = CString::new(name).expect("no NUL in constant names");
    // SAFETY: called during MINIT; case-sensitive is the default.
    unsafe {
        e::zend_register_long_constant(
            c_name.as_ptr(),
            name.len(),
            value,
            e::CONST_PERSISTENT as c_int,
            module_number,
        )
    };
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
    // SAFETY: engine global, set before extensions start (a process global, also under ZTS).
    unsafe { e::zend_ce_exception }
}

pub fn zend_ce_countable() -> *mut zend_class_entry {
    // SAFETY: engine global.
    unsafe { e::zend_ce_countable }
}

pub fn zend_ce_iterator() -> *mut zend_class_entry {
    // SAFETY: engine global.
    unsafe { e::zend_ce_iterator }
}
