//! The studio's working copy of a dataset: every field as the author typed it, valid or not.
//! It is written out as dataset JSON ([`Draft::to_json`]) and that text goes through the same
//! validator as `role-explainer-check`, so the studio shows the checker's messages; each
//! message's path names the input it belongs to ([`field_for_problem`]).
//!
//! Ids are not typed by the author: a role's, an attribute's and the dataset's id follow their
//! names (as slugs), except that ids read from a file stay as they were until the name changes.
//!
//! Every function here is `#[inline]`: only the crates that call it (the snippet command, the
//! studio) compile it, so the widget's wasm stays byte for byte what it was without them.

use super::json::{self, Json};
use super::json_write::ToJson;
use super::table_import::{comparison, draft_json, parse_table, slug};
use super::validate::{Problem, MAX_ROLES, MIN_ROLES};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DraftRole {
    pub id: String,
    pub name: String,
    pub short: String,
    pub description: String,
    /// `#rrggbb`, or empty for the widget's default colour for the role's position.
    pub colour: String,
}

/// One role's trait in one attribute.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DraftCell {
    pub text: String,
    pub why: String,
    pub section: String,
}

/// A trait several roles share, kept as read from a file (the grid does not edit it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DraftShared {
    pub cell: DraftCell,
    pub roles: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DraftAttribute {
    pub id: String,
    pub name: String,
    pub question: String,
    /// One cell per role, in role order.
    pub cells: Vec<DraftCell>,
    pub shared: Option<DraftShared>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    pub id: String,
    pub title: String,
    pub lang: String,
    pub source: String,
    pub intro: String,
    pub roles: Vec<DraftRole>,
    pub attributes: Vec<DraftAttribute>,
}

/// A text field of the draft, by position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Title,
    Lang,
    Source,
    Intro,
    RoleName(usize),
    RoleShort(usize),
    RoleDescription(usize),
    RoleColour(usize),
    AttributeName(usize),
    AttributeQuestion(usize),
    CellText(usize, usize),
    CellWhy(usize, usize),
    CellSection(usize, usize),
}

/// A change the author makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    Set(Field, String),
    AddRole,
    RemoveRole(usize),
    /// Moves a role one place left (`-1`) or right (`1`).
    MoveRole(usize, isize),
    AddAttribute,
    RemoveAttribute(usize),
    /// Moves an attribute one place up (`-1`) or down (`1`).
    MoveAttribute(usize, isize),
}

/// The maximum attributes the grid offers to add (the validator's limit).
pub use super::validate::MAX_ATTRIBUTES;

#[inline]
fn problem(path: &str, message: impl Into<String>) -> Problem {
    Problem {
        path: path.into(),
        message: message.into(),
    }
}

impl Draft {
    /// A blank comparison of two roles and three attributes, for an author starting from nothing.
    #[inline]
    pub fn blank() -> Draft {
        let mut draft = Draft {
            id: "my-comparison".into(),
            lang: "en".into(),
            ..Draft::default()
        };
        for _ in 0..2 {
            draft.apply(&Edit::AddRole);
        }
        for _ in 0..3 {
            draft.apply(&Edit::AddAttribute);
        }
        draft
    }

    /// Applies an edit; an edit that cannot apply (a fifth role, a move off the end) does nothing.
    #[inline]
    pub fn apply(&mut self, edit: &Edit) {
        match edit {
            Edit::Set(field, value) => self.set(*field, value),
            Edit::AddRole if self.roles.len() < MAX_ROLES => {
                let n = self.roles.len() + 1;
                let taken: Vec<String> = self.roles.iter().map(|r| r.id.clone()).collect();
                self.roles.push(DraftRole {
                    id: slug("", &format!("role-{n}"), &taken),
                    ..DraftRole::default()
                });
                for a in &mut self.attributes {
                    a.cells.push(DraftCell::default());
                }
            }
            Edit::RemoveRole(i) if *i < self.roles.len() && self.roles.len() > MIN_ROLES => {
                let gone = self.roles.remove(*i);
                for a in &mut self.attributes {
                    if *i < a.cells.len() {
                        a.cells.remove(*i);
                    }
                    if let Some(shared) = &mut a.shared {
                        shared.roles.retain(|r| *r != gone.id);
                        if shared.roles.len() < 2 {
                            a.shared = None;
                        }
                    }
                }
            }
            Edit::MoveRole(i, by) => {
                if let Some(j) = target(*i, *by, self.roles.len()) {
                    self.roles.swap(*i, j);
                    for a in &mut self.attributes {
                        if j < a.cells.len() && *i < a.cells.len() {
                            a.cells.swap(*i, j);
                        }
                    }
                }
            }
            Edit::AddAttribute if self.attributes.len() < MAX_ATTRIBUTES => {
                let n = self.attributes.len() + 1;
                let taken: Vec<String> = self.attributes.iter().map(|a| a.id.clone()).collect();
                self.attributes.push(DraftAttribute {
                    id: slug("", &format!("attribute-{n}"), &taken),
                    cells: vec![DraftCell::default(); self.roles.len()],
                    ..DraftAttribute::default()
                });
            }
            Edit::RemoveAttribute(i) if *i < self.attributes.len() => {
                self.attributes.remove(*i);
            }
            Edit::MoveAttribute(i, by) => {
                if let Some(j) = target(*i, *by, self.attributes.len()) {
                    self.attributes.swap(*i, j);
                }
            }
            _ => {}
        }
    }

    /// The current text of a field ("" for a field that does not exist).
    #[inline]
    pub fn get(&self, field: Field) -> &str {
        let cell = |a: usize, r: usize| self.attributes.get(a).and_then(|a| a.cells.get(r));
        match field {
            Field::Title => &self.title,
            Field::Lang => &self.lang,
            Field::Source => &self.source,
            Field::Intro => &self.intro,
            Field::RoleName(r) => self.roles.get(r).map_or("", |r| &r.name),
            Field::RoleShort(r) => self.roles.get(r).map_or("", |r| &r.short),
            Field::RoleDescription(r) => self.roles.get(r).map_or("", |r| &r.description),
            Field::RoleColour(r) => self.roles.get(r).map_or("", |r| &r.colour),
            Field::AttributeName(a) => self.attributes.get(a).map_or("", |a| &a.name),
            Field::AttributeQuestion(a) => self.attributes.get(a).map_or("", |a| &a.question),
            Field::CellText(a, r) => cell(a, r).map_or("", |c| &c.text),
            Field::CellWhy(a, r) => cell(a, r).map_or("", |c| &c.why),
            Field::CellSection(a, r) => cell(a, r).map_or("", |c| &c.section),
        }
    }

    #[inline]
    fn set(&mut self, field: Field, value: &str) {
        let value = value.to_string();
        match field {
            Field::Title => {
                self.id = slug(&value, "my-comparison", &[]);
                self.title = value;
            }
            Field::Lang => self.lang = value,
            Field::Source => self.source = value,
            Field::Intro => self.intro = value,
            Field::RoleName(r) if r < self.roles.len() => {
                let taken: Vec<String> = (0..self.roles.len())
                    .filter(|i| *i != r)
                    .map(|i| self.roles[i].id.clone())
                    .collect();
                let id = slug(&value, &format!("role-{}", r + 1), &taken);
                let old = std::mem::replace(&mut self.roles[r].id, id.clone());
                for a in &mut self.attributes {
                    if let Some(shared) = &mut a.shared {
                        for s in &mut shared.roles {
                            if *s == old {
                                s.clone_from(&id);
                            }
                        }
                    }
                }
                self.roles[r].name = value;
            }
            Field::RoleShort(r) if r < self.roles.len() => self.roles[r].short = value,
            Field::RoleDescription(r) if r < self.roles.len() => {
                self.roles[r].description = value;
            }
            Field::RoleColour(r) if r < self.roles.len() => self.roles[r].colour = value,
            Field::AttributeName(a) if a < self.attributes.len() => {
                let taken: Vec<String> = (0..self.attributes.len())
                    .filter(|i| *i != a)
                    .map(|i| self.attributes[i].id.clone())
                    .collect();
                self.attributes[a].id = slug(&value, &format!("attribute-{}", a + 1), &taken);
                self.attributes[a].name = value;
            }
            Field::AttributeQuestion(a) if a < self.attributes.len() => {
                self.attributes[a].question = value;
            }
            Field::CellText(a, r) | Field::CellWhy(a, r) | Field::CellSection(a, r) => {
                if let Some(cell) = self.attributes.get_mut(a).and_then(|a| a.cells.get_mut(r)) {
                    match field {
                        Field::CellText(..) => cell.text = value,
                        Field::CellWhy(..) => cell.why = value,
                        _ => cell.section = value,
                    }
                }
            }
            _ => {}
        }
    }

    /// The draft as a dataset document, pretty-printed. Required fields are written even when
    /// empty, so the validator names them; optional ones only when filled in.
    #[inline]
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\n  \"version\": 1,\n");
        let line = |out: &mut String, indent: &str, key: &str, value: &str, last: bool| {
            out.push_str(&format!(
                "{indent}\"{key}\": {}{}\n",
                value.to_json(),
                if last { "" } else { "," }
            ));
        };
        line(&mut out, "  ", "id", &self.id, false);
        line(&mut out, "  ", "title", &self.title, false);
        line(&mut out, "  ", "lang", &self.lang, false);
        line(&mut out, "  ", "source", &self.source, false);
        if !self.intro.trim().is_empty() {
            line(&mut out, "  ", "intro", &self.intro, false);
        }
        out.push_str("  \"roles\": [\n");
        for (i, role) in self.roles.iter().enumerate() {
            out.push_str("    {\n");
            line(&mut out, "      ", "id", &role.id, false);
            line(&mut out, "      ", "name", &role.name, false);
            line(&mut out, "      ", "short", &role.short, false);
            let colour = !role.colour.is_empty();
            line(
                &mut out,
                "      ",
                "description",
                &role.description,
                !colour,
            );
            if colour {
                line(&mut out, "      ", "colour", &role.colour, true);
            }
            out.push_str(if i + 1 < self.roles.len() {
                "    },\n"
            } else {
                "    }\n"
            });
        }
        out.push_str("  ],\n  \"attributes\": [\n");
        for (a, attribute) in self.attributes.iter().enumerate() {
            out.push_str("    {\n");
            line(&mut out, "      ", "id", &attribute.id, false);
            line(&mut out, "      ", "name", &attribute.name, false);
            if !attribute.question.trim().is_empty() {
                line(&mut out, "      ", "question", &attribute.question, false);
            }
            out.push_str("      \"values\": {\n");
            for (r, role) in self.roles.iter().enumerate() {
                let cell = attribute.cells.get(r).cloned().unwrap_or_default();
                out.push_str(&format!(
                    "        {}: {}{}\n",
                    role.id.to_json(),
                    cell_json(&cell, None),
                    if r + 1 < self.roles.len() { "," } else { "" }
                ));
            }
            out.push_str("      }");
            if let Some(shared) = &attribute.shared {
                out.push_str(&format!(
                    ",\n      \"shared\": {}",
                    cell_json(&shared.cell, Some(&shared.roles))
                ));
            }
            out.push_str(if a + 1 < self.attributes.len() {
                "\n    },\n"
            } else {
                "\n    }\n"
            });
        }
        out.push_str("  ]\n}\n");
        out
    }

    /// Reads a dataset document into a draft, keeping whatever is wrong with it for the
    /// validator to name. Refused, with a message: text that is not JSON, JSON that is not a
    /// dataset (no `roles` and `attributes` lists), and a number of roles the grid cannot hold.
    #[inline]
    pub fn from_json(text: &str) -> Result<Draft, Vec<Problem>> {
        let value = json::parse(text).map_err(|e| {
            vec![problem(
                &format!("line {}, column {}", e.line, e.column),
                e.message,
            )]
        })?;
        let (Some(Json::Array(roles)), Some(Json::Array(attributes))) =
            (value.get("roles"), value.get("attributes"))
        else {
            return Err(vec![problem(
                "file",
                "this JSON is not a role-explainer dataset (it has no \"roles\" and \"attributes\" lists)",
            )]);
        };
        if !(MIN_ROLES..=MAX_ROLES).contains(&roles.len()) {
            return Err(vec![problem(
                "roles",
                format!(
                    "{} roles; the studio edits {MIN_ROLES} to {MAX_ROLES}",
                    roles.len()
                ),
            )]);
        }
        if attributes.len() > MAX_ATTRIBUTES {
            return Err(vec![problem(
                "attributes",
                format!("{} attributes; at most {MAX_ATTRIBUTES}", attributes.len()),
            )]);
        }
        let text_of = |v: &Json, key: &str| match v.get(key) {
            Some(Json::String(s)) => s.clone(),
            _ => String::new(),
        };
        let cell_of = |v: Option<&Json>| match v {
            Some(v) => DraftCell {
                text: text_of(v, "text"),
                why: text_of(v, "why"),
                section: text_of(v, "section"),
            },
            None => DraftCell::default(),
        };
        let roles: Vec<DraftRole> = roles
            .iter()
            .map(|r| DraftRole {
                id: text_of(r, "id"),
                name: text_of(r, "name"),
                short: text_of(r, "short"),
                description: text_of(r, "description"),
                colour: text_of(r, "colour"),
            })
            .collect();
        let attributes = attributes
            .iter()
            .map(|a| DraftAttribute {
                id: text_of(a, "id"),
                name: text_of(a, "name"),
                question: text_of(a, "question"),
                cells: roles
                    .iter()
                    .map(|r| cell_of(a.get("values").and_then(|v| v.get(&r.id))))
                    .collect(),
                shared: a.get("shared").map(|s| DraftShared {
                    cell: cell_of(Some(s)),
                    roles: match s.get("roles") {
                        Some(Json::Array(ids)) => ids
                            .iter()
                            .filter_map(|id| match id {
                                Json::String(id) => Some(id.clone()),
                                _ => None,
                            })
                            .collect(),
                        _ => Vec::new(),
                    },
                }),
            })
            .collect();
        Ok(Draft {
            id: text_of(&value, "id"),
            title: text_of(&value, "title"),
            lang: text_of(&value, "lang"),
            source: text_of(&value, "source"),
            intro: text_of(&value, "intro"),
            roles,
            attributes,
        })
    }

    /// A pasted table (TSV, CSV or Markdown) as a new draft; the "why" lines and the source
    /// are left for the author. The problems name the row and column in the table.
    #[inline]
    pub fn from_table(text: &str) -> Result<Draft, Vec<Problem>> {
        let (_, grid) = parse_table(text).map_err(|p| vec![p])?;
        let c = comparison(&grid)?;
        let title = c.roles.join(" vs ");
        let id = slug(&title, "my-comparison", &[]);
        // Descriptions start as the role names: the author sees them and can say more.
        Draft::from_json(&draft_json(&c, &id, &title, "en", ""))
    }
}

/// The place `i` moves to, if it can move `by` within `len` items.
#[inline]
fn target(i: usize, by: isize, len: usize) -> Option<usize> {
    let j = i.checked_add_signed(by)?;
    (i < len && j < len && i != j).then_some(j)
}

#[inline]
fn cell_json(cell: &DraftCell, roles: Option<&[String]>) -> String {
    let mut out = format!(
        "{{ \"text\": {}, \"why\": {}",
        cell.text.to_json(),
        cell.why.to_json()
    );
    if !cell.section.trim().is_empty() {
        out.push_str(&format!(", \"section\": {}", cell.section.to_json()));
    }
    if let Some(roles) = roles {
        let ids: Vec<String> = roles.iter().map(|r| r.to_json()).collect();
        out.push_str(&format!(", \"roles\": [{}]", ids.join(", ")));
    }
    out.push_str(" }");
    out
}

/// The input a validator problem belongs to, if it names one (`roles[1].name`,
/// `attributes[3].values.po.why`...). Problems with an id are shown at the name the id comes
/// from; a trait missing as a whole, at its text.
#[inline]
pub fn field_for_problem(draft: &Draft, path: &str) -> Option<Field> {
    match path {
        "title" | "id" => return Some(Field::Title),
        "lang" => return Some(Field::Lang),
        "source" => return Some(Field::Source),
        "intro" => return Some(Field::Intro),
        _ => {}
    }
    let index = |rest: &str| -> Option<(usize, String)> {
        let (n, rest) = rest.split_once(']')?;
        Some((n.parse().ok()?, rest.trim_start_matches('.').to_string()))
    };
    if let Some(rest) = path.strip_prefix("roles[") {
        let (r, key) = index(rest)?;
        return match key.as_str() {
            "name" | "id" | "" => Some(Field::RoleName(r)),
            "short" => Some(Field::RoleShort(r)),
            "description" => Some(Field::RoleDescription(r)),
            "colour" => Some(Field::RoleColour(r)),
            _ => None,
        };
    }
    let rest = path.strip_prefix("attributes[")?;
    let (a, key) = index(rest)?;
    match key.as_str() {
        "name" | "id" | "" => Some(Field::AttributeName(a)),
        "question" => Some(Field::AttributeQuestion(a)),
        _ => {
            let key = key.strip_prefix("values.")?;
            // Role ids may hold '-' and '_' but never '.', so the first '.' ends the id.
            let (role_id, part) = key.split_once('.').unwrap_or((key, ""));
            let r = draft.roles.iter().position(|role| role.id == role_id)?;
            match part {
                "why" => Some(Field::CellWhy(a, r)),
                "section" => Some(Field::CellSection(a, r)),
                _ => Some(Field::CellText(a, r)),
            }
        }
    }
}

/// A stable HTML id for a field's input (`f-cell-why-3-1`).
#[inline]
pub fn field_dom_id(field: Field) -> String {
    match field {
        Field::Title => "f-title".into(),
        Field::Lang => "f-lang".into(),
        Field::Source => "f-source".into(),
        Field::Intro => "f-intro".into(),
        Field::RoleName(r) => format!("f-role-name-{r}"),
        Field::RoleShort(r) => format!("f-role-short-{r}"),
        Field::RoleDescription(r) => format!("f-role-description-{r}"),
        Field::RoleColour(r) => format!("f-role-colour-{r}"),
        Field::AttributeName(a) => format!("f-attribute-name-{a}"),
        Field::AttributeQuestion(a) => format!("f-attribute-question-{a}"),
        Field::CellText(a, r) => format!("f-cell-text-{a}-{r}"),
        Field::CellWhy(a, r) => format!("f-cell-why-{a}-{r}"),
        Field::CellSection(a, r) => format!("f-cell-section-{a}-{r}"),
    }
}
