//! The tab list that switches between the compare and explore views (arrow keys move between tabs).

use super::use_lang::use_lang;
use crate::model::config::Mode as View;
use crate::model::i18n::{text, Key};
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub view: View,
    pub onselect: Callback<View>,
}

pub const COMPARE_PANEL: &str = "rx-panel-compare";
pub const EXPLORE_PANEL: &str = "rx-panel-explore";

#[function_component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    let lang = use_lang();
    let compare_ref = use_node_ref();
    let explore_ref = use_node_ref();
    let onkeydown = {
        let onselect = props.onselect.clone();
        let (compare_ref, explore_ref) = (compare_ref.clone(), explore_ref.clone());
        let current = props.view;
        Callback::from(move |e: KeyboardEvent| {
            let next = match (e.key().as_str(), current) {
                ("ArrowLeft" | "ArrowRight", View::Compare) | ("End", _) => View::Explore,
                ("ArrowLeft" | "ArrowRight", View::Explore) | ("Home", _) => View::Compare,
                _ => return,
            };
            e.prevent_default();
            onselect.emit(next);
            let target = if next == View::Compare {
                &compare_ref
            } else {
                &explore_ref
            };
            if let Some(tab) = target.cast::<HtmlElement>() {
                let _ = tab.focus();
            }
        })
    };
    let tab = |view: View, label: &'static str, panel: &'static str, node: &NodeRef| {
        let selected = props.view == view;
        let onclick = props.onselect.reform(move |_| view);
        html! {
            <button type="button" role="tab" ref={node.clone()} id={format!("{panel}-tab")}
                aria-selected={selected.to_string()} aria-controls={panel}
                tabindex={if selected { "0" } else { "-1" }} {onclick}>
                { label }
            </button>
        }
    };
    html! {
        <div class="rx-tabs" role="tablist" aria-label={text(lang, Key::Views)} {onkeydown}>
            { tab(View::Compare, text(lang, Key::Compare), COMPARE_PANEL, &compare_ref) }
            { tab(View::Explore, text(lang, Key::Explore), EXPLORE_PANEL, &explore_ref) }
        </div>
    }
}
