//! One attribute in the explore view: a toggle button per trait, and a badge naming the
//! role of the picked trait.

use super::aria_bool::aria_bool;
use super::author_lang::AuthorLang;
use super::class_list::class_list;
use super::role_badge::role_badge;
use crate::model::dataset::{Attribute, Dataset};
use crate::model::i18n::{text, Key, Lang};
use crate::model::selection::{options, roles_of, Pick};
use crate::model::strings::shared_badge;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TraitPickerProps {
    /// The interface language (required: a row that forgot it would silently show English).
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    /// The dataset's language and direction where they differ from the interface's.
    pub author: AuthorLang,
    pub index: usize,
    pub picked: Option<Pick>,
    /// Raised with this attribute's index and the pick the reader pressed (pressing the
    /// picked one again clears it). The same callback serves every picker.
    pub onpick: Callback<(usize, Pick)>,
}

fn badge(lang: Lang, dataset: &Dataset, attribute: &Attribute, pick: Option<Pick>) -> Html {
    match pick {
        // The three answers take one place in turn, so all three set their classes the same way
        // (see class_list).
        None => html! {
            <span ~className={class_list(&["pick-badge", "none"])}>{ text(lang, Key::NotPicked) }</span>
        },
        Some(Pick::Role(r)) => match dataset.roles.get(r) {
            Some(role) => html! {
                { role_badge(r, &role.short, &role.name, true) }
            },
            None => Html::default(),
        },
        Some(Pick::Shared) => {
            let names: Vec<&str> = roles_of(dataset, attribute, Pick::Shared)
                .into_iter()
                .filter_map(|r| dataset.roles.get(r).map(|role| role.name.as_str()))
                .collect();
            html! {
                <span ~className={class_list(&["pick-badge", "shared"])}>{ shared_badge(lang, &names) }</span>
            }
        }
    }
}

#[function_component]
pub fn TraitPicker(props: &TraitPickerProps) -> Html {
    let lang = props.lang;
    let Some(attribute) = props.dataset.attributes.get(props.index) else {
        return Html::default();
    };
    let index = props.index;
    let heading_id = format!("rx-q-{}", attribute.id);
    let question = attribute
        .question
        .clone()
        .unwrap_or_else(|| attribute.name.clone());
    let opts = options(&props.dataset, attribute);
    let why = props
        .picked
        .and_then(|p| opts.iter().find(|(o, _)| *o == p))
        .map(|(_, t)| t.why.clone());
    let AuthorLang {
        lang: content_lang,
        dir,
    } = props.author.clone();
    html! {
        <li class="rx-picker"><div role="group" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id} lang={content_lang.clone()} {dir}>
                <span class="attr-name">{ attribute.name.clone() }</span>
                <span class="attr-question">{ question }</span>
            </h3>
            <div class="options" lang={content_lang.clone()} {dir}>
                { for opts.iter().map(|(pick, t)| {
                    let pick = *pick;
                    let pressed = props.picked == Some(pick);
                    html! {
                        <button type="button" class="option" aria-pressed={aria_bool(pressed)}
                            onclick={props.onpick.reform(move |_| (index, pick))}>
                            { t.text.clone() }
                        </button>
                    }
                }) }
            </div>
            <p class="pick-result">
                { badge(lang, &props.dataset, attribute, props.picked) }
                if let Some(why) = why { <span class="why" lang={content_lang} {dir}>{ why }</span> }
            </p>
        </div></li>
    }
}
