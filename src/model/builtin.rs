//! The built-in datasets. The wasm does not carry them: the element fetches the one a reader
//! needs from `data/` beside `role-explainer.js` (see `www/role-explainer.js`) and passes its
//! text in. Native tools (the snippet, the checker, tests) compile the texts in.

use super::i18n::Lang;

/// `(id, file in data/)` for every built-in dataset. `www/role-explainer.js` holds the same
/// list (a native test checks that they agree).
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    ("pm-vs-po", "pm-vs-po.en.json"),
    ("pm-vs-po.de", "pm-vs-po.de.json"),
    (
        "project-vs-product-vs-owner",
        "project-vs-product-vs-owner.en.json",
    ),
];

/// `(id, JSON text)` for every built-in dataset, for native tools and tests.
#[cfg(not(target_arch = "wasm32"))]
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

/// The JSON text of a built-in dataset (native builds only; the wasm has none).
pub fn builtin(id: &str) -> Option<&'static str> {
    #[cfg(not(target_arch = "wasm32"))]
    return BUILTIN
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, text)| *text);
    #[cfg(target_arch = "wasm32")]
    {
        let _ = id;
        None
    }
}

/// The id of the built-in dataset to show for `id` in `lang`: its translation
/// (`pm-vs-po.de`) if there is one, else `id` itself; `None` if `id` is not built in.
pub fn builtin_id_in(id: &str, lang: Option<Lang>) -> Option<&'static str> {
    let known = |want: &str| {
        BUILTIN_FILES
            .iter()
            .find(|(i, _)| *i == want)
            .map(|(i, _)| *i)
    };
    lang.and_then(|l| known(&format!("{id}.{}", l.tag())))
        .or_else(|| known(id))
}

/// A built-in dataset in the given language if it has a translation (`pm-vs-po.de`), else as is.
pub fn builtin_in(id: &str, lang: Option<Lang>) -> Option<&'static str> {
    builtin(builtin_id_in(id, lang)?)
}

/// The ids of every built-in dataset, for "unknown dataset" messages.
pub fn builtin_ids() -> Vec<&'static str> {
    BUILTIN_FILES.iter().map(|(id, _)| *id).collect()
}
