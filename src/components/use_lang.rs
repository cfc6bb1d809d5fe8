//! The interface language, provided once by the app root.

use crate::model::i18n::Lang;
use yew::prelude::*;

/// The language the app root provides (English outside of one).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
