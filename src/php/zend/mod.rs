//! Our class-registration layer over the Zend API.
//!
//! ext-php-rs's macros cannot express php-rdkafka's class model (tentative return types, methods
//! declared on an abstract base and inherited, user subclasses with their own properties and
//! constructors, private constructors, typed plain properties). This layer builds the engine's
//! own structures instead: hand-made arginfo tables, `zend_register_internal_class_ex`, a
//! `create_object` handler that honours the class entry it is given, and argument parsing through
//! the engine's `zend_parse_parameters`, so coercion, strict types and error texts are PHP's own.
//! All `unsafe` of the binding layer lives here, by concern:
//!
//! - [`engine`]: the engine's declarations, constants and version differences (from ext-php-rs's
//!   bindings of the PHP being built against, and `cfg`s that `build.rs` derives from it);
//! - [`types`]: declared types, arginfo and function entries;
//! - [`class`]: registering classes, functions and constants;
//! - [`objects`]: objects backed by Rust state, and object arguments;
//! - [`call`]: a call's frame, arguments, callables and exceptions;
//! - [`values`]: strings, ints, arrays and properties.
//!
//! Raw pointers these helpers take are engine handles: class entries registered at startup, and
//! objects, zvals and strings that `zend_parse_parameters` handed out for the current call. The
//! binding layer gets them from nowhere else, which is why the helpers are safe functions.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

pub mod call;
pub mod class;
pub mod engine;
pub mod objects;
pub mod types;
pub mod values;

pub use call::*;
pub use class::*;
pub use objects::{
    array_of, array_states, instance_of, new_native, new_object, object_state, object_zval, variadic_states,
    FreshObject, HandlerSlot, Native, NativeClass, NativeHooks,
};
pub use types::*;
pub use values::*;

/// An interned engine string for a name that lives as long as the process.
fn interned(name: &str) -> *mut engine::zend_string {
    // SAFETY: the engine's interning function is set before MINIT runs.
    unsafe {
        let init = engine::zend_string_init_interned.expect("interning available");
        init(name.as_ptr().cast(), name.len(), true)
    }
}
