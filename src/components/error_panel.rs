//! Shown instead of the explainer when the dataset cannot be used: never a blank box.

use crate::model::i18n::{text, Key, Lang};
use crate::model::validate::Problem;
use yew::prelude::*;

/// Every problem found, each with its JSON path. A plain function (no state of its own).
pub fn error_panel(lang: Lang, problems: &[Problem]) -> Html {
    html! {
        <section class="rx-error" role="alert">
            <h2>{ text(lang, Key::ErrorHeading) }</h2>
            <p>{ text(lang, Key::ErrorHint) }</p>
            <ul>
                { for problems.iter().map(|p| html! {
                    <li><code>{ p.to_string() }</code></li>
                }) }
            </ul>
        </section>
    }
}
