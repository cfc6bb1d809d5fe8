//! Mounting and updating one widget from the custom element (`www/role-explainer.js`).

use crate::components::app::{App, AppProps};
use crate::components::explainer_state::View;
use crate::model::builtin::DEFAULT_ID;
use crate::model::load::DatasetSource;
use serde::Deserialize;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

/// What the element read from its attributes and content.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct EmbedConfig {
    /// A built-in dataset id.
    dataset: Option<String>,
    /// Author JSON, from inline content or a fetched URL; wins over `dataset`.
    dataset_text: Option<String>,
    /// Why a dataset URL could not be loaded.
    dataset_error: Option<String>,
    mode: Option<String>,
}

fn props_from(config: JsValue) -> AppProps {
    let config: EmbedConfig = serde_wasm_bindgen::from_value(config).unwrap_or_default();
    let source = match (config.dataset_error, config.dataset_text) {
        (Some(error), _) => DatasetSource::Unavailable(error),
        (None, Some(text)) => DatasetSource::Json(text),
        (None, None) => DatasetSource::Builtin(config.dataset.unwrap_or_else(|| DEFAULT_ID.into())),
    };
    let view = match config.mode.as_deref() {
        Some("explore") => View::Explore,
        _ => View::Compare,
    };
    AppProps { source, view }
}

/// One mounted widget. The element keeps it and calls `update` or `destroy`.
#[wasm_bindgen]
pub struct Widget {
    app: AppHandle<App>,
}

#[wasm_bindgen]
impl Widget {
    /// Re-renders with a new configuration, keeping state where the dataset is unchanged.
    pub fn update(&mut self, config: JsValue) {
        self.app.update(props_from(config));
    }

    /// Unmounts the Yew app and drops its listeners.
    pub fn destroy(self) {
        self.app.destroy();
    }
}

/// Mounts a widget into `root` (a node inside the element's shadow root).
#[wasm_bindgen]
pub fn mount(root: Element, config: JsValue) -> Widget {
    Widget {
        app: yew::Renderer::<App>::with_root_and_props(root, props_from(config)).render(),
    }
}
