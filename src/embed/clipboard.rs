//! Copies the page's link for the "Copy link" button.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    // Bound by hand: web-sys keeps its Clipboard behind an unstable-API flag.
    #[wasm_bindgen(js_namespace = ["navigator", "clipboard"], js_name = writeText, catch)]
    fn write_text(text: &str) -> Result<JsValue, JsValue>;
}

/// Starts copying the current page URL; `false` where the page has no clipboard access
/// (an insecure context, or a browser without the Clipboard API).
pub fn copy_page_link() -> bool {
    let Some(href) = web_sys::window().and_then(|w| w.location().href().ok()) else {
        return false;
    };
    write_text(&href).is_ok()
}
