//! The keyboard shortcut help, opened with `?` or its button.

use super::use_interface::use_interface;
use crate::model::i18n::{text, Key};
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HelpOverlayProps {
    pub onclose: Callback<()>,
}

/// Each shortcut's keys, named in the reader's language, and what it does.
const SHORTCUTS: [(Key, Key); 5] = [
    (Key::KeysStep, Key::ShortcutStep),
    (Key::KeySpace, Key::ShortcutReveal),
    (Key::KeyQuiz, Key::ShortcutQuiz),
    (Key::KeyFullScreen, Key::ShortcutFullScreen),
    (Key::KeyHelp, Key::ShortcutHelp),
];

#[function_component]
pub fn HelpOverlay(props: &HelpOverlayProps) -> Html {
    let lang = use_interface().lang;
    let close = use_node_ref();
    {
        // Focus moves into the help so keyboard and screen-reader users land on it.
        let close = close.clone();
        use_effect_with((), move |_| {
            if let Some(button) = close.cast::<HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    html! {
        <div class="rx-help" role="dialog" aria-labelledby="rx-help-title">
            <h3 id="rx-help-title">{ text(lang, Key::Shortcuts) }</h3>
            <dl>
                { for SHORTCUTS.iter().map(|(keys, key)| html! {
                    <>
                        <dt><kbd>{ text(lang, *keys) }</kbd></dt>
                        <dd>{ text(lang, *key) }</dd>
                    </>
                }) }
            </dl>
            <button type="button" ref={close} onclick={props.onclose.reform(|_| ())}>{ text(lang, Key::Close) }</button>
        </div>
    }
}
