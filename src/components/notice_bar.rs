//! Notices about embed settings the widget had to ignore; the widget still works below them.

use crate::model::i18n::{text, Key, Lang};
use crate::model::validate::Problem;
use yew::prelude::*;

/// The notices, or nothing when there are none. A plain function (no state of its own).
pub fn notice_bar(lang: Lang, notices: &[Problem]) -> Html {
    if notices.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="rx-notices" role="note" aria-label={text(lang, Key::SettingsIgnored)}>
            { for notices.iter().map(|n| html! { <li><code>{ n.to_string() }</code></li> }) }
        </ul>
    }
}
