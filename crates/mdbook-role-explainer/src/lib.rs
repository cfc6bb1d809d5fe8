//! The mdBook preprocessor's work, kept apart from its command line so it can be tested:
//! finding ```` ```role-explainer ```` fences in chapters and writing each as the widget
//! element with its no-JavaScript table, plus the element script once per chapter.
//!
//! A fence holds either settings, one `key = "value"` per line (the element's attributes), or
//! a whole dataset as JSON. A fence it cannot use becomes a visible message in the chapter
//! saying what is wrong and where; the book still builds.

use role_explainer::model::fallback_html::escape_html;
use role_explainer::model::i18n::Lang;
use role_explainer::model::load::{load, DatasetSource};
use role_explainer::model::snippet::element_html;
use serde_json::Value;

/// The element's attributes a fence may set.
pub const KEYS: [&str; 12] = [
    "dataset",
    "mode",
    "attributes",
    "theme",
    "lang",
    "reveal",
    "seed",
    "header",
    "presenting",
    "layout",
    "print",
    "eager",
];

/// Where `install` puts the widget's files inside the book's `src/`.
pub const ASSET_DIR: &str = "role-explainer";

/// A fence's content, read.
#[derive(Debug, PartialEq, Eq)]
pub enum Fence {
    /// Attribute name and value pairs, in the order written.
    Settings(Vec<(String, String)>),
    /// A whole dataset, inline.
    Dataset(String),
}

/// Reads a fence body; the error names the line.
pub fn read_fence(body: &str) -> Result<Fence, String> {
    if body.trim_start().starts_with('{') {
        return Ok(Fence::Dataset(body.trim().to_string()));
    }
    let mut settings = Vec::new();
    for (i, line) in body.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = i + 1;
        let Some((key, value)) = line.split_once('=') else {
            return Err(format!("line {at}: expected key = \"value\""));
        };
        let key = key.trim();
        if !KEYS.contains(&key) {
            return Err(format!(
                "line {at}: unknown key \"{key}\" (keys: {})",
                KEYS.join(", ")
            ));
        }
        let value = value.trim();
        let value = match value.strip_prefix('"') {
            Some(rest) => rest
                .strip_suffix('"')
                .ok_or_else(|| format!("line {at}: the value's closing \" is missing"))?
                .replace("\\\"", "\"")
                .replace("\\\\", "\\"),
            None => value.to_string(),
        };
        settings.push((key.to_string(), value));
    }
    Ok(Fence::Settings(settings))
}

/// The HTML for one fence: the element with its fallback table, or a visible message.
pub fn render_fence(body: &str) -> Result<String, String> {
    match read_fence(body)? {
        Fence::Dataset(json) => {
            let dataset = load(&DatasetSource::Json(json.clone()), None).map_err(|problems| {
                let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
                lines.join("; ")
            })?;
            Ok(element_html(&[], Some(&json), &dataset))
        }
        Fence::Settings(settings) => {
            let get = |k: &str| settings.iter().find(|(key, _)| key == k).map(|(_, v)| v);
            let id = get("dataset").cloned().unwrap_or_else(|| "pm-vs-po".into());
            let lang = get("lang").and_then(|l| Lang::from_tag(l));
            let attributes: Vec<(&str, String)> = settings
                .iter()
                .map(|(k, v)| (k.as_str(), v.clone()))
                .collect();
            // A dataset file named by URL is fetched by the widget; no table can be made here.
            if id.contains(['/', ':']) || id.ends_with(".json") {
                let attrs: String = attributes
                    .iter()
                    .map(|(k, v)| format!(" {k}=\"{}\"", escape_html(v)))
                    .collect();
                return Ok(format!("<role-explainer{attrs}></role-explainer>\n"));
            }
            let dataset = load(&DatasetSource::Builtin(id), lang).map_err(|problems| {
                let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
                lines.join("; ")
            })?;
            Ok(element_html(&attributes, None, &dataset))
        }
    }
}

/// Replaces every role-explainer fence in a chapter. `root` is the way from the chapter's page
/// to the book's root (`""`, `"../"`...), for the script's URL. Returns the new text and the
/// messages for fences that could not be used.
pub fn process_chapter(content: &str, root: &str) -> (String, Vec<String>) {
    let mut out = String::with_capacity(content.len());
    let mut warnings = Vec::new();
    let mut lines = content.split_inclusive('\n').peekable();
    let mut line_no = 0;
    let mut found = false;
    while let Some(line) = lines.next() {
        line_no += 1;
        let trimmed = line.trim();
        let fence = trimmed
            .strip_prefix("```")
            .map(str::trim)
            .filter(|info| *info == "role-explainer");
        if fence.is_none() {
            out.push_str(line);
            continue;
        }
        let start = line_no;
        let mut body = String::new();
        let mut closed = false;
        for inner in lines.by_ref() {
            line_no += 1;
            if inner.trim() == "```" {
                closed = true;
                break;
            }
            body.push_str(inner);
        }
        let html = if closed {
            render_fence(&body)
        } else {
            Err("the fence is never closed with ```".into())
        };
        match html {
            Ok(html) => {
                found = true;
                out.push('\n');
                out.push_str(&html);
                out.push('\n');
            }
            Err(message) => {
                let message = format!("role-explainer (line {start}): {message}");
                out.push_str(&format!(
                    "\n<p class=\"role-explainer-error\" role=\"alert\">{}</p>\n\n",
                    escape_html(&message)
                ));
                warnings.push(message);
            }
        }
    }
    if found {
        out.push_str(&format!(
            "\n<script type=\"module\" src=\"{}\"></script>\n",
            escape_html(&format!("{root}{ASSET_DIR}/role-explainer.js"))
        ));
    }
    (out, warnings)
}

/// The way from a chapter at `path` (relative to `src/`, like `guide/intro.md`) to the root.
pub fn path_to_root(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// Walks mdBook's book JSON and processes every chapter's content in place.
pub fn process_book(book: &mut Value) -> Vec<String> {
    let mut warnings = Vec::new();
    if let Some(sections) = book.get_mut("sections").and_then(Value::as_array_mut) {
        for item in sections {
            walk(item, &mut warnings);
        }
    }
    warnings
}

fn walk(item: &mut Value, warnings: &mut Vec<String>) {
    let Some(chapter) = item.get_mut("Chapter") else {
        return;
    };
    let root = path_to_root(chapter.get("path").and_then(Value::as_str).unwrap_or(""));
    if let Some(content) = chapter.get("content").and_then(Value::as_str) {
        let (new, mut w) = process_chapter(content, &root);
        warnings.append(&mut w);
        chapter["content"] = Value::String(new);
    }
    if let Some(subs) = chapter.get_mut("sub_items").and_then(Value::as_array_mut) {
        for sub in subs {
            walk(sub, warnings);
        }
    }
}

/// Adds the preprocessor to a `book.toml` (unless it is there already).
pub fn with_preprocessor(book_toml: &str) -> String {
    if book_toml.contains("[preprocessor.role-explainer]") {
        return book_toml.to_string();
    }
    let mut out = book_toml.trim_end().to_string();
    out.push_str("\n\n[preprocessor.role-explainer]\ncommand = \"mdbook-role-explainer\"\n");
    out
}
