//! Toggle chips above the compare table: one per attribute row, plus "All" and "None". On a
//! narrow widget or in full screen they fold behind one button that says how many rows show,
//! so the table starts near the top of the screen.

use super::aria_bool::aria_bool;
use super::author_lang::AuthorLang;
use super::class_list::class_list;
use crate::model::dataset::Dataset;
use crate::model::i18n::{text, Key, Lang};
use crate::model::selection::Selection;
use yew::prelude::*;

/// What the chips show and raise.
pub struct AttributeChips<'a> {
    pub dataset: &'a Dataset,
    /// The dataset's language and direction where they differ from the interface's.
    pub author: &'a AuthorLang,
    pub selection: &'a Selection,
    /// Whether the folded chips are open.
    pub open: bool,
    /// Opens or closes the folded chips.
    pub onfold: Callback<()>,
    /// Raised with the attribute index whose row should be shown or hidden.
    pub ontoggle: Callback<usize>,
    /// Raised with `true` for "All" and `false` for "None".
    pub onall: Callback<bool>,
}

impl AttributeChips<'_> {
    /// A plain function, not a component: the chips change with every toggle anyway, and a
    /// component type of its own would cost the wasm a copy of Yew's lifecycle.
    pub fn view(&self, lang: Lang) -> Html {
        let (d, selection, open) = (self.dataset, self.selection, self.open);
        let total = selection.attribute_count();
        let shown = selection.shown_count();
        html! {
            <div class="rx-rows">
                <button type="button" class="rows-toggle" aria-expanded={aria_bool(open)} aria-controls="rx-chips"
                    onclick={self.onfold.reform(|_| ())}>
                    { text(lang, Key::ShowAttributes) }
                    <span class="rows-count">{ format!("{shown}/{total}") }</span>
                    <span class="rows-caret" aria-hidden="true">{ if open { "▴" } else { "▾" } }</span>
                </button>
                <div id="rx-chips" ~className={class_list(&["rx-chips", if open { "open" } else { "" }])} role="group"
                    aria-label={text(lang, Key::ShowAttributes)}>
                    <span class="rx-chips-label" aria-hidden="true">{ text(lang, Key::ShowAttributes) }</span>
                    <button type="button" class="chip chip-all" disabled={shown == total}
                        onclick={self.onall.reform(|_| true)}>{ text(lang, Key::All) }</button>
                    <button type="button" class="chip chip-all" disabled={shown == 0}
                        onclick={self.onall.reform(|_| false)}>{ text(lang, Key::None) }</button>
                    { for d.attributes.iter().enumerate().map(|(i, attribute)| {
                        let pressed = selection.is_shown(i);
                        html! {
                            <button type="button" key={attribute.id.clone()} class="chip"
                                aria-pressed={aria_bool(pressed)}
                                onclick={self.ontoggle.reform(move |_| i)}>
                                <span class="chip-mark" aria-hidden="true">{ if pressed { "✓" } else { "+" } }</span>
                                <span lang={self.author.lang.clone()} dir={self.author.dir}>{ attribute.name.clone() }</span>
                            </button>
                        }
                    }) }
                </div>
            </div>
        }
    }
}
