//! The tab list that switches views. Arrow keys move between tabs (mirrored right to left),
//! Home and End jump to the first and last.

use super::use_interface::{use_interface, Interface};
use crate::model::config::Mode;
use crate::model::i18n::{text, Key};
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub mode: Mode,
    pub onselect: Callback<Mode>,
}

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

#[function_component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    let Interface { lang, rtl } = use_interface();
    let refs = use_memo((), |_| Mode::ALL.map(|_| NodeRef::default()));
    let onkeydown = {
        let (onselect, refs, current) = (props.onselect.clone(), refs.clone(), props.mode);
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
            { for Mode::ALL.iter().zip(refs.iter()).map(|(mode, node)| {
                let mode = *mode;
                let selected = props.mode == mode;
                let panel = panel_id(mode);
                html! {
                    <button type="button" role="tab" ref={node.clone()} id={format!("{panel}-tab")}
                        aria-selected={selected.to_string()} aria-controls={panel}
                        tabindex={if selected { "0" } else { "-1" }}
                        onclick={props.onselect.reform(move |_| mode)}>
                        { text(lang, label(mode)) }
                    </button>
                }
            }) }
        </div>
    }
}
