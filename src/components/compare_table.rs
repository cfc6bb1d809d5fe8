//! The side-by-side table: one column per role, one row per shown attribute.

use super::author_lang::AuthorLang;
use super::class_list::class_list;
use super::compare_row::CompareRow;
use super::role_badge::role_badge;
use crate::model::dataset::Dataset;
use crate::model::i18n::{text, Key, Lang};
use crate::model::presenter::Presenter;
use crate::model::selection::Selection;
use std::rc::Rc;
use yew::prelude::*;

/// What the table shows and raises.
pub struct CompareTable<'a> {
    pub dataset: &'a Rc<Dataset>,
    /// The dataset's language and direction where they differ from the interface's.
    pub author: &'a AuthorLang,
    pub selection: &'a Selection,
    /// Which rows are revealed and current.
    pub presenter: &'a Presenter,
    /// Raised with the attribute index whose row the reader reveals.
    pub onreveal: Callback<usize>,
}

impl CompareTable<'_> {
    /// A plain function, not a component: its rows are components that skip re-rendering
    /// when their own props did not change, and the table changes with the selection anyway.
    /// (The explainer keeps a presenter's current row in view.)
    pub fn view(&self, lang: Lang) -> Html {
        let d = self.dataset;
        let current = self.presenter.current();
        if self.selection.shown_count() == 0 {
            return html! { <p class="rx-empty">{ text(lang, Key::NoRows) }</p> };
        }
        let columns = d.roles.len() + 1;
        let rows = d
            .attributes
            .iter()
            .enumerate()
            .filter(|(i, _)| self.selection.is_shown(*i));
        html! {
            <table ~className={class_list(&["rx-table", &format!("cols-{columns}")])}>
                <caption><span lang={self.author.lang.clone()} dir={self.author.dir}>{ d.title.clone() }</span></caption>
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
                    <CompareRow key={attribute.id.clone()} {lang} dataset={d.clone()} author={self.author.clone()} index={i}
                        revealed={self.presenter.is_revealed(i)} current={current == Some(i)}
                        onreveal={self.onreveal.clone()} />
                }) }
            </table>
        }
    }
}
