//! The `lang` and `dir` attributes of author text (titles, attribute names, traits, reasons).

use crate::model::i18n::{author_marks, Lang};
use yew::AttrValue;

/// Written on each piece of author text, so it reads right inside an interface in another
/// language or direction; both are absent where the text inherits the same from the interface.
#[derive(Clone, PartialEq, Default)]
pub struct AuthorLang {
    pub lang: Option<AttrValue>,
    pub dir: Option<&'static str>,
}

impl AuthorLang {
    /// For a dataset in the language `tag`, shown in an interface in `ui` laid out `rtl`.
    pub fn new(ui: Lang, rtl: bool, tag: &str) -> Self {
        match author_marks(ui, rtl, tag) {
            Some((lang, dir)) => Self {
                lang: Some(AttrValue::from(lang.to_string())),
                dir: Some(dir),
            },
            None => Self::default(),
        }
    }
}
