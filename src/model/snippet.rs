//! The embed code for one widget: the `<role-explainer>` element with its attributes, an
//! inline dataset if there is one, and the comparison as a plain table inside, for readers
//! without JavaScript. The snippet command, the mdBook preprocessor and (later) the studio
//! all write it through here, so they escape author text the same way.

use super::dataset::Dataset;
use super::fallback_html::{escape_html, fallback_table};

/// Makes JSON safe as the content of `<script type="application/json">`: `<`, `>`, `&`, U+2028
/// and U+2029 as `\u` escapes (they mean the same inside JSON strings and cannot occur outside
/// them), so no `</script>` or `<!--` can end or hijack the element.
pub fn script_json(json: &str) -> String {
    let json = json.trim_start_matches('\u{feff}').trim();
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// The element: `attributes` as written (values escaped), the inline dataset if given, and the
/// fallback table of `dataset`.
pub fn element_html(
    attributes: &[(&str, String)],
    inline: Option<&str>,
    dataset: &Dataset,
) -> String {
    let mut out = String::from("<role-explainer");
    for (name, value) in attributes {
        out.push_str(&format!(" {name}=\"{}\"", escape_html(value)));
    }
    out.push_str(">\n");
    if let Some(json) = inline {
        out.push_str(&format!(
            "<script type=\"application/json\">{}</script>\n",
            script_json(json)
        ));
    }
    out.push_str(&fallback_table(dataset));
    out.push_str("</role-explainer>\n");
    out
}

/// The SRI values of the three files the head tags load (see [`super::sri::integrity`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Integrity {
    /// `role-explainer.js`, the element script.
    pub script: String,
    /// `pkg/role-explainer.js`, the wasm-bindgen glue it imports.
    pub glue: String,
    /// `pkg/role-explainer_bg.wasm`.
    pub wasm: String,
}

/// The folder of one version of the npm package on a CDN that serves packages as
/// `<base>/<name>@<version>/<file>` (jsDelivr's `https://cdn.jsdelivr.net/npm`, unpkg's
/// `https://unpkg.com`): versioned, so the integrity values stay true.
pub fn cdn_folder(base: &str, version: &str) -> String {
    format!("{}/role-explainer@{version}", base.trim_end_matches('/'))
}

/// The tags for the page's `<head>`: preload hints for the glue and the wasm (fetched alongside
/// the script, not after it) and the module script at `src`. With `integrity`, each tag carries
/// its file's hash and `crossorigin="anonymous"` (SRI needs a CORS request), so the browser
/// refuses a changed copy; the preloads' hashes also match the element script's own wasm fetch,
/// so the preloaded response is the one it uses.
pub fn head_tags(src: &str, integrity: Option<&Integrity>) -> String {
    let folder = src.rsplit_once('/').map_or("", |(dir, _)| dir);
    let sep = if folder.is_empty() { "" } else { "/" };
    let glue = escape_html(&format!("{folder}{sep}pkg/role-explainer.js"));
    let wasm = escape_html(&format!("{folder}{sep}pkg/role-explainer_bg.wasm"));
    let src = escape_html(src);
    match integrity {
        None => format!(
            "<link rel=\"modulepreload\" href=\"{glue}\">\n\
             <link rel=\"preload\" href=\"{wasm}\" as=\"fetch\" type=\"application/wasm\" crossorigin>\n\
             <script type=\"module\" src=\"{src}\"></script>\n"
        ),
        Some(hashes) => format!(
            "<link rel=\"modulepreload\" href=\"{glue}\" integrity=\"{}\" crossorigin=\"anonymous\">\n\
             <link rel=\"preload\" href=\"{wasm}\" as=\"fetch\" type=\"application/wasm\" integrity=\"{}\" crossorigin=\"anonymous\">\n\
             <script type=\"module\" src=\"{src}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>\n",
            escape_html(&hashes.glue),
            escape_html(&hashes.wasm),
            escape_html(&hashes.script),
        ),
    }
}
