//! The studio page: start (import), problems, details, grid and export on the left; the live
//! preview on the right (below on a phone). The draft is saved in this browser on every change,
//! undo and redo work by button and by Ctrl+Z / Ctrl+Shift+Z, and the share link carries the
//! whole draft in its hash.

use crate::browser;
use crate::editor::{Details, FieldProblems, Grid};
use crate::export::Export;
use crate::import::{open_file, Import};
use crate::preview::Preview;
use crate::state::{Action, Notice, Studio, Tone, STORAGE_KEY};
use role_explainer::model::share_link::{read_share_hash, share_hash};
use role_explainer::model::studio_draft::{field_dom_id, field_for_problem, Draft, Edit};
use role_explainer::model::validate::{parse_dataset, Problem, MAX_BYTES};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{DragEvent, KeyboardEvent};
use yew::prelude::*;

/// Opens the draft in the page's hash (`#data=v1.…`), if there is one.
fn open_share_link(dispatch: UseReducerDispatcher<Studio>) {
    let hash = browser::window().location().hash().unwrap_or_default();
    if hash.len() <= 1 {
        return;
    }
    let refuse = move |dispatch: &UseReducerDispatcher<Studio>, problems: Vec<Problem>| {
        dispatch.dispatch(Action::Notice(Some(Notice::problems(
            "This link could not be opened; the work saved in this browser is unchanged.",
            &problems,
        ))));
    };
    let bytes = match read_share_hash(&hash) {
        Ok(bytes) => bytes,
        Err(problem) => return refuse(&dispatch, vec![problem]),
    };
    spawn_local(async move {
        let text = match browser::decompress(&bytes, MAX_BYTES).await {
            Ok(text) => text,
            Err(_) => {
                return refuse(
                    &dispatch,
                    vec![Problem {
                        path: "link".into(),
                        message: "its data is damaged or cut short; copy the link again, whole"
                            .into(),
                    }],
                )
            }
        };
        match Draft::from_json(&text) {
            Ok(draft) => {
                browser::clear_hash();
                dispatch.dispatch(Action::Replace(
                    draft,
                    Notice::done(
                        "Opened the comparison from the link. Undo brings back what you had.",
                    ),
                ));
            }
            Err(problems) => refuse(&dispatch, problems),
        }
    });
}

#[function_component]
pub fn App() -> Html {
    let studio = use_reducer(Studio::restored);
    let dispatch = studio.dispatcher();
    let draft: Rc<Draft> = studio.draft().clone();
    let checked = use_memo(draft.clone(), |draft| {
        let json = draft.to_json();
        let result = parse_dataset(&json);
        (AttrValue::from(json), result)
    });
    let (json, result) = &*checked;
    let problems: Vec<Problem> = result.as_ref().err().cloned().unwrap_or_default();
    let field_problems: FieldProblems = Rc::new(
        problems
            .iter()
            .filter_map(|p| field_for_problem(&draft, &p.path).map(|f| (f, p.to_string())))
            .collect(),
    );
    let valid = result
        .as_ref()
        .ok()
        .map(|d| (Rc::new(d.clone()), json.clone()));

    let last_valid = use_state(|| None::<AttrValue>);
    {
        let last_valid = last_valid.clone();
        let now = valid.as_ref().map(|(_, j)| j.clone());
        use_effect_with(now, move |now| {
            if let Some(j) = now {
                last_valid.set(Some(j.clone()));
            }
        });
    }

    // Autosave, and the share link, after every change.
    let share = use_state(|| None::<String>);
    let generation = use_mut_ref(|| 0u32);
    {
        let dispatch = dispatch.clone();
        let share = share.clone();
        let generation = generation.clone();
        use_effect_with(json.clone(), move |json| {
            if let Some(storage) = browser::storage() {
                if storage.set_item(STORAGE_KEY, json).is_err() {
                    dispatch.dispatch(Action::Notice(Some(Notice::problems(
                        "This browser did not let the studio save your work: download the JSON to keep it.",
                        &[],
                    ))));
                }
            }
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            let json = json.to_string();
            spawn_local(async move {
                if let Ok(bytes) = browser::compress(&json).await {
                    if *generation.borrow() == mine {
                        share.set(Some(format!(
                            "{}#{}",
                            browser::page_url(),
                            share_hash(&bytes)
                        )));
                    }
                }
            });
        });
    }

    // Once: the share link in the address, and the keyboard shortcuts.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            open_share_link(dispatch.clone());
            let dispatch_keys = dispatch.clone();
            let keys = Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
                if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
                    return;
                }
                let key = e.key().to_lowercase();
                let action = match (key.as_str(), e.shift_key()) {
                    ("z", false) => Action::Undo,
                    ("z", true) | ("y", false) => Action::Redo,
                    _ => return,
                };
                e.prevent_default();
                dispatch_keys.dispatch(action);
            });
            // A share link pasted into the address bar of an open studio.
            let hash_dispatch = dispatch.clone();
            let hash = Closure::<dyn Fn()>::new(move || open_share_link(hash_dispatch.clone()));
            let window = browser::window();
            let _ =
                window.add_event_listener_with_callback("keydown", keys.as_ref().unchecked_ref());
            let _ = window
                .add_event_listener_with_callback("hashchange", hash.as_ref().unchecked_ref());
            move || {
                let _ = window
                    .remove_event_listener_with_callback("keydown", keys.as_ref().unchecked_ref());
                let _ = window.remove_event_listener_with_callback(
                    "hashchange",
                    hash.as_ref().unchecked_ref(),
                );
            }
        });
    }

    let mode = use_state(|| AttrValue::from("compare"));
    let theme = use_state(|| AttrValue::from("light"));
    let width = use_state(|| AttrValue::from("desktop"));
    let dragging = use_state(|| false);

    let onedit = {
        let dispatch = dispatch.clone();
        Callback::from(move |(edit, merge): (Edit, Option<String>)| {
            dispatch.dispatch(Action::Edit(edit, merge))
        })
    };
    let undo = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Undo))
    };
    let redo = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Redo))
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Only when the pointer leaves the page, not when it moves between children.
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let dispatch = dispatch.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                open_file(file, dispatch.clone());
            }
        })
    };
    let setter = |state: &UseStateHandle<AttrValue>| {
        let state = state.clone();
        Callback::from(move |v: AttrValue| state.set(v))
    };

    let notice = studio.notice.as_ref().map(|n| {
        let close = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Notice(None)))
        };
        html! {
            <div class={classes!("notice", if n.tone == Tone::Problem { "notice-problem" } else { "notice-done" })}>
                <p>{ &n.text }</p>
                if !n.lines.is_empty() {
                    <ul>{ for n.lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                }
                <button type="button" class="link" onclick={close}>{ "Dismiss" }</button>
            </div>
        }
    });

    let summary = if problems.is_empty() {
        html! { <p class="summary-ok">{ "No problems: the comparison is ready to preview and export." }</p> }
    } else {
        html! {
            <>
                <p class="summary-count">{
                    if problems.len() == 1 { "1 problem to fix before you can export:".to_string() }
                    else { format!("{} problems to fix before you can export:", problems.len()) }
                }</p>
                <ul class="summary-list">
                    { for problems.iter().take(50).map(|p| {
                        let target = field_for_problem(&draft, &p.path).map(field_dom_id);
                        match target {
                            Some(id) => html! {
                                <li><button type="button" class="link"
                                    onclick={Callback::from(move |_: MouseEvent| browser::focus(&id))}>{ p.to_string() }</button></li>
                            },
                            None => html! { <li>{ p.to_string() }</li> },
                        }
                    }) }
                    if problems.len() > 50 {
                        <li>{ format!("… and {} more", problems.len() - 50) }</li>
                    }
                </ul>
            </>
        }
    };

    html! {
        <div class={classes!("studio", (*dragging).then_some("dragging"))} {ondragover} {ondragleave} {ondrop}>
            <header class="studio-bar">
                <div class="studio-brand">
                    <p class="kicker">{ "role-explainer" }</p>
                    <h1>{ "Studio" }</h1>
                </div>
                <div class="studio-actions" role="toolbar" aria-label="History">
                    <button type="button" onclick={undo} disabled={!studio.history.can_undo()} aria-keyshortcuts="Control+Z">{ "Undo" }</button>
                    <button type="button" onclick={redo} disabled={!studio.history.can_redo()} aria-keyshortcuts="Control+Shift+Z">{ "Redo" }</button>
                    <span class="saved">{ "Saved in this browser" }</span>
                </div>
            </header>
            <div class="studio-main">
                <main class="studio-edit">
                    <section aria-labelledby="start-title" class="panel">
                        <h2 id="start-title">{ "Start" }</h2>
                        <p class="lede">{ "Make an interactive comparison of two to four roles without writing JSON: start from a table or an example, fill in the grid, watch the preview, then copy the embed code." }</p>
                        <Import dispatch={dispatch.clone()} />
                        <div aria-live="polite" class="notice-region">{ for notice }</div>
                    </section>
                    <section aria-labelledby="problems-title" class={classes!("panel", "summary", (!problems.is_empty()).then_some("summary-open"))}>
                        <h2 id="problems-title">{ "Check" }</h2>
                        { summary }
                    </section>
                    <section aria-labelledby="details-title" class="panel">
                        <h2 id="details-title">{ "Details" }</h2>
                        <Details draft={draft.clone()} problems={field_problems.clone()} onedit={onedit.clone()} />
                    </section>
                    <section aria-labelledby="grid-title" class="panel panel-grid">
                        <h2 id="grid-title">{ "Comparison" }</h2>
                        <Grid draft={draft.clone()} problems={field_problems.clone()} {onedit} />
                    </section>
                    <section aria-labelledby="share-title" class="panel">
                        <h2 id="share-title">{ "Share or keep editing elsewhere" }</h2>
                        <p class="field-hint" id="share-hint">{ "This link holds your whole comparison. Open it in another browser to go on editing there; nothing is uploaded." }</p>
                        <label for="share-link">{ "Share link" }</label>
                        <textarea id="share-link" readonly=true rows="3" aria-describedby="share-hint" value={(*share).clone().unwrap_or_default()} />
                    </section>
                    <div class="panel">
                        <Export valid={valid.clone()} problems={problems.len()} mode={(*mode).clone()} />
                    </div>
                </main>
                <aside class="studio-preview" aria-label="Preview">
                    <Preview json={(*last_valid).clone()} current={valid.is_some()}
                        mode={(*mode).clone()} theme={(*theme).clone()} width={(*width).clone()}
                        onmode={setter(&mode)} ontheme={setter(&theme)} onwidth={setter(&width)} />
                </aside>
            </div>
        </div>
    }
}
