//! Builds a [`Dataset`] from author JSON, reporting every problem at once, each with the JSON
//! path it is at (`attributes[3].values.po: missing trait`).

use super::dataset::{Attribute, Dataset, Role, RoleValues, SharedTrait, Trait, FORMAT_VERSION};
use super::json::{self, Json};
use std::fmt;

/// Larger documents are refused before parsing: a dataset is prose for one widget, not a database.
pub const MAX_BYTES: usize = 128 * 1024;
pub const MIN_ROLES: usize = 2;
pub const MAX_ROLES: usize = 4;
pub const MAX_ATTRIBUTES: usize = 40;
/// Limits in characters for names and titles, and for sentences.
pub const MAX_NAME_CHARS: usize = 80;
pub const MAX_TEXT_CHARS: usize = 400;
pub const MAX_SHORT_CHARS: usize = 6;
pub const MAX_ID_CHARS: usize = 32;

/// One thing wrong with a dataset, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// A JSON path such as `attributes[3].values.po`, or `line 4, column 2` for syntax errors.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Parses and validates a dataset document.
pub fn parse_dataset(text: &str) -> Result<Dataset, Vec<Problem>> {
    if text.len() > MAX_BYTES {
        return Err(vec![Problem {
            path: "dataset".into(),
            message: format!(
                "too large ({} KiB; at most {} KiB)",
                text.len().div_ceil(1024),
                MAX_BYTES / 1024
            ),
        }]);
    }
    let value = json::parse(text).map_err(|e| {
        vec![Problem {
            path: format!("line {}, column {}", e.line, e.column),
            message: e.message,
        }]
    })?;
    validate(&value)
}

/// Validates a parsed JSON value as a dataset.
pub fn validate(value: &Json) -> Result<Dataset, Vec<Problem>> {
    let mut c = Checker::default();
    let dataset = c.dataset(value);
    match dataset {
        Some(d) if c.problems.is_empty() => Ok(d),
        _ => Err(c.problems),
    }
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// The string ids of the roles as written, valid or not.
fn declared_role_ids(value: &Json) -> Vec<String> {
    match value.get("roles") {
        Some(Json::Array(items)) => {
            let mut ids: Vec<String> = Vec::new();
            for item in items {
                if let Some(Json::String(id)) = item.get("id") {
                    if !ids.contains(id) {
                        ids.push(id.clone());
                    }
                }
            }
            ids
        }
        _ => Vec::new(),
    }
}

/// Dataset ids: lowercase letters, digits, `-` and `_`, starting with a letter or digit.
pub(crate) fn is_valid_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    matches!(bytes.next(), Some(b'a'..=b'z' | b'0'..=b'9'))
        && bytes.all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_'))
        && id.len() <= MAX_ID_CHARS
}

fn is_hex_colour(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

impl Checker {
    fn problem(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            path: if path.is_empty() {
                "dataset".into()
            } else {
                path.into()
            },
            message: message.into(),
        });
    }

    /// The members of an object, or a problem if `value` is something else.
    fn object<'a>(
        &mut self,
        value: &'a Json,
        path: &str,
        allowed: &[&str],
    ) -> Option<&'a [(String, Json)]> {
        let Json::Object(members) = value else {
            self.problem(path, format!("expected an object, found {}", value.kind()));
            return None;
        };
        for (i, (key, _)) in members.iter().enumerate() {
            let at = join(path, key);
            if !allowed.contains(&key.as_str()) {
                self.problem(
                    &at,
                    format!("unknown field (expected one of {})", allowed.join(", ")),
                );
            } else if members[..i].iter().any(|(k, _)| k == key) {
                self.problem(&at, "duplicate field");
            }
        }
        Some(members)
    }

    fn text(
        &mut self,
        obj: &Json,
        path: &str,
        key: &str,
        max_chars: usize,
        required: bool,
    ) -> Option<String> {
        let at = join(path, key);
        match obj.get(key) {
            None if required => {
                self.problem(&at, "missing");
                None
            }
            None => None,
            Some(Json::String(s)) => {
                let chars = s.chars().count();
                if s.trim().is_empty() {
                    self.problem(&at, "empty");
                    None
                } else if chars > max_chars {
                    self.problem(
                        &at,
                        format!("too long ({chars} characters; at most {max_chars})"),
                    );
                    None
                } else {
                    Some(s.clone())
                }
            }
            Some(other) => {
                self.problem(&at, format!("expected a string, found {}", other.kind()));
                None
            }
        }
    }

    fn id(&mut self, obj: &Json, path: &str) -> Option<String> {
        let id = self.text(obj, path, "id", MAX_ID_CHARS, true)?;
        if is_valid_id(&id) {
            Some(id)
        } else {
            self.problem(
                &join(path, "id"),
                "invalid id (use lowercase letters, digits, '-' and '_', starting with a letter or digit)",
            );
            None
        }
    }

    fn array<'a>(&mut self, obj: &'a Json, path: &str, key: &str) -> Option<&'a [Json]> {
        let at = join(path, key);
        match obj.get(key) {
            None => {
                self.problem(&at, "missing");
                None
            }
            Some(Json::Array(items)) => Some(items),
            Some(other) => {
                self.problem(&at, format!("expected an array, found {}", other.kind()));
                None
            }
        }
    }

    fn dataset(&mut self, value: &Json) -> Option<Dataset> {
        self.object(
            value,
            "",
            &[
                // Editors use "$schema" to find the JSON Schema; the widget ignores it.
                "$schema",
                "version",
                "id",
                "title",
                "lang",
                "source",
                "intro",
                "roles",
                "attributes",
            ],
        )?;
        let version = self.version(value);
        let id = self.id(value, "");
        let title = self.text(value, "", "title", MAX_NAME_CHARS, true);
        let lang = self.text(value, "", "lang", MAX_ID_CHARS, true);
        let source = self.text(value, "", "source", MAX_TEXT_CHARS, true);
        let intro = self.text(value, "", "intro", MAX_TEXT_CHARS, false);
        let roles = self.roles(value);
        // Attributes are checked against every role id given, even when a role has other
        // problems, so that all problems are reported in one pass.
        let role_ids = declared_role_ids(value);
        // Without any role id, every trait would be reported as an unknown role: noise.
        let attributes = if role_ids.is_empty() {
            None
        } else {
            self.attributes(value, &role_ids)
        };
        Some(Dataset {
            version: version?,
            id: id?,
            title: title?,
            lang: lang?,
            source: source?,
            intro,
            roles: roles?,
            attributes: attributes?,
        })
    }

    fn version(&mut self, value: &Json) -> Option<u32> {
        match value.get("version") {
            None => {
                self.problem("version", "missing");
                None
            }
            Some(Json::Number(n)) if *n == i64::from(FORMAT_VERSION) => Some(FORMAT_VERSION),
            Some(Json::Number(shown)) => {
                self.problem(
                    "version",
                    format!(
                        "unsupported version {shown} (this widget reads version {FORMAT_VERSION})"
                    ),
                );
                None
            }
            Some(other) => {
                self.problem(
                    "version",
                    format!("expected a number, found {}", other.kind()),
                );
                None
            }
        }
    }

    fn roles(&mut self, value: &Json) -> Option<Vec<Role>> {
        let items = self.array(value, "", "roles")?;
        if items.len() < MIN_ROLES || items.len() > MAX_ROLES {
            self.problem(
                "roles",
                format!(
                    "{} roles given; a dataset compares {MIN_ROLES} to {MAX_ROLES}",
                    items.len()
                ),
            );
        }
        let mut roles = Vec::new();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let path = format!("roles[{i}]");
            match self.role(item, &path) {
                Some(role) => {
                    if roles.iter().any(|r: &Role| r.id == role.id) {
                        self.problem(
                            &join(&path, "id"),
                            format!("duplicate role id \"{}\"", role.id),
                        );
                        ok = false;
                    }
                    roles.push(role);
                }
                None => ok = false,
            }
        }
        (ok && (MIN_ROLES..=MAX_ROLES).contains(&roles.len())).then_some(roles)
    }

    fn role(&mut self, item: &Json, path: &str) -> Option<Role> {
        self.object(
            item,
            path,
            &["id", "name", "short", "description", "colour"],
        )?;
        let id = self.id(item, path);
        let name = self.text(item, path, "name", MAX_NAME_CHARS, true);
        let short = self.text(item, path, "short", MAX_SHORT_CHARS, true);
        let description = self.text(item, path, "description", MAX_TEXT_CHARS, true);
        let colour = self.text(item, path, "colour", 7, false);
        if let Some(c) = &colour {
            if !is_hex_colour(c) {
                self.problem(&join(path, "colour"), "expected a colour like \"#0072b2\"");
                return None;
            }
        }
        Some(Role {
            id: id?,
            name: name?,
            short: short?,
            description: description?,
            colour,
        })
    }

    fn attributes(&mut self, value: &Json, roles: &[String]) -> Option<Vec<Attribute>> {
        let items = self.array(value, "", "attributes")?;
        if items.is_empty() {
            self.problem(
                "attributes",
                "empty (a dataset needs at least one attribute)",
            );
            return None;
        }
        if items.len() > MAX_ATTRIBUTES {
            self.problem(
                "attributes",
                format!("{} attributes given; at most {MAX_ATTRIBUTES}", items.len()),
            );
            return None;
        }
        let mut attributes = Vec::new();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let path = format!("attributes[{i}]");
            match self.attribute(item, &path, roles) {
                Some(attribute) => {
                    if attributes.iter().any(|a: &Attribute| a.id == attribute.id) {
                        self.problem(
                            &join(&path, "id"),
                            format!("duplicate attribute id \"{}\"", attribute.id),
                        );
                        ok = false;
                    }
                    attributes.push(attribute);
                }
                None => ok = false,
            }
        }
        ok.then_some(attributes)
    }

    fn attribute(&mut self, item: &Json, path: &str, roles: &[String]) -> Option<Attribute> {
        self.object(item, path, &["id", "name", "question", "values", "shared"])?;
        let id = self.id(item, path);
        let name = self.text(item, path, "name", MAX_NAME_CHARS, true);
        let question = self.text(item, path, "question", MAX_NAME_CHARS * 2, false);
        let values = self.values(item, path, roles);
        let shared = match item.get("shared") {
            None => Some(None),
            Some(shared) => self.shared(shared, &join(path, "shared"), roles).map(Some),
        };
        Some(Attribute {
            id: id?,
            name: name?,
            question,
            values: values?,
            shared: shared?,
        })
    }

    fn values(&mut self, item: &Json, path: &str, roles: &[String]) -> Option<RoleValues> {
        let path = join(path, "values");
        let Some(value) = item.get("values") else {
            self.problem(&path, "missing");
            return None;
        };
        let role_ids: Vec<&str> = roles.iter().map(String::as_str).collect();
        let members = self.object_with_keys(value, &path, &role_ids, "unknown role")?;
        let mut values = Vec::with_capacity(roles.len());
        let mut ok = true;
        for role in roles {
            let at = join(&path, role);
            match members.iter().find(|(k, _)| k == role) {
                None => {
                    self.problem(&at, "missing trait");
                    ok = false;
                }
                Some((_, v)) => match self.trait_(v, &at, &["text", "why", "section"]) {
                    Some(t) => {
                        values.push((role.clone(), t));
                    }
                    None => ok = false,
                },
            }
        }
        ok.then_some(RoleValues(values))
    }

    /// Like [`Self::object`], but the allowed keys are role ids, so a stray key is an unknown role.
    fn object_with_keys<'a>(
        &mut self,
        value: &'a Json,
        path: &str,
        allowed: &[&str],
        what: &str,
    ) -> Option<&'a [(String, Json)]> {
        let Json::Object(members) = value else {
            self.problem(path, format!("expected an object, found {}", value.kind()));
            return None;
        };
        let mut ok = true;
        for (i, (key, _)) in members.iter().enumerate() {
            if !allowed.contains(&key.as_str()) {
                self.problem(
                    &join(path, key),
                    format!("{what} (roles are {})", allowed.join(", ")),
                );
                ok = false;
            } else if members[..i].iter().any(|(k, _)| k == key) {
                self.problem(&join(path, key), "duplicate field");
                ok = false;
            }
        }
        ok.then_some(members.as_slice())
    }

    fn trait_(&mut self, value: &Json, path: &str, allowed: &[&str]) -> Option<Trait> {
        self.object(value, path, allowed)?;
        let text = self.text(value, path, "text", MAX_NAME_CHARS * 2, true);
        let why = self.text(value, path, "why", MAX_TEXT_CHARS, true);
        let section = self.text(value, path, "section", MAX_NAME_CHARS, false);
        Some(Trait {
            text: text?,
            why: why?,
            section,
        })
    }

    fn shared(&mut self, value: &Json, path: &str, roles: &[String]) -> Option<SharedTrait> {
        let text = self.trait_(value, path, &["text", "why", "section", "roles"]);
        let ids = self.array(value, path, "roles")?;
        let roles_path = join(path, "roles");
        let mut shared_by: Vec<String> = Vec::new();
        let mut ok = true;
        for (i, id) in ids.iter().enumerate() {
            let at = format!("{roles_path}[{i}]");
            match id {
                Json::String(s) if roles.contains(s) => {
                    if shared_by.contains(s) {
                        self.problem(&at, format!("duplicate role \"{s}\""));
                        ok = false;
                    } else {
                        shared_by.push(s.clone());
                    }
                }
                Json::String(s) => {
                    self.problem(&at, format!("unknown role \"{s}\""));
                    ok = false;
                }
                other => {
                    self.problem(&at, format!("expected a string, found {}", other.kind()));
                    ok = false;
                }
            }
        }
        if ok && shared_by.len() < 2 {
            self.problem(&roles_path, "a shared trait needs at least two roles");
            ok = false;
        }
        Some(SharedTrait {
            text: text?,
            roles: ok.then_some(shared_by)?,
        })
    }
}
