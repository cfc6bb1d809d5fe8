//! Notices about embed settings the widget had to ignore; the widget still works below them.

use super::use_lang::use_lang;
use crate::model::i18n::{text, Key};
use crate::model::validate::Problem;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    pub notices: Rc<Vec<Problem>>,
}

#[function_component]
pub fn NoticeBar(props: &NoticeBarProps) -> Html {
    let lang = use_lang();
    if props.notices.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="rx-notices" role="note" aria-label={text(lang, Key::SettingsIgnored)}>
            { for props.notices.iter().map(|n| html! { <li><code>{ n.to_string() }</code></li> }) }
        </ul>
    }
}
