//! Datasets compiled into the widget, so the default embed needs no extra download.

use super::i18n::Lang;

/// `(id, JSON text)` for every built-in dataset.
pub const BUILTIN: &[(&str, &str)] = &[
    ("pm-vs-po", include_str!("../../data/pm-vs-po.en.json")),
    ("pm-vs-po.de", include_str!("../../data/pm-vs-po.de.json")),
    (
        "project-vs-product-vs-owner",
        include_str!("../../data/project-vs-product-vs-owner.en.json"),
    ),
];

/// The id the widget shows when the author names none.
pub const DEFAULT_ID: &str = "pm-vs-po";

/// The JSON text of a built-in dataset.
pub fn builtin(id: &str) -> Option<&'static str> {
    BUILTIN
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, text)| *text)
}

/// A built-in dataset in the given language if it has a translation (`pm-vs-po.de`), else as is.
pub fn builtin_in(id: &str, lang: Option<Lang>) -> Option<&'static str> {
    lang.and_then(|l| builtin(&format!("{id}.{}", l.tag())))
        .or_else(|| builtin(id))
}

/// The ids of every built-in dataset, for "unknown dataset" messages.
pub fn builtin_ids() -> Vec<&'static str> {
    BUILTIN.iter().map(|(id, _)| *id).collect()
}
