//! Ways to start: a built-in dataset, a dataset file (picker or drag and drop) or a pasted
//! table. Each replaces the draft as one undo step, and a refusal changes nothing.

use crate::browser;
use crate::state::{Action, Notice, Studio};
use role_explainer::model::builtin::BUILTIN_FILES;
use role_explainer::model::studio_draft::Draft;
use role_explainer::model::table_import::MAX_PASTE_BYTES;
use role_explainer::model::validate::{Problem, MAX_BYTES};
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

fn problem(path: &str, message: String) -> Problem {
    Problem {
        path: path.into(),
        message,
    }
}

/// Reads a dataset file and puts it in the editor, or says why not.
pub fn open_file(file: web_sys::File, dispatch: UseReducerDispatcher<Studio>) {
    let name = file.name();
    if file.size() > MAX_BYTES as f64 {
        dispatch.dispatch(Action::Notice(Some(Notice::problems(
            format!("{name} was not opened; your work is unchanged."),
            &[problem(
                "file",
                format!(
                    "too large ({} KiB; a dataset is at most {} KiB)",
                    (file.size() / 1024.0).ceil(),
                    MAX_BYTES / 1024
                ),
            )],
        ))));
        return;
    }
    spawn_local(async move {
        let action = match browser::file_text(&file).await {
            Err(e) => Action::Notice(Some(Notice::problems(
                format!("{name} could not be read; your work is unchanged."),
                &[problem("file", e)],
            ))),
            Ok(text) => match Draft::from_json(&text) {
                Ok(draft) => Action::Replace(
                    draft,
                    Notice::done(format!("Opened {name}. Undo brings back what you had.")),
                ),
                Err(problems) => Action::Notice(Some(Notice::problems(
                    format!("{name} was not opened; your work is unchanged."),
                    &problems,
                ))),
            },
        };
        dispatch.dispatch(action);
    });
}

#[derive(Properties, PartialEq)]
pub struct ImportProps {
    pub dispatch: UseReducerDispatcher<Studio>,
}

#[function_component]
pub fn Import(props: &ImportProps) -> Html {
    let builtin = use_node_ref();
    let paste = use_node_ref();
    let open_builtin = {
        let builtin = builtin.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(select) = builtin.cast::<HtmlSelectElement>() else {
                return;
            };
            let id = select.value();
            let Some((_, file)) = BUILTIN_FILES.iter().find(|(i, _)| *i == id) else {
                return;
            };
            let dispatch = dispatch.clone();
            let url = browser::beside_page(&format!("data/{file}"));
            spawn_local(async move {
                let action = match browser::fetch_text(&url).await {
                    Ok(text) => match Draft::from_json(&text) {
                        Ok(draft) => Action::Replace(
                            draft,
                            Notice::done(format!(
                                "Started from “{id}”. Undo brings back what you had."
                            )),
                        ),
                        Err(problems) => Action::Notice(Some(Notice::problems(
                            "That example could not be opened.",
                            &problems,
                        ))),
                    },
                    Err(e) => Action::Notice(Some(Notice::problems(
                        "That example could not be loaded; your work is unchanged.",
                        &[problem("file", format!("could not load {url} ({e})"))],
                    ))),
                };
                dispatch.dispatch(action);
            });
        })
    };
    let onfile = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                open_file(file, dispatch.clone());
            }
            // The same file can be chosen again after a fix.
            input.set_value("");
        })
    };
    let import_table = {
        let paste = paste.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(area) = paste.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let text = area.value();
            let action = if text.trim().is_empty() {
                Action::Notice(Some(Notice::problems(
                    "Nothing to import.",
                    &[problem(
                        "paste",
                        "empty: paste a table with the roles in its first row".into(),
                    )],
                )))
            } else {
                match Draft::from_table(&text) {
                    Ok(draft) => {
                        let notice = Notice::done(format!(
                            "Imported {} roles and {} attributes. Now write why each trait belongs, and the source. Undo brings back what you had.",
                            draft.roles.len(),
                            draft.attributes.len()
                        ));
                        Action::Replace(draft, notice)
                    }
                    Err(problems) => Action::Notice(Some(Notice::problems(
                        "The table was not imported; your work and the pasted text are unchanged.",
                        &problems,
                    ))),
                }
            };
            dispatch.dispatch(action);
        })
    };
    html! {
        <div class="import">
            <div class="import-way">
                <h3 id="import-example">{ "Start from an example" }</h3>
                <div class="inline">
                    <select ref={builtin} aria-labelledby="import-example">
                        { for BUILTIN_FILES.iter().enumerate().map(|(i, (id, _))| html! { <option value={*id} selected={i == 0}>{ *id }</option> }) }
                    </select>
                    <button type="button" onclick={open_builtin}>{ "Use example" }</button>
                </div>
            </div>
            <div class="import-way">
                <h3>{ "Open a dataset file" }</h3>
                <label class="file-label" for="open-file">{ "Choose a .json file" }</label>
                <input id="open-file" type="file" accept=".json,application/json" onchange={onfile} />
                <p class="field-hint">{ "Or drop a file anywhere on this page." }</p>
            </div>
            <div class="import-way import-paste">
                <h3><label for="paste-table">{ "Paste a table" }</label></h3>
                <p class="field-hint" id="paste-hint">{ format!(
                    "From a spreadsheet, a CSV file or a Markdown table: the first row names the roles (2 to 4), the first column the attributes. At most {} KiB.",
                    MAX_PASTE_BYTES / 1024
                ) }</p>
                <textarea id="paste-table" ref={paste} rows="5" aria-describedby="paste-hint" spellcheck="false"
                    placeholder={"| | Designer | Developer |\n|---|---|---|\n| Focus | Users | Code |"} />
                <button type="button" onclick={import_table}>{ "Import table" }</button>
            </div>
        </div>
    }
}
