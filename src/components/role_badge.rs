//! A role's label: a shape and its short name beside the colour, so colour is never the only signal.

use super::class_list::class_list;
use yew::prelude::*;

/// Shapes by role position, matched by the CSS palette.
const SHAPES: [&str; 4] = ["●", "■", "▲", "◆"];

/// The badge for the role at `index` (picks the colour and the shape); `full` adds the
/// full name after the short label. A plain function, not a component: it has no state,
/// and each component type costs the wasm its own copy of Yew's lifecycle code.
pub fn role_badge(index: usize, short: &str, name: &str, full: bool) -> Html {
    let shape = SHAPES[index % SHAPES.len()];
    html! {
        <span ~className={class_list(&["role-badge", &format!("role-{}", index % SHAPES.len())])}>
            <span class="role-shape" aria-hidden="true">{ shape }</span>
            <abbr class="role-short" title={name.to_owned()}>{ short.to_owned() }</abbr>
            if full {
                <span class="role-name">{ name.to_owned() }</span>
            }
        </span>
    }
}
