//! The bridge to the host page: the `<role-explainer>` element's script calls these exports.

pub mod clipboard;
pub mod mount;
pub mod panic_hook;
pub mod ui_language;
