//! Datasets compiled into the widget, so the default embed needs no extra download.

/// `(id, JSON text)` for every built-in dataset.
pub const BUILTIN: &[(&str, &str)] = &[("pm-vs-po", include_str!("../../data/pm-vs-po.en.json"))];

/// The id the widget shows when the author names none.
pub const DEFAULT_ID: &str = "pm-vs-po";

/// The JSON text of a built-in dataset.
pub fn builtin(id: &str) -> Option<&'static str> {
    BUILTIN
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, text)| *text)
}

/// The ids of every built-in dataset, for "unknown dataset" messages.
pub fn builtin_ids() -> Vec<&'static str> {
    BUILTIN.iter().map(|(id, _)| *id).collect()
}
