//! What the custom element passes when it mounts or updates a widget: its attributes and
//! content, as one JSON object (`JSON.stringify` on the JavaScript side). Wrong types are
//! ignored, like missing fields, so no page can make this fail.

use super::builtin::DEFAULT_ID;
use super::config::RawConfig;
use super::json::{parse, Json};
use super::load::DatasetSource;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedSettings {
    pub source: DatasetSource,
    pub config: RawConfig,
    /// Which element the app serves (parked apps are handed on to new elements).
    pub instance: u32,
    /// The element was removed: render nothing until a new element takes the app over.
    pub parked: bool,
}

impl Default for DatasetSource {
    fn default() -> Self {
        DatasetSource::Builtin(DEFAULT_ID.into())
    }
}

fn text(value: &Json, key: &str) -> Option<String> {
    match value.get(key) {
        Some(Json::String(s)) => Some(s.clone()),
        _ => None,
    }
}

/// Reads the element's settings; anything unreadable gives the defaults.
pub fn read_embed_settings(json: &str) -> EmbedSettings {
    let Ok(value) = parse(json) else {
        return EmbedSettings::default();
    };
    let source = match (text(&value, "datasetError"), text(&value, "datasetText")) {
        (Some(error), _) => DatasetSource::Unavailable(error),
        (None, Some(text)) => DatasetSource::Json(text),
        (None, None) => {
            DatasetSource::Builtin(text(&value, "dataset").unwrap_or_else(|| DEFAULT_ID.into()))
        }
    };
    let instance = match value.get("instance") {
        Some(Json::Number(n)) => u32::try_from(*n).unwrap_or(0),
        _ => 0,
    };
    EmbedSettings {
        source,
        config: RawConfig {
            mode: text(&value, "mode"),
            attributes: text(&value, "attributes"),
            theme: text(&value, "theme"),
            lang: text(&value, "lang"),
            dir: text(&value, "dir"),
            seed: text(&value, "seed"),
            hash: text(&value, "hash"),
            handover: text(&value, "handover"),
            reveal: text(&value, "reveal"),
            fullscreen: text(&value, "fullscreen"),
            header: text(&value, "header"),
            presenting: text(&value, "presenting"),
            layout: text(&value, "layout"),
            print: text(&value, "print"),
            printing: matches!(value.get("printing"), Some(Json::Bool(true))),
        },
        instance,
        parked: matches!(value.get("parked"), Some(Json::Bool(true))),
    }
}
