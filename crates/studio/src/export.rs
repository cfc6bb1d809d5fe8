//! Export: the dataset file, and each kind of embed code in a read-only box with a Copy
//! button. Nothing is offered while the draft has problems; the reason is shown instead.

use crate::browser;
use role_explainer::model::dataset::Dataset;
use role_explainer::model::embed_code::{hugo_fence, iframe, mdbook_fence, snippet};
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    /// The dataset and its JSON, when the draft is valid.
    pub valid: Option<(Rc<Dataset>, AttrValue)>,
    pub problems: usize,
    /// The preview's mode, which the embeds carry.
    pub mode: AttrValue,
}

#[derive(Properties, PartialEq)]
struct CodeProps {
    id: AttrValue,
    label: AttrValue,
    /// The Copy button's text ("Copy embed code").
    copy: AttrValue,
    hint: AttrValue,
    code: Option<AttrValue>,
    reason: AttrValue,
}

/// One piece of code to copy: shown in a labelled read-only box, so it can also be selected.
#[function_component]
fn Code(props: &CodeProps) -> Html {
    let status = use_state(String::new);
    let area = use_node_ref();
    let copy = {
        let status = status.clone();
        let area = area.clone();
        let code = props.code.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(code) = code.clone() else { return };
            let status = status.clone();
            let area = area.clone();
            spawn_local(async move {
                match browser::copy_text(&code).await {
                    Ok(()) => status.set("Copied.".into()),
                    Err(_) => {
                        // No clipboard access: select the text for Ctrl+C instead.
                        if let Some(a) = area.cast::<HtmlTextAreaElement>() {
                            let _ = a.focus();
                            a.select();
                        }
                        status.set("Selected: press Ctrl+C (⌘C) to copy.".into());
                    }
                }
            });
        })
    };
    let hint_id = format!("{}-hint", props.id);
    let status_id = format!("{}-status", props.id);
    html! {
        <div class="export-code">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <p class="field-hint" id={hint_id.clone()}>{ props.hint.clone() }</p>
            <textarea id={props.id.clone()} ref={area} readonly=true rows="6" spellcheck="false"
                aria-describedby={hint_id.clone()}
                value={props.code.clone().unwrap_or_default()}
                placeholder={props.reason.clone()} />
            <div class="inline">
                <button type="button" onclick={copy} disabled={props.code.is_none()}
                    aria-describedby={if props.code.is_none() { "export-reason".to_string() } else { status_id.clone() }}>
                    { props.copy.clone() }
                </button>
                <span class="copy-status" id={status_id} role="status">{ (*status).clone() }</span>
            </div>
        </div>
    }
}

#[function_component]
pub fn Export(props: &ExportProps) -> Html {
    let src = use_state(|| browser::beside_page("role-explainer.js"));
    let dataset_url = use_state(String::new);
    let on_src = {
        let src = src.clone();
        Callback::from(move |e: InputEvent| {
            src.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_url = {
        let dataset_url = dataset_url.clone();
        Callback::from(move |e: InputEvent| {
            dataset_url.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let mut attributes: Vec<(&str, String)> = Vec::new();
    match props.mode.as_str() {
        "explore" | "quiz" => attributes.push(("mode", props.mode.to_string())),
        "reveal" => attributes.push(("reveal", String::new())),
        _ => {}
    }
    let reason = if props.problems == 1 {
        "Fix the 1 problem above to export.".to_string()
    } else {
        format!("Fix the {} problems above to export.", props.problems)
    };
    let file_name = props
        .valid
        .as_ref()
        .map(|(d, _)| format!("{}.json", d.id))
        .unwrap_or_else(|| "dataset.json".into());
    let url = if dataset_url.trim().is_empty() {
        browser::beside_page(&file_name)
    } else {
        dataset_url.trim().to_string()
    };
    let codes = props.valid.as_ref().map(|(dataset, json)| {
        let hugo_settings: Vec<(&str, String)> = attributes
            .iter()
            .map(|(k, v)| {
                (
                    *k,
                    if v.is_empty() {
                        "true".into()
                    } else {
                        v.clone()
                    },
                )
            })
            .collect();
        (
            snippet(&src, None, &attributes, Some(json), dataset, false),
            iframe(&src, &url, &attributes, &dataset.title),
            hugo_fence(json, &hugo_settings),
            mdbook_fence(json),
        )
    });
    let pick = |i: usize| -> Option<AttrValue> {
        codes.as_ref().map(|c| {
            AttrValue::from(match i {
                0 => c.0.clone(),
                1 => c.1.clone(),
                2 => c.2.clone(),
                _ => c.3.clone(),
            })
        })
    };
    let download = props.valid.as_ref().map(|(_, json)| {
        format!(
            "data:application/json;charset=utf-8,{}",
            String::from(js_sys::encode_uri_component(json))
        )
    });
    html! {
        <section class="export" aria-labelledby="export-title">
            <h2 id="export-title">{ "Export" }</h2>
            if props.valid.is_none() {
                <p class="export-reason" id="export-reason" role="status">{ reason.clone() }</p>
            } else {
                <p class="export-ready" id="export-reason" role="status">{ "No problems: ready to export." }</p>
            }
            <div class="export-settings">
                <div class="field">
                    <label for="export-src">{ "Address of role-explainer.js" }</label>
                    <input id="export-src" type="url" value={(*src).clone()} oninput={on_src} aria-describedby="export-src-hint" />
                    <p class="field-hint" id="export-src-hint">{ "Where you host the widget's files (make dist). The preview's mode goes into the code too." }</p>
                </div>
            </div>
            <div class="export-download">
                if let Some(href) = download {
                    <a class="button" href={href} download={file_name.clone()}>{ format!("Download {file_name}") }</a>
                } else {
                    <button type="button" disabled=true aria-describedby="export-reason">{ "Download dataset JSON" }</button>
                }
            </div>
            <Code id="export-embed" label="Embed code" copy="Copy embed code" code={pick(0)} reason={reason.clone()}
                hint="Paste into any HTML page: the script, the widget with your comparison inside, and a plain table for readers without JavaScript." />
            <div class="field">
                <label for="export-dataset-url">{ "Address of your dataset file (for the iframe)" }</label>
                <input id="export-dataset-url" type="url" value={(*dataset_url).clone()} oninput={on_url}
                    placeholder={browser::beside_page(&file_name)} aria-describedby="export-dataset-url-hint" />
                <p class="field-hint" id="export-dataset-url-hint">{ "An iframe cannot carry the comparison inside it: upload the downloaded JSON and give its address here." }</p>
            </div>
            <Code id="export-iframe" label="Iframe embed" copy="Copy iframe embed" code={pick(1)} reason={reason.clone()}
                hint="For sites that strip scripts from posts (Medium, Substack, some WordPress roles)." />
            <Code id="export-hugo" label="Hugo block" copy="Copy Hugo block" code={pick(2)} reason={reason.clone()}
                hint="For a Hugo site with the role-explainer module (integrations/hugo): paste into a page's Markdown." />
            <Code id="export-mdbook" label="mdBook block" copy="Copy mdBook block" code={pick(3)} reason={reason}
                hint="For an mdBook with the mdbook-role-explainer preprocessor: paste into a chapter." />
        </section>
    }
}
