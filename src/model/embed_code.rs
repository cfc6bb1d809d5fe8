//! The ways to put a widget on a page, as text an author copies: the snippet (script tags and
//! the element with its fallback table), an iframe, a Hugo fence and an mdBook block. The
//! snippet command and the studio both write them here, so they write the same code.
//!
//! Every function here is `#[inline]`: only the crates that call it (the snippet command, the
//! studio) compile it, so the widget's wasm stays byte for byte what it was without them.

use super::dataset::Dataset;
use super::fallback_html::escape_html;
use super::snippet::{element_html, head_tags};

/// The whole snippet: the script tag (unless `element_only`; with `integrity`, if given) and the
/// element with the inline dataset, if given, and the fallback table.
#[inline]
pub fn snippet(
    src: &str,
    integrity: Option<&str>,
    attributes: &[(&str, String)],
    inline: Option<&str>,
    dataset: &Dataset,
    element_only: bool,
) -> String {
    let mut out = if element_only {
        String::new()
    } else {
        head_tags(src, integrity)
    };
    out.push_str(&element_html(attributes, inline, dataset));
    out
}

/// An iframe of `embed.html` (in the folder of `src`) showing the dataset at `dataset_url`,
/// with the resize script. The iframe cannot carry a dataset inline: its file must be online.
#[inline]
pub fn iframe(src: &str, dataset_url: &str, attributes: &[(&str, String)], title: &str) -> String {
    let base = src.rsplit_once('/').map_or("", |(dir, _)| dir);
    let sep = if base.is_empty() { "" } else { "/" };
    let mut hash = format!("dataset={}", url_component(dataset_url));
    for (name, value) in attributes {
        hash.push_str(&format!("&{name}={}", url_component(value)));
    }
    format!(
        "<iframe src=\"{}\" title=\"{}\" style=\"width:100%;border:0;height:900px\" loading=\"lazy\" allow=\"fullscreen\"></iframe>\n\
         <script src=\"{}\" defer></script>\n",
        escape_html(&format!("{base}{sep}embed.html#{hash}")),
        escape_html(title),
        escape_html(&format!("{base}{sep}embed-resize.js"))
    )
}

/// Percent-encodes everything but unreserved URL characters and `/` and `:`.
#[inline]
fn url_component(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/:".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A Hugo fence with the whole dataset (the module's render hook inlines it), and the
/// element's settings on the fence line (`{mode="quiz"}`). No line of pretty JSON is only
/// backticks, so three of them always close the fence.
#[inline]
pub fn hugo_fence(json: &str, attributes: &[(&str, String)]) -> String {
    let settings: Vec<String> = attributes
        .iter()
        .map(|(name, value)| {
            format!(
                "{name}=\"{}\"",
                value.replace('\\', "\\\\").replace('"', "\\\"")
            )
        })
        .collect();
    let info = if settings.is_empty() {
        String::new()
    } else {
        format!(" {{{}}}", settings.join(" "))
    };
    format!("```role-explainer{info}\n{}\n```\n", json.trim())
}

/// An mdBook fence for the preprocessor: the whole dataset as JSON (it takes no settings then).
#[inline]
pub fn mdbook_fence(json: &str) -> String {
    format!("```role-explainer\n{}\n```\n", json.trim())
}
