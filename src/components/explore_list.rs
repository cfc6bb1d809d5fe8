//! The explore view: a trait picker per attribute and the verdict they add up to.

use super::author_lang::AuthorLang;
use super::trait_picker::TraitPicker;
use super::verdict_panel::verdict_panel;
use crate::model::dataset::Dataset;
use crate::model::i18n::{text, Key, Lang};
use crate::model::selection::{Pick, Selection};
use crate::model::verdict::Verdict;
use std::rc::Rc;
use yew::prelude::*;

/// What the explore view shows and raises.
pub struct ExploreList<'a> {
    pub dataset: &'a Rc<Dataset>,
    /// The dataset's language and direction where they differ from the interface's.
    pub author: &'a AuthorLang,
    pub selection: &'a Selection,
    /// The verdict of the picks, computed by the model's transition.
    pub verdict: &'a Verdict,
    /// Raised with the attribute index and the trait picked for it.
    pub onpick: &'a Callback<(usize, Pick)>,
    pub onclear: Callback<()>,
}

impl ExploreList<'_> {
    /// A plain function, not a component: it has no state, and its pickers are components
    /// that skip re-rendering when their own props did not change.
    pub fn view(&self, lang: Lang) -> Html {
        let d = self.dataset;
        html! {
            <div class="rx-explore">
                <p class="hint">{ text(lang, Key::ExploreHint) }</p>
                <ol class="pickers">
                    { for d.attributes.iter().enumerate().map(|(i, attribute)| html! {
                        <TraitPicker key={attribute.id.clone()} {lang} dataset={d.clone()} author={self.author.clone()} index={i}
                            picked={self.selection.picked(i)}
                            onpick={self.onpick.clone()} />
                    }) }
                </ol>
                <div class="rx-verdict-wrap">
                    { verdict_panel(lang, d, self.verdict) }
                    <button type="button" class="clear" disabled={self.selection.picked_count() == 0}
                        onclick={self.onclear.reform(|_| ())}>{ text(lang, Key::ClearPicks) }</button>
                </div>
            </div>
        }
    }
}
