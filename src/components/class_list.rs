//! An element's classes as one string, for `~className`.
//!
//! A `class={…}` that is not a literal goes through Yew's `Classes`, an ordered hash set per
//! element, which brings indexmap and a hasher into the wasm. Our lists are short and never
//! repeat a class, so joining them does the same job; set as the `className` property, the
//! value bypasses `Classes` altogether.

use wasm_bindgen::JsValue;

/// The non-empty parts, joined by spaces.
pub fn class_list(parts: &[&str]) -> JsValue {
    let mut list = String::new();
    for part in parts.iter().filter(|p| !p.is_empty()) {
        if !list.is_empty() {
            list.push(' ');
        }
        list.push_str(part);
    }
    JsValue::from_str(&list)
}
