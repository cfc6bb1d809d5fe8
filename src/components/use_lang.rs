//! The interface language and text direction, provided once by the app root.

use crate::model::i18n::Lang;
use yew::prelude::*;

/// Whether the widget lays out right to left.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rtl(pub bool);

/// The language the app root provides (English outside of one).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// Whether the app root lays out right to left.
#[hook]
pub fn use_rtl() -> bool {
    use_context::<Rtl>().unwrap_or_default().0
}
