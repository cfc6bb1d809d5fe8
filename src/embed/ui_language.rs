//! Interface languages other than English arrive as data: the element fetches
//! `data/ui/<lang>.json` for a widget that needs one and installs it here before rendering.

use crate::model::ui_language::install;
use wasm_bindgen::prelude::*;

/// Installs a language file's phrases for every widget on the page. Returns `undefined`, or
/// what is wrong with the file (the interface then stays in English).
#[wasm_bindgen(js_name = installLanguage)]
pub fn install_language(text: &str) -> Option<String> {
    install(text).err()
}
