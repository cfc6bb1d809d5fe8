//! The explore view: a trait picker per attribute and the verdict they add up to.

use super::trait_picker::TraitPicker;
use super::use_lang::use_lang;
use super::verdict_panel::VerdictPanel;
use crate::model::dataset::Dataset;
use crate::model::i18n::{text, Key};
use crate::model::selection::{Pick, Selection};
use crate::model::verdict::Verdict;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExploreListProps {
    pub dataset: Rc<Dataset>,
    pub selection: Selection,
    /// The verdict of the picks, computed by the model's transition.
    pub verdict: Rc<Verdict>,
    /// Raised with the attribute index and the trait picked for it.
    pub onpick: Callback<(usize, Pick)>,
    pub onclear: Callback<()>,
}

#[function_component]
pub fn ExploreList(props: &ExploreListProps) -> Html {
    let lang = use_lang();
    html! {
        <div class="rx-explore">
            <p class="hint">{ text(lang, Key::ExploreHint) }</p>
            <ol class="pickers">
                { for props.dataset.attributes.iter().enumerate().map(|(i, attribute)| html! {
                    <TraitPicker key={attribute.id.clone()} dataset={props.dataset.clone()} index={i}
                        picked={props.selection.picked(i)}
                        onpick={props.onpick.clone()} />
                }) }
            </ol>
            <div class="rx-verdict-wrap">
                <VerdictPanel dataset={props.dataset.clone()} verdict={(*props.verdict).clone()} />
                <button type="button" class="clear" disabled={props.selection.picked_count() == 0}
                    onclick={props.onclear.reform(|_| ())}>{ text(lang, Key::ClearPicks) }</button>
            </div>
        </div>
    }
}
