//! Toggle chips above the compare table: one per attribute row, plus "All" and "None".

use crate::model::dataset::Dataset;
use crate::model::selection::Selection;
use crate::model::strings::EN;
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
    let total = props.selection.attribute_count();
    let shown = props.selection.shown_count();
    html! {
        <div class="rx-chips" role="group" aria-label={EN.show_attributes}>
            <span class="rx-chips-label" aria-hidden="true">{ EN.show_attributes }</span>
            <button type="button" class="chip chip-all" disabled={shown == total}
                onclick={props.onall.reform(|_| true)}>{ EN.all }</button>
            <button type="button" class="chip chip-all" disabled={shown == 0}
                onclick={props.onall.reform(|_| false)}>{ EN.none }</button>
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
