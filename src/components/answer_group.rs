//! A row of toggle buttons that arrow keys move between (one tab stop for the row), as in a
//! toolbar: Tab leaves the row, Left/Right/Up/Down/Home/End move focus, Enter or Space presses.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Moves focus among the group's buttons for an arrow, Home or End key.
pub fn on_group_keydown(rtl: bool) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        // Yew delegates events from the app root, so currentTarget is not the group: find it
        // from the target instead.
        let Some(group) = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("[role=group]").ok().flatten())
        else {
            return;
        };
        let Ok(list) = group.query_selector_all("button") else {
            return;
        };
        let buttons: Vec<HtmlElement> = (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
            .collect();
        if buttons.is_empty() {
            return;
        }
        let target = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok());
        let at = target
            .and_then(|t| buttons.iter().position(|b| *b == t))
            .unwrap_or(0);
        let n = buttons.len();
        let (next, prev) = if rtl {
            ("ArrowLeft", "ArrowRight")
        } else {
            ("ArrowRight", "ArrowLeft")
        };
        let to = match e.key().as_str() {
            k if k == next || k == "ArrowDown" => (at + 1) % n,
            k if k == prev || k == "ArrowUp" => (at + n - 1) % n,
            "Home" => 0,
            "End" => n - 1,
            _ => return,
        };
        e.prevent_default();
        e.stop_propagation();
        for (i, b) in buttons.iter().enumerate() {
            let _ = b.set_attribute("tabindex", if i == to { "0" } else { "-1" });
        }
        let _ = buttons[to].focus();
    })
}
