//! One attribute's rows of the compare table.

use super::author_lang::AuthorLang;
use super::class_list::class_list;
use crate::model::dataset::{Dataset, Trait};
use crate::model::i18n::{text, Key, Lang};
use crate::model::strings::{labelled, shared_badge};
use std::rc::Rc;
use yew::prelude::*;

/// One attribute's rows. A component of its own, so rows whose props did not change skip
/// re-rendering when a chip or the presenter changes another row.
#[derive(Properties, PartialEq)]
pub struct CompareRowProps {
    /// The interface language (required: a row that forgot it would silently show English).
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    /// The dataset's language and direction where they differ from the interface's.
    pub author: AuthorLang,
    /// The attribute's position in the dataset.
    pub index: usize,
    /// Hidden rows show a "?" and a Reveal button (guess, then reveal).
    pub revealed: bool,
    /// The row a presenter is on.
    pub current: bool,
    /// Raised with the attribute index when the reader reveals the row.
    pub onreveal: Callback<usize>,
}

#[function_component]
pub fn CompareRow(props: &CompareRowProps) -> Html {
    let lang = props.lang;
    let d = &props.dataset;
    let (i, revealed, is_current) = (props.index, props.revealed, props.current);
    let Some(attribute) = d.attributes.get(i) else {
        return Html::default();
    };
    let columns = d.roles.len() + 1;
    let content = &props.author;
    let hidden = || {
        html! {
            <span class="hidden-cell"><span aria-hidden="true">{ "?" }</span>
                <span class="visually-hidden">{ text(lang, Key::Hidden) }</span></span>
        }
    };
    let shared = attribute.shared.as_ref().filter(|_| revealed).map(|s| {
        let names: Vec<&str> = s
            .roles
            .iter()
            .filter_map(|id| d.roles.iter().find(|r| &r.id == id))
            .map(|r| r.short.as_str())
            .collect();
        html! {
            <tr class="shared-row">
                <th scope="row" class="shared-label">{ shared_badge(lang, &names) }</th>
                <td colspan={(columns - 1).to_string()}>{ trait_cell(lang, content, &s.text) }</td>
            </tr>
        }
    });
    html! {
        <tbody data-attribute={attribute.id.clone()}
            ~className={class_list(&[if is_current { "current" } else { "" }, if revealed { "" } else { "unrevealed" }])}>
            <tr aria-current={is_current.then_some("true")}>
                <th scope="row">
                    <span class="attr-name" lang={content.lang.clone()} dir={content.dir}>{ attribute.name.clone() }</span>
                    if !revealed {
                        <button type="button" class="reveal" onclick={props.onreveal.reform(move |_| i)}
                            aria-label={labelled(lang, text(lang, Key::Reveal), &attribute.name)}>
                            { text(lang, Key::Reveal) }
                        </button>
                    }
                </th>
                { for d.roles.iter().enumerate().map(|(r, role)| html! {
                    <td key={role.id.clone()} ~className={class_list(&[&format!("role-{r}")])} data-role={role.short.clone()}>
                        if revealed {
                            { attribute.value_for(&role.id).map(|t| trait_cell(lang, content, t)).unwrap_or_default() }
                        } else {
                            { hidden() }
                        }
                    </td>
                }) }
            </tr>
            { shared.unwrap_or_default() }
        </tbody>
    }
}

fn trait_cell(lang: Lang, content: &AuthorLang, t: &Trait) -> Html {
    html! {
        <>
            <strong class="trait" lang={content.lang.clone()} dir={content.dir}>{ t.text.clone() }</strong>
            <span class="why" lang={content.lang.clone()} dir={content.dir}>{ t.why.clone() }</span>
            if let Some(section) = &t.section {
                <span class="section">{ labelled(lang, text(lang, Key::FromSection), "") }
                    <span lang={content.lang.clone()} dir={content.dir}>{ section.clone() }</span></span>
            }
        </>
    }
}
