//! The side-by-side table: one column per role, one row per shown attribute.

use super::class_list::class_list;
use super::compare_row::CompareRow;
use super::role_badge::role_badge;
use super::use_interface::use_interface;
use crate::model::dataset::Dataset;
use crate::model::i18n::{tag_dir, text, Key};
use crate::model::presenter::Presenter;
use crate::model::selection::Selection;
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

#[function_component]
pub fn CompareTable(props: &CompareTableProps) -> Html {
    let lang = use_interface().lang;
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
        <table ~className={class_list(&["rx-table", &format!("cols-{columns}")])} ref={table}>
            <caption><span lang={d.lang.clone()} dir={tag_dir(&d.lang)}>{ d.title.clone() }</span></caption>
            // Fixed column widths: switching rows on and off never moves a column.
            <colgroup>
                <col class="col-attribute" />
                { for d.roles.iter().map(|_| html! { <col class="col-role" /> }) }
            </colgroup>
            <thead>
                <tr>
                    <th scope="col">{ text(lang, Key::Attribute) }</th>
                    { for d.roles.iter().enumerate().map(|(r, role)| html! {
                        <th scope="col" key={role.id.clone()}>
                            { role_badge(r, &role.short, &role.name, true) }
                        </th>
                    }) }
                </tr>
            </thead>
            { for rows.map(|(i, attribute)| html! {
                <CompareRow key={attribute.id.clone()} dataset={d.clone()} index={i}
                    revealed={props.presenter.is_revealed(i)} current={current == Some(i)}
                    onreveal={props.onreveal.clone()} />
            }) }
        </table>
    }
}
