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

/// The folder of one version of the npm package on a CDN that serves packages as
/// `<base>/<name>@<version>/<file>` (jsDelivr's `https://cdn.jsdelivr.net/npm`, unpkg's
/// `https://unpkg.com`): versioned, so the integrity value stays true.
pub fn cdn_folder(base: &str, version: &str) -> String {
    format!("{}/role-explainer@{version}", base.trim_end_matches('/'))
}

/// The tag for the page's `<head>`: the module script at `src`; with the SRI value of the built
/// element script, also `integrity` and `crossorigin="anonymous"` (SRI needs a CORS request).
/// The build bundles the glue into that script and writes the wasm's hash into it, so this one
/// hash covers all the code. No preload hints: they would fetch the wasm before the page is
/// idle, which the element script deliberately waits for.
pub fn head_tags(src: &str, integrity: Option<&str>) -> String {
    let src_attr = escape_html(src);
    match integrity {
        Some(hash) => format!(
            "<script type=\"module\" src=\"{src_attr}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>
",
            escape_html(hash)
        ),
        None => format!("<script type=\"module\" src=\"{src_attr}\"></script>
"),
    }
}
