//! What happens if the widget panics anyway (no external input should get there; the fuzz
//! tests are the proof). Every widget on a page shares one wasm instance, and a panic aborts
//! it, so one panic stops them all: the hook logs the message and tells the page, and the
//! element script turns every widget into an error panel instead of a dead box.

use std::cell::Cell;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit};

thread_local! {
    static INSTALLED: Cell<bool> = const { Cell::new(false) };
}

/// Installs the hook once (Yew would otherwise install its own on the first render).
pub fn install() {
    if INSTALLED.with(|i| i.replace(true)) {
        return;
    }
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&format!("role-explainer stopped: {message}").into());
        let init = CustomEventInit::new();
        init.set_detail(&JsValue::from_str(&message));
        if let (Some(window), Ok(event)) = (
            web_sys::window(),
            CustomEvent::new_with_event_init_dict("role-explainer:panic", &init),
        ) {
            let _ = window.dispatch_event(&event);
        }
    }));
}

/// A deliberate panic, for the test that proves the hook. Only in builds with the
/// `test-hooks` feature, which releases never have.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen]
pub fn test_panic() {
    panic!("deliberate test panic");
}
