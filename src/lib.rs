//! role-explainer: an interactive widget that compares roles side by side.
//!
//! `model` is plain Rust and runs anywhere; `components` (Yew views) and `embed` (the custom
//! element's bridge to the host page) exist only in the wasm build.

pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;

#[cfg(all(target_arch = "wasm32", feature = "size-class-alloc"))]
pub mod size_class_alloc;

// Only the embed build (`make dist` turns the feature on) picks the allocator: a library must leave
// that choice to the app that uses it.
#[cfg(all(target_arch = "wasm32", feature = "size-class-alloc"))]
#[global_allocator]
static ALLOCATOR: size_class_alloc::SizeClassAlloc = size_class_alloc::SizeClassAlloc::new();
