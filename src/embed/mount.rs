//! Mounting, updating and destroying one widget for the custom element (`www/role-explainer.js`),
//! and raising its events on the host element.

use super::clipboard::copy_page_link;
use crate::components::app::{App, AppProps};
use crate::model::embed_settings::{read_embed_settings, EmbedSettings};
#[cfg(feature = "quiz")]
use crate::model::report::QuizReport;
use crate::model::report::{ProblemsReport, Report};
use crate::model::validate::Problem;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::{AppHandle, Callback};

/// Dispatches a bubbling, composed event on the host element; `detail` goes out as a plain
/// JS object (objects for maps, `null` for `None`), built by serde-wasm-bindgen.
fn dispatch(host: &Element, name: &str, detail: &impl serde::Serialize) {
    let detail = match detail.serialize(&serde_wasm_bindgen::Serializer::json_compatible()) {
        Ok(detail) => detail,
        Err(e) => {
            web_sys::console::error_2(&format!("role-explainer: {name} detail").into(), &e.into());
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

/// Which event the widget's next report goes out as.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reported {
    /// The first: `role-explainer:ready`.
    Nothing,
    /// The first report of a widget the lean build handed over: the page has already heard
    /// this state (the lean widget's latest `change`), so it goes nowhere.
    HandedOver,
    /// Every later one: `role-explainer:change`.
    Ready,
}

impl Reported {
    /// Before a widget's first report: handed over, or new.
    fn first(settings: &EmbedSettings) -> Self {
        if settings.config.handover.is_some() {
            Reported::HandedOver
        } else {
            Reported::Nothing
        }
    }
}

fn props_from(settings: EmbedSettings, host: &Element, widget: &WidgetState) -> AppProps {
    let onreport = {
        let (host, reported) = (host.clone(), widget.reported.clone());
        Callback::from(move |report: Report| {
            let name = match reported.replace(Reported::Ready) {
                Reported::Nothing => "role-explainer:ready",
                Reported::HandedOver => return,
                Reported::Ready => "role-explainer:change",
            };
            dispatch(&host, name, &report);
        })
    };
    let onproblems = {
        let host = host.clone();
        Callback::from(move |problems: Rc<Vec<Problem>>| {
            dispatch(
                &host,
                "role-explainer:error",
                &ProblemsReport::new(&problems),
            );
        })
    };
    // The lean build has no quiz, so no answers to report (and no code to report them).
    #[cfg(feature = "quiz")]
    let onanswer = {
        let host = host.clone();
        Callback::from(move |report: QuizReport| dispatch(&host, "role-explainer:answer", &report))
    };
    #[cfg(not(feature = "quiz"))]
    let onanswer = Callback::noop();
    let onhandover = {
        let hand_over = widget.hand_over.clone();
        Callback::from(move |text: String| {
            hand_over.replace(text);
        })
    };
    let onfullscreen = {
        let host = host.clone();
        Callback::from(move |()| toggle_fullscreen(&host))
    };
    // Sharing a link only makes sense where the widget keeps its state in the URL.
    let oncopylink = settings
        .config
        .hash
        .is_some()
        .then(|| Callback::from(|()| copy_page_link()));
    AppProps {
        instance: settings.instance,
        parked: settings.parked,
        source: settings.source,
        config: settings.config,
        onreport,
        onproblems,
        onanswer,
        onhandover,
        oncopylink,
        onfullscreen,
    }
}

/// What the app's callbacks keep for the element: which event the next report goes out as,
/// and the reader's whole state as hand-over text.
struct WidgetState {
    reported: Rc<Cell<Reported>>,
    hand_over: Rc<RefCell<String>>,
}

impl WidgetState {
    fn new(settings: &EmbedSettings) -> Self {
        WidgetState {
            reported: Rc::new(Cell::new(Reported::first(settings))),
            hand_over: Rc::default(),
        }
    }
}

/// One mounted widget. The element keeps it and calls `update` or `destroy`.
#[wasm_bindgen]
pub struct Widget {
    app: AppHandle<App>,
    host: Element,
    state: WidgetState,
}

#[wasm_bindgen]
impl Widget {
    /// Re-renders with new settings (JSON), keeping state where the dataset is unchanged.
    /// `host` is the element now showing the app: a parked app moves to a new element.
    pub fn update(&mut self, host: Element, settings: &str) {
        let settings = read_embed_settings(settings);
        if host != self.host {
            self.host = host;
            self.state = WidgetState::new(&settings);
        }
        self.app
            .update(props_from(settings, &self.host, &self.state));
    }

    /// The reader's whole state as it is now, for the full build's app to go on from when the
    /// element moves this widget there (`settings.handover`).
    #[wasm_bindgen(js_name = handOver)]
    pub fn hand_over(&self) -> String {
        self.state.hand_over.borrow().clone()
    }

    /// Unmounts the Yew app and drops its listeners.
    pub fn destroy(self) {
        self.app.destroy();
    }
}

/// Mounts a widget into `root` (inside the element's shadow root); events go to `host`.
/// `settings` is the element's attributes and content as a JSON object.
#[wasm_bindgen]
pub fn mount(root: Element, host: Element, settings: &str) -> Widget {
    super::panic_hook::install();
    let settings = read_embed_settings(settings);
    let state = WidgetState::new(&settings);
    let props = props_from(settings, &host, &state);
    Widget {
        app: yew::Renderer::<App>::with_root_and_props(root, props).render(),
        host,
        state,
    }
}
