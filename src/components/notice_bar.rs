//! Notices about embed settings the widget had to ignore; the widget still works below them.

use crate::model::validate::Problem;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    pub notices: Rc<Vec<Problem>>,
}

#[function_component]
pub fn NoticeBar(props: &NoticeBarProps) -> Html {
    if props.notices.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="rx-notices" role="note" aria-label="Settings ignored">
            { for props.notices.iter().map(|n| html! { <li><code>{ n.to_string() }</code></li> }) }
        </ul>
    }
}
