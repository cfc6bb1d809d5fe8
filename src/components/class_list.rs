//! An element's classes as one string, for `~className`.
//!
//! A `class={…}` that is not a literal goes through Yew's `Classes`, an ordered hash set per
//! element, which brings indexmap and a hasher into the wasm. Our lists are short and never
//! repeat a class, so joining them does the same job; set as the `className` property, the
//! value bypasses `Classes` altogether.
//!
//! One rule comes with it: an element whose classes are set this way must never take the place
//! of a same-named element with a `class` attribute, or the other way round. Yew reuses the
//! element and diffs `className` and `class` as different keys, so it sets one and then
//! removes the other, leaving no classes (or "undefined"). Where one place shows different
//! elements in turn (the picker's badge: not picked, a role, shared), all of them use this.

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
