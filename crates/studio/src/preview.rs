//! The live preview: the real `<role-explainer>` element (loaded by the page from
//! role-explainer.js), with the draft inline as its JSON child, in the chosen mode, theme and
//! width. It shows the last valid version while the draft has problems.

use yew::prelude::*;

pub const MODES: [(&str, &str); 4] = [
    ("compare", "Compare"),
    ("explore", "Explore"),
    ("quiz", "Quiz"),
    ("reveal", "Reveal"),
];
pub const THEMES: [(&str, &str); 3] = [
    ("light", "Light"),
    ("dark", "Dark"),
    ("contrast", "Contrast"),
];
pub const WIDTHS: [(&str, &str); 2] = [("phone", "Phone"), ("desktop", "Desktop")];

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The last valid dataset JSON, if there has been one.
    pub json: Option<AttrValue>,
    pub current: bool,
    pub mode: AttrValue,
    pub theme: AttrValue,
    pub width: AttrValue,
    pub onmode: Callback<AttrValue>,
    pub ontheme: Callback<AttrValue>,
    pub onwidth: Callback<AttrValue>,
}

/// A row of radio buttons (a real radio group: arrow keys move within it).
fn choice(
    legend: &str,
    name: &'static str,
    options: &[(&'static str, &'static str)],
    current: &AttrValue,
    on: &Callback<AttrValue>,
) -> Html {
    html! {
        <fieldset class="segmented">
            <legend>{ legend }</legend>
            { for options.iter().map(|(value, label)| {
                let on = on.clone();
                let value = *value;
                html! {
                    <label class={classes!((current.as_str() == value).then_some("checked"))}>
                        <input type="radio" {name} {value} checked={current.as_str() == value}
                            onchange={Callback::from(move |_: Event| on.emit(AttrValue::from(value)))} />
                        { *label }
                    </label>
                }
            }) }
        </fieldset>
    }
}

#[function_component]
pub fn Preview(props: &PreviewProps) -> Html {
    let host = use_node_ref();
    {
        let host = host.clone();
        let deps = (props.json.clone(), props.mode.clone(), props.theme.clone());
        use_effect_with(deps, move |(json, mode, theme)| {
            let Some(host) = host.cast::<web_sys::Element>() else {
                return;
            };
            let Some(json) = json else {
                return;
            };
            let Some(document) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            let reveal = mode.as_str() == "reveal";
            // A live widget keeps its rows shown when `reveal` is added: a fresh element
            // starts hidden, as a reader's page would.
            let existing = host
                .first_element_child()
                .filter(|e| e.has_attribute("reveal") == reveal);
            if existing.is_none() {
                host.set_text_content(None);
            }
            let element = match existing {
                Some(e) => e,
                None => {
                    let Ok(e) = document.create_element("role-explainer") else {
                        return;
                    };
                    let _ = e.set_attribute("eager", "");
                    let _ = e.set_attribute("presenting", "off");
                    if reveal {
                        let _ = e.set_attribute("reveal", "");
                    }
                    if let Ok(script) = document.create_element("script") {
                        let _ = script.set_attribute("type", "application/json");
                        let _ = e.append_child(&script);
                    }
                    let _ = host.append_child(&e);
                    e
                }
            };
            if let Some(script) = element.first_element_child() {
                // Text content, never HTML: the element reads it as JSON.
                script.set_text_content(Some(json));
            }
            let _ = element.set_attribute("theme", theme);
            let mode = if reveal { "compare" } else { mode.as_str() };
            // Setting an attribute, even to its value, makes the element read its dataset again.
            let _ = element.set_attribute("mode", mode);
        });
    }
    html! {
        <section class="preview" aria-labelledby="preview-title">
            <h2 id="preview-title">{ "Preview" }</h2>
            <div class="preview-controls">
                { choice("Mode", "preview-mode", &MODES, &props.mode, &props.onmode) }
                { choice("Theme", "preview-theme", &THEMES, &props.theme, &props.ontheme) }
                { choice("Width", "preview-width", &WIDTHS, &props.width, &props.onwidth) }
            </div>
            if props.json.is_none() {
                <p class="preview-empty">{ "The preview appears as soon as the comparison has no problems left." }</p>
            } else if !props.current {
                <p class="preview-stale" role="status">{ "The preview shows your last version without problems; fix the problems to see your latest changes." }</p>
            }
            <div class={classes!("preview-frame", format!("preview-{}", props.width), format!("preview-theme-{}", props.theme))}>
                <div class="preview-host" ref={host}></div>
            </div>
        </section>
    }
}
