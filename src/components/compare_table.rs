//! The side-by-side table: one column per role, one row per shown attribute.

use super::role_badge::RoleBadge;
use super::use_lang::use_lang;
use crate::model::dataset::{Dataset, Trait};
use crate::model::i18n::{text, Key, Lang};
use crate::model::presenter::Presenter;
use crate::model::selection::Selection;
use crate::model::strings::shared_badge;
use std::rc::Rc;
use web_sys::{Element, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareTableProps {
    pub dataset: Rc<Dataset>,
    pub selection: Selection,
    /// Which rows are revealed and current (everything revealed by default).
    #[prop_or_else(|| Presenter::new(0, false))]
    pub presenter: Presenter,
    /// Raised with the attribute index whose row the reader reveals.
    #[prop_or_default]
    pub onreveal: Callback<usize>,
}

fn trait_cell(lang: Lang, t: &Trait) -> Html {
    html! {
        <>
            <strong class="trait">{ t.text.clone() }</strong>
            <span class="why">{ t.why.clone() }</span>
            if let Some(section) = &t.section {
                <span class="section">{ format!("{}: {section}", text(lang, Key::FromSection)) }</span>
            }
        </>
    }
}

#[function_component]
pub fn CompareTable(props: &CompareTableProps) -> Html {
    let lang = use_lang();
    let d = &props.dataset;
    let table = use_node_ref();
    let current = props.presenter.current();
    {
        // Keep the current row in view while a presenter steps through the table.
        let table = table.clone();
        use_effect_with(current, move |current| {
            if current.is_some() {
                let row = table
                    .cast::<Element>()
                    .and_then(|t| t.query_selector("[aria-current]").ok().flatten());
                if let Some(row) = row {
                    let options = ScrollIntoViewOptions::new();
                    options.set_block(ScrollLogicalPosition::Nearest);
                    row.scroll_into_view_with_scroll_into_view_options(&options);
                }
            }
        });
    }
    // Hooks above, early returns below: Yew needs the same hooks on every render.
    if props.selection.shown_count() == 0 {
        return html! { <p class="rx-empty">{ text(lang, Key::NoRows) }</p> };
    }
    let columns = d.roles.len() + 1;
    let rows = d
        .attributes
        .iter()
        .enumerate()
        .filter(|(i, _)| props.selection.is_shown(*i));
    html! {
        <table class={classes!("rx-table", format!("cols-{columns}"))} ref={table}>
            <caption>{ d.title.clone() }</caption>
            <thead>
                <tr>
                    <th scope="col">{ text(lang, Key::Attribute) }</th>
                    { for d.roles.iter().enumerate().map(|(r, role)| html! {
                        <th scope="col" key={role.id.clone()}>
                            <RoleBadge index={r} short={role.short.clone()} name={role.name.clone()} />
                        </th>
                    }) }
                </tr>
            </thead>
            { for rows.map(|(i, attribute)| {
                let revealed = props.presenter.is_revealed(i);
                let is_current = current == Some(i);
                let hidden = || html! {
                    <span class="hidden-cell"><span aria-hidden="true">{ "?" }</span>
                        <span class="visually-hidden">{ text(lang, Key::Hidden) }</span></span>
                };
                let shared = attribute.shared.as_ref().filter(|_| revealed).map(|s| {
                    let names: Vec<&str> = s.roles.iter()
                        .filter_map(|id| d.roles.iter().find(|r| &r.id == id))
                        .map(|r| r.short.as_str())
                        .collect();
                    html! {
                        <tr class="shared-row">
                            <th scope="row" class="shared-label">{ shared_badge(lang, &names) }</th>
                            <td colspan={(columns - 1).to_string()}>{ trait_cell(lang, &s.text) }</td>
                        </tr>
                    }
                });
                html! {
                    <tbody key={attribute.id.clone()} data-attribute={attribute.id.clone()}
                        class={classes!(is_current.then_some("current"), (!revealed).then_some("unrevealed"))}>
                        <tr aria-current={is_current.then_some("true")}>
                            <th scope="row">
                                { attribute.name.clone() }
                                if !revealed {
                                    <button type="button" class="reveal" onclick={props.onreveal.reform(move |_| i)}
                                        aria-label={format!("{}: {}", text(lang, Key::Reveal), attribute.name)}>
                                        { text(lang, Key::Reveal) }
                                    </button>
                                }
                            </th>
                            { for d.roles.iter().enumerate().map(|(r, role)| html! {
                                <td key={role.id.clone()} class={format!("role-{r}")} data-role={role.short.clone()}>
                                    if revealed {
                                        { attribute.value_for(&role.id).map(|t| trait_cell(lang, t)).unwrap_or_default() }
                                    } else {
                                        { hidden() }
                                    }
                                </td>
                            }) }
                        </tr>
                        { shared.unwrap_or_default() }
                    </tbody>
                }
            }) }
        </table>
    }
}
