//! The side-by-side table: one column per role, one row per shown attribute.

use super::role_badge::RoleBadge;
use super::use_lang::use_lang;
use crate::model::dataset::{Dataset, Trait};
use crate::model::i18n::{text, Key, Lang};
use crate::model::selection::Selection;
use crate::model::strings::shared_badge;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareTableProps {
    pub dataset: Rc<Dataset>,
    pub selection: Selection,
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
        <table class={classes!("rx-table", format!("cols-{columns}"))}>
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
            { for rows.map(|(_, attribute)| {
                let shared = attribute.shared.as_ref().map(|s| {
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
                    <tbody key={attribute.id.clone()} data-attribute={attribute.id.clone()}>
                        <tr>
                            <th scope="row">{ attribute.name.clone() }</th>
                            { for d.roles.iter().enumerate().map(|(r, role)| html! {
                                <td key={role.id.clone()} class={format!("role-{r}")} data-role={role.short.clone()}>
                                    { attribute.value_for(&role.id).map(|t| trait_cell(lang, t)).unwrap_or_default() }
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
