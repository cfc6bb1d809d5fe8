//! Toggle chips above the compare table: one per attribute row, plus "All" and "None".

use super::use_lang::use_lang;
use crate::model::dataset::Dataset;
use crate::model::i18n::{text, Key};
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
    let lang = use_lang();
    let total = props.selection.attribute_count();
    let shown = props.selection.shown_count();
    html! {
        <div class="rx-chips" role="group" aria-label={text(lang, Key::ShowAttributes)}>
            <span class="rx-chips-label" aria-hidden="true">{ text(lang, Key::ShowAttributes) }</span>
            <button type="button" class="chip chip-all" disabled={shown == total}
                onclick={props.onall.reform(|_| true)}>{ text(lang, Key::All) }</button>
            <button type="button" class="chip chip-all" disabled={shown == 0}
                onclick={props.onall.reform(|_| false)}>{ text(lang, Key::None) }</button>
            { for props.dataset.attributes.iter().enumerate().map(|(i, attribute)| {
                let pressed = props.selection.is_shown(i);
                html! {
                    <button type="button" key={attribute.id.clone()} class="chip"
                        aria-pressed={pressed.to_string()}
                        onclick={props.ontoggle.reform(move |_| i)}>
                        <span class="chip-mark" aria-hidden="true">{ if pressed { "✓" } else { "+" } }</span>
                        { attribute.name.clone() }
                    </button>
                }
            }) }
        </div>
    }
}
