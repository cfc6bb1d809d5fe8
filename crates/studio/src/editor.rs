//! The editor: the comparison's details, then the grid (roles as columns, attributes as rows).
//! Every input is labelled, and shows the validator's message for it right below it.

use role_explainer::model::studio_draft::{field_dom_id, Draft, Edit, Field, MAX_ATTRIBUTES};
use role_explainer::model::validate::{MAX_ROLES, MIN_ROLES};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

/// The default role colours of the widget's light theme, for the colour inputs.
const DEFAULT_COLOURS: [&str; 4] = ["#005a9c", "#a63d00", "#00704f", "#9a3f7a"];

/// Problems by the field they belong to.
pub type FieldProblems = Rc<Vec<(Field, String)>>;

#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    Line,
    Text,
    Colour,
}

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    pub field: Field,
    pub value: String,
    /// The visible label.
    pub label: AttrValue,
    /// The accessible name: the label with where it is ("Why, Horizon, Product Manager").
    #[prop_or_default]
    pub name: Option<AttrValue>,
    pub kind: Kind,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub problems: FieldProblems,
    pub onedit: Callback<(Edit, Option<String>)>,
}

/// One labelled input, with its problems (aria-invalid, aria-describedby).
#[function_component]
pub fn FieldInput(props: &FieldProps) -> Html {
    let id = field_dom_id(props.field);
    let messages: Vec<&String> = props
        .problems
        .iter()
        .filter(|(f, _)| *f == props.field)
        .map(|(_, m)| m)
        .collect();
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let mut described = Vec::new();
    if !messages.is_empty() {
        described.push(error_id.clone());
    }
    if props.hint.is_some() {
        described.push(hint_id.clone());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    let invalid = (!messages.is_empty()).then_some("true");
    let field = props.field;
    let merge = id.clone();
    let onedit = props.onedit.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let value = e
            .target()
            .and_then(|t| {
                t.dyn_ref::<HtmlTextAreaElement>()
                    .map(HtmlTextAreaElement::value)
                    .or_else(|| t.dyn_ref::<HtmlInputElement>().map(HtmlInputElement::value))
            })
            .unwrap_or_default();
        onedit.emit((Edit::Set(field, value), Some(merge.clone())));
    });
    let name = props.name.clone().unwrap_or_else(|| props.label.clone());
    let control = match props.kind {
        Kind::Text => html! {
            <textarea id={id.clone()} rows="2" value={props.value.clone()} aria-label={name}
                aria-invalid={invalid} aria-describedby={described} {oninput} />
        },
        Kind::Line => html! {
            <input id={id.clone()} type="text" value={props.value.clone()} aria-label={name}
                aria-invalid={invalid} aria-describedby={described} {oninput} />
        },
        Kind::Colour => html! {
            <input id={id.clone()} type="color" value={props.value.clone()} aria-label={name}
                aria-invalid={invalid} aria-describedby={described} {oninput} />
        },
    };
    html! {
        <div class={classes!("field", invalid.map(|_| "field-invalid"), (props.kind == Kind::Colour).then_some("field-colour"))}>
            <label for={id.clone()}>{ props.label.clone() }</label>
            { control }
            if let Some(hint) = &props.hint {
                <p class="field-hint" id={hint_id}>{ hint.clone() }</p>
            }
            if !messages.is_empty() {
                <p class="field-error" id={error_id}>
                    { for messages.iter().map(|m| html! { <span>{ (*m).clone() }</span> }) }
                </p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub draft: Rc<Draft>,
    pub problems: FieldProblems,
    pub onedit: Callback<(Edit, Option<String>)>,
}

/// The title, source, language and intro of the comparison.
#[function_component]
pub fn Details(props: &EditorProps) -> Html {
    let d = &props.draft;
    let field = |field: Field, label: &'static str, kind: Kind, hint: Option<&'static str>| {
        html! {
            <FieldInput {field} value={d.get(field).to_string()} label={label} {kind}
                hint={hint.map(AttrValue::from)} problems={props.problems.clone()} onedit={props.onedit.clone()} />
        }
    };
    html! {
        <div class="details">
            { field(Field::Title, "Title", Kind::Line, Some("Shown above the comparison, e.g. “UX Designer vs Developer”.")) }
            { field(Field::Source, "Source", Kind::Line, Some("Where the content comes from; shown under the widget.")) }
            { field(Field::Lang, "Language", Kind::Line, Some("A language tag such as en, de or fr.")) }
            { field(Field::Intro, "Intro (optional)", Kind::Text, None) }
        </div>
    }
}

fn role_label(d: &Draft, r: usize) -> String {
    let name = d.roles.get(r).map_or("", |r| r.name.trim());
    if name.is_empty() {
        format!("role {}", r + 1)
    } else {
        name.to_string()
    }
}

fn attribute_label(d: &Draft, a: usize) -> String {
    let name = d.attributes.get(a).map_or("", |a| a.name.trim());
    if name.is_empty() {
        format!("row {}", a + 1)
    } else {
        name.to_string()
    }
}

/// Alt + an arrow key moves to the same input in the next cell that way.
fn neighbour(id: &str, key: &str) -> Option<String> {
    let rest = id.strip_prefix("f-")?;
    let parts: Vec<&str> = rest.split('-').collect();
    let (dr, da): (isize, isize) = match key {
        "ArrowLeft" => (-1, 0),
        "ArrowRight" => (1, 0),
        "ArrowUp" => (0, -1),
        "ArrowDown" => (0, 1),
        _ => return None,
    };
    let step = |n: &str, by: isize| -> Option<String> {
        Some(n.parse::<usize>().ok()?.checked_add_signed(by)?.to_string())
    };
    let next = match parts.as_slice() {
        ["cell", kind, a, r] => format!("f-cell-{kind}-{}-{}", step(a, da)?, step(r, dr)?),
        ["attribute", kind, a] if dr == 0 => format!("f-attribute-{kind}-{}", step(a, da)?),
        ["attribute", kind, a] if dr == 1 => {
            let kind = if *kind == "question" { "why" } else { "text" };
            format!("f-cell-{kind}-{a}-0")
        }
        ["role", kind, r] if da == 0 => format!("f-role-{kind}-{}", step(r, dr)?),
        _ => return None,
    };
    Some(next)
}

/// The grid: role headers across the top, one row per attribute.
#[function_component]
pub fn Grid(props: &EditorProps) -> Html {
    let d = &props.draft;
    let roles = d.roles.len();
    let edit = |edit: Edit| {
        let onedit = props.onedit.clone();
        Callback::from(move |_: MouseEvent| onedit.emit((edit.clone(), None)))
    };
    let input = |field: Field, label: &str, name: String, kind: Kind| {
        let value = match (kind, d.get(field)) {
            (Kind::Colour, "") => match field {
                Field::RoleColour(r) => DEFAULT_COLOURS[r % 4].to_string(),
                _ => String::new(),
            },
            (_, v) => v.to_string(),
        };
        html! {
            <FieldInput {field} {value} label={label.to_string()} name={Some(AttrValue::from(name))} {kind}
                problems={props.problems.clone()} onedit={props.onedit.clone()} />
        }
    };
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if !e.alt_key() {
            return;
        }
        let Some(id) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map(|el| el.id())
        else {
            return;
        };
        if let Some(next) = neighbour(&id, &e.key()) {
            if web_sys::window()
                .and_then(|w| w.document())
                .and_then(|doc| doc.get_element_by_id(&next))
                .is_some()
            {
                e.prevent_default();
                crate::browser::focus(&next);
            }
        }
    });
    let style = format!("--roles: {roles}");
    let role_headers = (0..roles).map(|r| {
        let who = role_label(d, r);
        html! {
            <div class="grid-role" role="group" aria-label={format!("Role {}: {who}", r + 1)}>
                <div class="grid-role-bar">
                    <span class="grid-role-n" aria-hidden="true">{ format!("Role {}", r + 1) }</span>
                    <button type="button" class="icon" aria-label={format!("Move {who} left")} disabled={r == 0}
                        onclick={edit(Edit::MoveRole(r, -1))}><span aria-hidden="true">{"←"}</span></button>
                    <button type="button" class="icon" aria-label={format!("Move {who} right")} disabled={r + 1 == roles}
                        onclick={edit(Edit::MoveRole(r, 1))}><span aria-hidden="true">{"→"}</span></button>
                    <button type="button" class="icon danger" aria-label={format!("Remove {who}")} disabled={roles <= MIN_ROLES}
                        onclick={edit(Edit::RemoveRole(r))}><span aria-hidden="true">{"✕"}</span></button>
                </div>
                { input(Field::RoleName(r), "Name", format!("Name of role {}", r + 1), Kind::Line) }
                <div class="field-pair">
                    { input(Field::RoleShort(r), "Short label", format!("Short label, {who}"), Kind::Line) }
                    { input(Field::RoleColour(r), "Colour", format!("Colour, {who}"), Kind::Colour) }
                </div>
                { input(Field::RoleDescription(r), "Description", format!("Description, {who}"), Kind::Text) }
            </div>
        }
    });
    let rows = (0..d.attributes.len()).map(|a| {
        let what = attribute_label(d, a);
        let cells = (0..roles).map(|r| {
            let who = role_label(d, r);
            html! {
                <div class="grid-cell" role="group" aria-label={format!("{what}, {who}")}>
                    // On a phone the cells stack, so each says whose it is.
                    <p class="grid-cell-role" aria-hidden="true">{ who.clone() }</p>
                    { input(Field::CellText(a, r), "Trait", format!("Trait, {what}, {who}"), Kind::Text) }
                    { input(Field::CellWhy(a, r), "Why", format!("Why, {what}, {who}"), Kind::Text) }
                    { input(Field::CellSection(a, r), "Source section (optional)", format!("Source section, {what}, {who}"), Kind::Line) }
                </div>
            }
        });
        html! {
            <div class="grid-row" role="group" aria-label={format!("Attribute {}: {what}", a + 1)}>
                <div class="grid-attribute">
                    <div class="grid-role-bar">
                        <span class="grid-role-n" aria-hidden="true">{ format!("Row {}", a + 1) }</span>
                        <button type="button" class="icon" aria-label={format!("Move {what} up")} disabled={a == 0}
                            onclick={edit(Edit::MoveAttribute(a, -1))}><span aria-hidden="true">{"↑"}</span></button>
                        <button type="button" class="icon" aria-label={format!("Move {what} down")} disabled={a + 1 == d.attributes.len()}
                            onclick={edit(Edit::MoveAttribute(a, 1))}><span aria-hidden="true">{"↓"}</span></button>
                        <button type="button" class="icon danger" aria-label={format!("Remove {what}")}
                            onclick={edit(Edit::RemoveAttribute(a))}><span aria-hidden="true">{"✕"}</span></button>
                    </div>
                    { input(Field::AttributeName(a), "Attribute", format!("Attribute name, row {}", a + 1), Kind::Line) }
                    { input(Field::AttributeQuestion(a), "Question (optional)", format!("Question, {what}"), Kind::Line) }
                    if let Some(shared) = d.attributes[a].shared.as_ref() {
                        <p class="field-hint">{ format!("Also has a shared trait: “{}” (kept as it is).", shared.cell.text) }</p>
                    }
                </div>
                { for cells }
            </div>
        }
    });
    html! {
        <div class="grid-wrap">
            <p class="grid-help" id="grid-help">{ "Roles are columns and attributes are rows. Alt + arrow keys move between cells." }</p>
            <div class="grid-scroll" tabindex="-1">
                <div class="grid" {style} {onkeydown} aria-describedby="grid-help">
                    <div class="grid-row grid-head">
                        <div class="grid-corner">
                            <button type="button" onclick={edit(Edit::AddRole)} disabled={roles >= MAX_ROLES}
                                aria-describedby={(roles >= MAX_ROLES).then_some("role-limit")}>{ "+ Add role" }</button>
                            if roles >= MAX_ROLES {
                                <p class="field-hint" id="role-limit">{ format!("A comparison has at most {MAX_ROLES} roles.") }</p>
                            }
                        </div>
                        { for role_headers }
                    </div>
                    { for rows }
                </div>
            </div>
            <button type="button" class="add-row" onclick={edit(Edit::AddAttribute)} disabled={d.attributes.len() >= MAX_ATTRIBUTES}>{ "+ Add attribute row" }</button>
        </div>
    }
}
