//! The plain-Rust core: datasets, validation, selection and verdict. It knows nothing of the
//! browser, so it is tested natively (`cargo test`).

pub mod builtin;
pub mod config;
pub mod dataset;
pub mod embed_code;
pub mod embed_settings;
pub mod fallback_html;
pub mod hand_over;
pub mod i18n;
pub mod json;
pub mod json_write;
pub mod link_state;
pub mod load;
pub mod placeholders;
pub mod presenter;
pub mod quiz;
pub mod report;
pub mod selection;
pub mod share_link;
pub mod snippet;
// Used by the snippet command; nothing in the widget calls it, so the wasm does not carry it.
pub mod sri;
pub mod start;
pub mod state;
pub mod strings;
pub mod studio_draft;
pub mod table_import;
#[cfg(not(target_arch = "wasm32"))]
pub mod translations;
pub mod ui_language;
pub mod undo_history;
pub mod validate;
pub mod verdict;
