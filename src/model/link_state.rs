//! The reader's state in a link: `#mode=explore&attributes=horizon,metrics&pick=horizon:po`.
//! The standalone page keeps its URL hash in step, so a shared link restores the view. A
//! broken or hostile hash is refused as a whole, with one clear problem, never a crash.

use super::config::{clip, Mode};
use super::dataset::Dataset;
use super::selection::{Pick, Selection};
use super::validate::{is_valid_id, Problem};

/// Longer hashes are refused unread.
pub const MAX_HASH_CHARS: usize = 2000;

/// What a hash says, read but not yet checked against a dataset.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkState {
    pub mode: Option<Mode>,
    pub attributes: Option<Vec<String>>,
    /// `(attribute id, role id or "shared")`
    pub picks: Vec<(String, String)>,
}

/// The state applied to a dataset.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResolvedState {
    pub mode: Option<Mode>,
    pub shown: Option<Vec<bool>>,
    pub picks: Vec<(usize, Pick)>,
}

fn problem(message: String) -> Problem {
    Problem {
        path: "link".into(),
        message,
    }
}

/// Decodes `%xx` escapes and `+`; refuses broken escapes and non-UTF-8 results.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Comma-separated ids; an empty value is an empty list (no rows shown).
fn id_list(value: &str, key: &str) -> Result<Vec<String>, Problem> {
    if value.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<String> = value.split(',').map(|s| s.trim().to_string()).collect();
    match ids.iter().find(|id| !is_valid_id(id)) {
        Some(bad) => Err(problem(format!("{key}: \"{}\" is not an id", clip(bad)))),
        None => Ok(ids),
    }
}

/// Reads a hash (with or without the leading `#`). An empty hash is the default state.
pub fn parse_link_state(hash: &str) -> Result<LinkState, Problem> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    if hash.chars().count() > MAX_HASH_CHARS {
        return Err(problem(format!(
            "too long (more than {MAX_HASH_CHARS} characters)"
        )));
    }
    parse_link_parts(hash)
}

/// Reads the parts of a link state at any length: the hand-over between the two builds, which
/// the widget wrote itself, may be longer than a URL should be.
pub fn parse_link_parts(hash: &str) -> Result<LinkState, Problem> {
    let mut state = LinkState::default();
    let mut seen: Vec<String> = Vec::new();
    for part in hash.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = part
            .split_once('=')
            .ok_or_else(|| problem(format!("\"{}\" has no value", clip(part))))?;
        let key = percent_decode(key)
            .ok_or_else(|| problem(format!("\"{}\" is not valid URL encoding", clip(key))))?;
        let value = percent_decode(value)
            .ok_or_else(|| problem(format!("{}: not valid URL encoding", clip(&key))))?;
        if seen.contains(&key) {
            return Err(problem(format!("{} given twice", clip(&key))));
        }
        seen.push(key.clone());
        match key.as_str() {
            "mode" => {
                state.mode = Some(
                    Mode::ALL
                        .into_iter()
                        .find(|m| m.name() == value)
                        .ok_or_else(|| {
                            problem(format!("mode: unknown mode \"{}\"", clip(&value)))
                        })?,
                )
            }
            "attributes" => state.attributes = Some(id_list(&value, "attributes")?),
            "pick" => {
                for item in value.split(',').filter(|s| !s.is_empty()) {
                    let (attribute, role) = item.split_once(':').ok_or_else(|| {
                        problem(format!("pick: \"{}\" is not attribute:role", clip(item)))
                    })?;
                    if !is_valid_id(attribute) || !is_valid_id(role) {
                        return Err(problem(format!(
                            "pick: \"{}\" is not attribute:role",
                            clip(item)
                        )));
                    }
                    state.picks.push((attribute.into(), role.into()));
                }
            }
            // Settings the host gives (dataset, theme...) may share the hash; state ignores them.
            "dataset" | "lang" | "theme" | "seed" => {}
            other => return Err(problem(format!("unknown key \"{}\"", clip(other)))),
        }
    }
    Ok(state)
}

/// Checks a read state against the dataset.
pub fn resolve_link_state(dataset: &Dataset, state: &LinkState) -> Result<ResolvedState, Problem> {
    let shown = match &state.attributes {
        None => None,
        Some(ids) => {
            let mut shown = vec![false; dataset.attributes.len()];
            for id in ids {
                let i = dataset.attribute_index(id).ok_or_else(|| {
                    problem(format!("attributes: unknown attribute \"{}\"", clip(id)))
                })?;
                shown[i] = true;
            }
            Some(shown)
        }
    };
    let mut picks: Vec<(usize, Pick)> = Vec::new();
    for (attribute_id, role_id) in &state.picks {
        let a = dataset.attribute_index(attribute_id).ok_or_else(|| {
            problem(format!(
                "pick: unknown attribute \"{}\"",
                clip(attribute_id)
            ))
        })?;
        if picks.iter().any(|(x, _)| *x == a) {
            return Err(problem(format!(
                "pick: \"{}\" picked twice",
                clip(attribute_id)
            )));
        }
        let pick = if role_id == "shared" {
            if dataset.attributes[a].shared.is_none() {
                return Err(problem(format!(
                    "pick: \"{}\" has no shared trait",
                    clip(attribute_id)
                )));
            }
            Pick::Shared
        } else {
            Pick::Role(
                dataset
                    .role_index(role_id)
                    .ok_or_else(|| problem(format!("pick: unknown role \"{}\"", clip(role_id))))?,
            )
        };
        picks.push((a, pick));
    }
    Ok(ResolvedState {
        mode: state.mode,
        shown,
        picks,
    })
}

/// Reads and checks a hash in one step.
pub fn read_link(dataset: &Dataset, hash: &str) -> Result<ResolvedState, Problem> {
    resolve_link_state(dataset, &parse_link_state(hash)?)
}

/// The hash for a state: only what differs from the defaults, so links stay short.
pub fn encode_link(dataset: &Dataset, mode: Mode, selection: &Selection) -> String {
    write_link(dataset, mode, selection, false)
}

/// The link state with the view and the rows written even where they are the defaults: a
/// hand-over is laid over the embedder's settings, which may not be the defaults.
pub fn encode_whole_link(dataset: &Dataset, mode: Mode, selection: &Selection) -> String {
    write_link(dataset, mode, selection, true)
}

fn write_link(dataset: &Dataset, mode: Mode, selection: &Selection, whole: bool) -> String {
    // Written straight into one string: collecting lists of `String`s and joining them adds a
    // second copy of the standard library's join, and the collecting, to the wasm (0.4 kB).
    let mut hash = String::new();
    fn part(hash: &mut String, name: &str) {
        if !hash.is_empty() {
            hash.push('&');
        }
        hash.push_str(name);
        hash.push('=');
    }
    if whole || mode != Mode::Compare {
        part(&mut hash, "mode");
        hash.push_str(mode.name());
    }
    if whole || selection.shown_count() != dataset.attributes.len() {
        part(&mut hash, "attributes");
        let shown = (dataset.attributes.iter().enumerate()).filter(|(i, _)| selection.is_shown(*i));
        for (n, (_, a)) in shown.enumerate() {
            if n > 0 {
                hash.push(',');
            }
            hash.push_str(&a.id);
        }
    }
    let mut first_pick = true;
    for (i, a) in dataset.attributes.iter().enumerate() {
        let role = match selection.picked(i) {
            Some(Pick::Role(r)) => match dataset.roles.get(r) {
                Some(role) => role.id.as_str(),
                None => continue,
            },
            Some(Pick::Shared) => "shared",
            None => continue,
        };
        if first_pick {
            part(&mut hash, "pick");
            first_pick = false;
        } else {
            hash.push(',');
        }
        hash.push_str(&a.id);
        hash.push(':');
        hash.push_str(role);
    }
    hash
}
