//! Shown instead of the explainer when the dataset cannot be used: never a blank box.

use super::use_lang::use_lang;
use crate::model::i18n::{text, Key};
use crate::model::validate::Problem;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    /// Every problem found, each with its JSON path.
    pub problems: Rc<Vec<Problem>>,
}

#[function_component]
pub fn ErrorPanel(props: &ErrorPanelProps) -> Html {
    let lang = use_lang();
    html! {
        <section class="rx-error" role="alert">
            <h2>{ text(lang, Key::ErrorHeading) }</h2>
            <p>{ text(lang, Key::ErrorHint) }</p>
            <ul>
                { for props.problems.iter().map(|p| html! {
                    <li><code>{ p.to_string() }</code></li>
                }) }
            </ul>
        </section>
    }
}
