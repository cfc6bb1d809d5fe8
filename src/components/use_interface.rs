//! The interface language and text direction, provided once by the app root.

use crate::model::i18n::Lang;
use yew::prelude::*;

/// What the app root provides to every view: one context rather than one per value, since each
/// context type adds its own provider component and lookup to the wasm.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Interface {
    /// The interface language (English outside of an app root).
    pub lang: Lang,
    /// Whether the widget lays out right to left.
    pub rtl: bool,
}

/// The language and direction the app root provides (English, left to right, outside of one).
#[hook]
pub fn use_interface() -> Interface {
    use_context::<Interface>().unwrap_or_default()
}
