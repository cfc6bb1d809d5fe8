//! Shown instead of the explainer when the dataset cannot be used: never a blank box.

use crate::model::strings::EN;
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
    html! {
        <section class="rx-error" role="alert">
            <h2>{ EN.error_heading }</h2>
            <p>{ EN.error_hint }</p>
            <ul>
                { for props.problems.iter().map(|p| html! {
                    <li><code>{ p.to_string() }</code></li>
                }) }
            </ul>
        </section>
    }
}
