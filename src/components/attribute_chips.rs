//! Toggle chips above the compare table: one per attribute row, plus "All" and "None". On a
//! narrow widget or in full screen they fold behind one button that says how many rows show,
//! so the table starts near the top of the screen.

use super::class_list::class_list;
use super::use_interface::use_interface;
use crate::model::dataset::Dataset;
use crate::model::i18n::{tag_dir, text, Key};
use crate::model::selection::Selection;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AttributeChipsProps {
    pub dataset: Rc<Dataset>,
    pub selection: Selection,
    /// Raised with the attribute index whose row should be shown or hidden.
    pub ontoggle: Callback<usize>,
    /// Raised with `true` for "All" and `false` for "None".
    pub onall: Callback<bool>,
}

#[function_component]
pub fn AttributeChips(props: &AttributeChipsProps) -> Html {
    let lang = use_interface().lang;
    // Whether the folded chips are open; only the narrow and full-screen layouts fold them.
    let open = use_state(|| false);
    let total = props.selection.attribute_count();
    let shown = props.selection.shown_count();
    let d = &props.dataset;
    let dir = tag_dir(&d.lang);
    html! {
        <div class="rx-rows">
            <button type="button" class="rows-toggle" aria-expanded={open.to_string()} aria-controls="rx-chips"
                onclick={{ let open = open.clone(); move |_| open.set(!*open) }}>
                { text(lang, Key::ShowAttributes) }
                <span class="rows-count">{ format!("{shown}/{total}") }</span>
                <span class="rows-caret" aria-hidden="true">{ if *open { "▴" } else { "▾" } }</span>
            </button>
            <div id="rx-chips" ~className={class_list(&["rx-chips", if *open { "open" } else { "" }])} role="group"
                aria-label={text(lang, Key::ShowAttributes)}>
                <span class="rx-chips-label" aria-hidden="true">{ text(lang, Key::ShowAttributes) }</span>
                <button type="button" class="chip chip-all" disabled={shown == total}
                    onclick={props.onall.reform(|_| true)}>{ text(lang, Key::All) }</button>
                <button type="button" class="chip chip-all" disabled={shown == 0}
                    onclick={props.onall.reform(|_| false)}>{ text(lang, Key::None) }</button>
                { for d.attributes.iter().enumerate().map(|(i, attribute)| {
                    let pressed = props.selection.is_shown(i);
                    html! {
                        <button type="button" key={attribute.id.clone()} class="chip"
                            aria-pressed={pressed.to_string()}
                            onclick={props.ontoggle.reform(move |_| i)}>
                            <span class="chip-mark" aria-hidden="true">{ if pressed { "✓" } else { "+" } }</span>
                            <span lang={d.lang.clone()} {dir}>{ attribute.name.clone() }</span>
                        </button>
                    }
                }) }
            </div>
        </div>
    }
}
