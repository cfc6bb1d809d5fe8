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
    #[cfg(feature = "test-hooks")]
    listen_for_test_panic();
}

/// A deliberate panic on a `role-explainer:test-panic` window event, for the test that proves
/// the hook. An event, not an export, because the element script bundles its own copy of the
/// glue, so a test cannot reach the running instance's exports. Only in builds with the
/// `test-hooks` feature, which releases never have.
#[cfg(feature = "test-hooks")]
fn listen_for_test_panic() {
    let panic_now = Closure::<dyn Fn()>::new(|| panic!("deliberate test panic"));
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback(
            "role-explainer:test-panic",
            panic_now.as_ref().unchecked_ref(),
        );
    }
    panic_now.forget();
}
