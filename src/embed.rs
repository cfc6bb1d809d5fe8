//! The bridge to the host page: the `<role-explainer>` element's script calls these exports.

pub mod clipboard;
pub mod mount;
pub mod panic_hook;
#[cfg(feature = "languages")]
pub mod ui_language;
