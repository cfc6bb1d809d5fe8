//! The tab list that switches views. Arrow keys move between tabs (mirrored right to left),
//! Home and End jump to the first and last.

use super::aria_bool::aria_bool;
use crate::model::config::Mode;
use crate::model::i18n::{text, Key, Lang};
use std::rc::Rc;
use web_sys::HtmlElement;
use yew::prelude::*;

/// The id of a view's tab panel; its tab's id adds `-tab`.
pub fn panel_id(mode: Mode) -> String {
    format!("rx-panel-{}", mode.name())
}

fn label(mode: Mode) -> Key {
    match mode {
        Mode::Compare => Key::Compare,
        Mode::Explore => Key::Explore,
        Mode::Quiz => Key::Quiz,
    }
}

/// The tab list. A plain function, not a component (each component type costs the wasm a copy
/// of Yew's lifecycle code): `tabs` are the explainer's refs to the three tabs, one per mode,
/// for moving focus with the arrow keys.
pub fn view_tabs(
    lang: Lang,
    rtl: bool,
    mode: Mode,
    tabs: &Rc<[NodeRef; 3]>,
    onselect: &Callback<Mode>,
) -> Html {
    let onkeydown = {
        let (onselect, refs, current) = (onselect.clone(), tabs.clone(), mode);
        Callback::from(move |e: KeyboardEvent| {
            let count = Mode::ALL.len();
            let at = Mode::ALL.iter().position(|m| *m == current).unwrap_or(0);
            let (forward, back) = if rtl {
                ("ArrowLeft", "ArrowRight")
            } else {
                ("ArrowRight", "ArrowLeft")
            };
            let to = match e.key().as_str() {
                k if k == forward => (at + 1) % count,
                k if k == back => (at + count - 1) % count,
                "Home" => 0,
                "End" => count - 1,
                _ => return,
            };
            e.prevent_default();
            e.stop_propagation();
            onselect.emit(Mode::ALL[to]);
            if let Some(tab) = refs[to].cast::<HtmlElement>() {
                let _ = tab.focus();
            }
        })
    };
    html! {
        <div class="rx-tabs" role="tablist" aria-label={text(lang, Key::Views)} {onkeydown}>
            { for Mode::ALL.iter().zip(tabs.iter()).map(|(tab_mode, node)| {
                let tab_mode = *tab_mode;
                let selected = mode == tab_mode;
                let panel = panel_id(tab_mode);
                html! {
                    <button type="button" role="tab" ref={node.clone()} id={format!("{panel}-tab")}
                        aria-selected={aria_bool(selected)} aria-controls={panel}
                        tabindex={if selected { "0" } else { "-1" }}
                        onclick={onselect.reform(move |_| tab_mode)}>
                        { text(lang, label(tab_mode)) }
                    </button>
                }
            }) }
        </div>
    }
}
