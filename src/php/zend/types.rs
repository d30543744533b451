//! Declared types and signatures: what reflection shows of a method, a function or a property,
//! turned into the engine's arginfo tables and function entries.

use std::ffi::{c_char, c_void, CString};
use std::ptr;

use super::engine::{
    self as e, zend_function_entry, zend_internal_arg_info, zend_type, IS_TENTATIVE_BIT, IS_VARIADIC_BIT,
    SEND_MODE_SHIFT, TYPE_LITERAL_NAME_BIT, TYPE_NAME_BIT,
};
use super::interned;

pub const ACC_PUBLIC: u32 = e::ZEND_ACC_PUBLIC;
pub const ACC_PRIVATE: u32 = e::ZEND_ACC_PRIVATE;
pub const ACC_DEPRECATED: u32 = e::ZEND_ACC_DEPRECATED;
pub const ACC_STATIC: u32 = e::ZEND_ACC_STATIC;

/// A declared PHP type: a mask of scalar kinds (`MAY_BE_*`) and optionally one class name.
#[derive(Clone, Copy, Debug)]
pub struct Ty {
    mask: u32,
    class: Option<&'static str>,
}

impl Ty {
    pub const BOOL: Ty = Ty::mask(e::MAY_BE_BOOL);
    pub const INT: Ty = Ty::mask(e::MAY_BE_LONG);
    pub const STRING: Ty = Ty::mask(e::MAY_BE_STRING);
    pub const ARRAY: Ty = Ty::mask(e::MAY_BE_ARRAY);
    pub const CALLABLE: Ty = Ty::mask(e::MAY_BE_CALLABLE);
    pub const VOID: Ty = Ty::mask(e::MAY_BE_VOID);
    pub const MIXED: Ty = Ty::mask(e::MAY_BE_ANY);

    const fn mask(mask: u32) -> Ty {
        Ty { mask, class: None }
    }

    pub const fn class(name: &'static str) -> Ty {
        Ty { mask: 0, class: Some(name) }
    }

    pub const fn nullable(self) -> Ty {
        Ty { mask: self.mask | e::MAY_BE_NULL, class: self.class }
    }

    /// A union of this type's class with scalar kinds, e.g. `RdKafka\Message|array|null`.
    pub const fn or(self, other: Ty) -> Ty {
        Ty { mask: self.mask | other.mask, class: self.class }
    }

    /// The type as internal arginfo declares it: a class name is a literal C string, which the
    /// engine interns when it registers the function.
    fn arg_type(self, extra_flags: u32) -> zend_type {
        match self.class {
            Some(name) => zend_type {
                ptr: kept_cstr(name) as *mut c_void,
                type_mask: TYPE_LITERAL_NAME_BIT | self.mask | extra_flags,
            },
            None => zend_type { ptr: ptr::null_mut(), type_mask: self.mask | extra_flags },
        }
    }

    /// The type of a declared property: a class name is an interned engine string.
    pub(super) fn property_type(self) -> zend_type {
        match self.class {
            Some(name) => zend_type { ptr: interned(name).cast(), type_mask: TYPE_NAME_BIT | self.mask },
            None => zend_type { ptr: ptr::null_mut(), type_mask: self.mask },
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
    /// `...$name`: takes every remaining argument; only the last parameter may be.
    pub variadic: bool,
    /// `#[\SensitiveParameter]`: stack traces show `Object(SensitiveParameterValue)` for it.
    pub sensitive: bool,
}

pub const fn param(name: &'static str, ty: Ty) -> Param {
    Param { name, ty, default: None, by_ref: false, variadic: false, sensitive: false }
}

impl Param {
    /// Marks the parameter `#[\SensitiveParameter]` (a secret: kept out of stack traces).
    pub const fn sensitive(mut self) -> Self {
        self.sensitive = true;
        self
    }
}

pub const fn optional(name: &'static str, ty: Ty, default: &'static str) -> Param {
    Param { default: Some(default), ..param(name, ty) }
}

pub const fn by_ref(name: &'static str, ty: Ty) -> Param {
    Param { by_ref: true, ..param(name, ty) }
}

/// A variadic parameter, which reflection counts as optional.
pub const fn variadic(name: &'static str, ty: Ty) -> Param {
    Param { variadic: true, ..param(name, ty) }
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

pub type Handler = unsafe extern "C" fn(*mut e::zend_execute_data, *mut e::zval);

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
        while required < params.len() && params[required].default.is_none() && !params[required].variadic {
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

    pub const fn static_(mut self) -> Self {
        self.flags |= ACC_STATIC;
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

/// What registration hands the engine (names, default-value sources, arginfo and function
/// tables) lives as long as the process: the engine keeps pointers into some of it. It is held
/// here rather than leaked, so that it stays reachable (valgrind reports none of it as lost).
struct KeptForProcess(#[allow(dead_code)] Box<dyn std::any::Any>);

// SAFETY: only ever touched under the mutex, at startup; the contents are plain data.
unsafe impl Send for KeptForProcess {}

static KEPT_FOR_PROCESS: std::sync::Mutex<Vec<KeptForProcess>> = std::sync::Mutex::new(Vec::new());

/// Keeps `items` for the life of the process and returns a pointer to the first (a moved
/// Vec keeps its buffer where it is).
fn keep<T: 'static>(items: Vec<T>) -> *const T {
    let ptr = items.as_ptr();
    KEPT_FOR_PROCESS.lock().unwrap_or_else(|e| e.into_inner()).push(KeptForProcess(Box::new(items)));
    ptr
}

/// A name or default-value source, kept for the life of the process.
fn kept_cstr(s: &str) -> *const c_char {
    let bytes = CString::new(s).expect("no NUL in names").into_bytes_with_nul();
    keep(bytes).cast()
}

/// An arginfo element with every field zeroed but those given, so a field a later PHP adds
/// starts out empty.
fn arg_info_element(
    name: *const c_char,
    type_: zend_type,
    default_value: *const c_char,
) -> zend_internal_arg_info {
    // SAFETY: arginfo is plain data; all-zero is its empty value.
    let mut element: zend_internal_arg_info = unsafe { std::mem::zeroed() };
    element.name = name;
    element.type_ = type_;
    element.default_value = default_value;
    element
}

/// Builds the engine's arginfo table: a header element (required count, return type) followed by
/// one element per parameter.
fn arg_info(method: &Method) -> *const zend_internal_arg_info {
    let ret_ty = match method.ret {
        Ret::None => zend_type { ptr: ptr::null_mut(), type_mask: 0 },
        Ret::Tentative(ty) => ty.arg_type(IS_TENTATIVE_BIT),
        Ret::Real(ty) => ty.arg_type(0),
    };
    let mut table = vec![arg_info_element(method.required as *const c_char, ret_ty, ptr::null())];
    for p in method.params {
        table.push(arg_info_element(
            kept_cstr(p.name),
            p.ty.arg_type(
                (u32::from(p.by_ref) << SEND_MODE_SHIFT) | if p.variadic { IS_VARIADIC_BIT } else { 0 },
            ),
            p.default.map_or(ptr::null(), kept_cstr),
        ));
    }
    keep(table)
}

/// The engine's function-entry table for `methods`, terminated by an all-zero entry. Fields a
/// PHP version adds (8.4's doc comment and frameless variants) stay zero: none.
pub(super) fn function_entries(methods: &[Method]) -> *const zend_function_entry {
    let mut entries: Vec<zend_function_entry> = methods
        .iter()
        .map(|m| {
            // SAFETY: a function entry is plain data; all-zero is its empty value.
            let mut entry: zend_function_entry = unsafe { std::mem::zeroed() };
            entry.fname = kept_cstr(m.name);
            entry.handler = Some(m.handler);
            entry.arg_info = arg_info(m);
            entry.num_args = m.params.len() as u32;
            // Function flags widened from 32 to 64 bits in PHP 8.6; `into` fits both.
            #[allow(clippy::useless_conversion)]
            {
                entry.flags = m.flags.into();
            }
            entry
        })
        .collect();
    // SAFETY: as above; the zero entry terminates the table.
    entries.push(unsafe { std::mem::zeroed() });
    keep(entries)
}
