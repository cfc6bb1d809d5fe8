//! Mounting, updating and destroying one widget for the custom element (`www/role-explainer.js`),
//! and raising its events on the host element.

use super::clipboard::copy_page_link;
use crate::components::app::{App, AppProps};
use crate::model::builtin::DEFAULT_ID;
use crate::model::config::RawConfig;
use crate::model::load::DatasetSource;
use crate::model::report::{QuizReport, Report};
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::{AppHandle, Callback};

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
    attributes: Option<String>,
    theme: Option<String>,
    lang: Option<String>,
    /// The host's computed text direction.
    dir: Option<String>,
    seed: Option<String>,
    /// The page's URL hash, when the element has `sync-hash`.
    hash: Option<String>,
    reveal: Option<String>,
    /// `available`, `active` or `unavailable`.
    fullscreen: Option<String>,
    /// Which element this app serves (parked apps are handed on to new elements).
    instance: Option<u32>,
    /// The element was removed: render nothing until a new element takes the app over.
    parked: Option<bool>,
}

#[derive(Serialize)]
struct ProblemsDetail {
    problems: Vec<String>,
}

/// Dispatches a bubbling, composed event with `detail` on the host element.
fn dispatch(host: &Element, name: &str, detail: &impl Serialize) {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let detail = match detail.serialize(&serializer) {
        Ok(detail) => detail,
        Err(e) => {
            web_sys::console::error_1(&format!("role-explainer: {name} detail: {e}").into());
            return;
        }
    };
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// Puts the host element in full screen, or takes it out. The element re-renders on
/// `fullscreenchange`, so the button's label follows.
fn toggle_fullscreen(host: &Element) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.fullscreen_element().as_ref() == Some(host) {
        document.exit_fullscreen();
    } else if let Err(e) = host.request_fullscreen() {
        web_sys::console::warn_2(&"role-explainer: full screen refused".into(), &e);
    }
}

fn props_from(config: JsValue, host: &Element, ready: &Rc<Cell<bool>>) -> AppProps {
    let config: EmbedConfig = serde_wasm_bindgen::from_value(config).unwrap_or_default();
    let source = match (config.dataset_error, config.dataset_text) {
        (Some(error), _) => DatasetSource::Unavailable(error),
        (None, Some(text)) => DatasetSource::Json(text),
        (None, None) => DatasetSource::Builtin(config.dataset.unwrap_or_else(|| DEFAULT_ID.into())),
    };
    let onreport = {
        let (host, ready) = (host.clone(), ready.clone());
        Callback::from(move |report: Report| {
            let name = if ready.replace(true) {
                "role-explainer:change"
            } else {
                "role-explainer:ready"
            };
            dispatch(&host, name, &report);
        })
    };
    let onproblems = {
        let host = host.clone();
        Callback::from(move |problems: Rc<Vec<_>>| {
            let problems = problems.iter().map(ToString::to_string).collect();
            dispatch(&host, "role-explainer:error", &ProblemsDetail { problems });
        })
    };
    let onanswer = {
        let host = host.clone();
        Callback::from(move |report: QuizReport| dispatch(&host, "role-explainer:answer", &report))
    };
    let onfullscreen = {
        let host = host.clone();
        Callback::from(move |()| toggle_fullscreen(&host))
    };
    AppProps {
        instance: config.instance.unwrap_or(0),
        parked: config.parked.unwrap_or(false),
        source,
        config: RawConfig {
            mode: config.mode,
            attributes: config.attributes,
            theme: config.theme,
            lang: config.lang,
            dir: config.dir,
            seed: config.seed,
            hash: config.hash.clone(),
            reveal: config.reveal,
            fullscreen: config.fullscreen,
        },
        onreport,
        onproblems,
        onanswer,
        // Sharing a link only makes sense where the widget keeps its state in the URL.
        oncopylink: config
            .hash
            .is_some()
            .then(|| Callback::from(|()| copy_page_link())),
        onfullscreen,
    }
}

/// One mounted widget. The element keeps it and calls `update` or `destroy`.
#[wasm_bindgen]
pub struct Widget {
    app: AppHandle<App>,
    host: Element,
    ready: Rc<Cell<bool>>,
}

#[wasm_bindgen]
impl Widget {
    /// Re-renders with a new configuration, keeping state where the dataset is unchanged.
    /// `host` is the element now showing the app: a parked app moves to a new element.
    pub fn update(&mut self, host: Element, config: JsValue) {
        if host != self.host {
            self.host = host;
            self.ready = Rc::new(Cell::new(false));
        }
        self.app.update(props_from(config, &self.host, &self.ready));
    }

    /// Unmounts the Yew app and drops its listeners.
    pub fn destroy(self) {
        self.app.destroy();
    }
}

/// Mounts a widget into `root` (inside the element's shadow root); events go to `host`.
#[wasm_bindgen]
pub fn mount(root: Element, host: Element, config: JsValue) -> Widget {
    super::panic_hook::install();
    let ready = Rc::new(Cell::new(false));
    let props = props_from(config, &host, &ready);
    Widget {
        app: yew::Renderer::<App>::with_root_and_props(root, props).render(),
        host,
        ready,
    }
}
