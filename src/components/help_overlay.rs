//! The keyboard shortcut help, opened with `?` or its button.

use crate::model::i18n::{text, Key, Lang};
use yew::prelude::*;

/// Each shortcut's keys, named in the reader's language, and what it does.
const SHORTCUTS: [(Key, Key); 5] = [
    (Key::KeysStep, Key::ShortcutStep),
    (Key::KeySpace, Key::ShortcutReveal),
    (Key::KeyQuiz, Key::ShortcutQuiz),
    (Key::KeyFullScreen, Key::ShortcutFullScreen),
    (Key::KeyHelp, Key::ShortcutHelp),
];

/// The help panel. A plain function, not a component: the explainer owns the focus moves
/// (into `close` on opening, back to the opener on closing), and a component type of its own
/// would cost the wasm a copy of Yew's lifecycle code.
pub fn help_overlay(lang: Lang, close: NodeRef, onclose: Callback<MouseEvent>) -> Html {
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
            <button type="button" ref={close} onclick={onclose}>{ text(lang, Key::Close) }</button>
        </div>
    }
}
