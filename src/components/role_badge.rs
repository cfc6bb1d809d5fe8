//! A role's label: a shape and its short name beside the colour, so colour is never the only signal.

use yew::prelude::*;

/// Shapes by role position, matched by the CSS palette.
const SHAPES: [&str; 4] = ["●", "■", "▲", "◆"];

#[derive(Properties, PartialEq)]
pub struct RoleBadgeProps {
    /// The role's position in the dataset (picks the colour and the shape).
    pub index: usize,
    pub short: AttrValue,
    pub name: AttrValue,
    /// Show the full name after the short label.
    #[prop_or(true)]
    pub full: bool,
}

#[function_component]
pub fn RoleBadge(props: &RoleBadgeProps) -> Html {
    let shape = SHAPES[props.index % SHAPES.len()];
    html! {
        <span class={classes!("role-badge", format!("role-{}", props.index % SHAPES.len()))}>
            <span class="role-shape" aria-hidden="true">{ shape }</span>
            <abbr class="role-short" title={props.name.clone()}>{ props.short.clone() }</abbr>
            if props.full {
                <span class="role-name">{ props.name.clone() }</span>
            }
        </span>
    }
}
