//! role-explainer: an interactive widget that compares roles side by side.
//!
//! `model` is plain Rust and runs anywhere; `components` (Yew views) and `embed` (the custom
//! element's bridge to the host page) exist only in the wasm build.

pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;
