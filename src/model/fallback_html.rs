//! The comparison as a plain HTML table, for readers without JavaScript and for feed readers.
//! The snippet command puts it inside `<role-explainer>`; the widget replaces it when it starts.

use super::dataset::Dataset;
use super::i18n::{text, Key, Lang};
use super::strings::shared_badge;
use std::fmt::Write;

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// An accessible table (caption, column and row headers) of every attribute and role.
pub fn fallback_table(dataset: &Dataset) -> String {
    let e = escape_html;
    let mut html = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(html, "<table class=\"role-explainer-fallback\">");
    let _ = writeln!(html, "  <caption>{}</caption>", e(&dataset.title));
    // The table's own words are in the dataset's language, like its content.
    let lang = Lang::from_tag(&dataset.lang).unwrap_or_default();
    let _ = write!(
        html,
        "  <thead><tr><th scope=\"col\">{}</th>",
        e(text(lang, Key::Attribute))
    );
    for role in &dataset.roles {
        let _ = write!(html, "<th scope=\"col\">{}</th>", e(&role.name));
    }
    let _ = writeln!(html, "</tr></thead>");
    let _ = writeln!(html, "  <tbody>");
    for attribute in &dataset.attributes {
        let _ = write!(
            html,
            "    <tr><th scope=\"row\">{}</th>",
            e(&attribute.name)
        );
        for role in &dataset.roles {
            let text = attribute
                .value_for(&role.id)
                .map(|t| format!("{}. {}", e(&t.text), e(&t.why)))
                .unwrap_or_default();
            let _ = write!(html, "<td>{text}</td>");
        }
        let _ = writeln!(html, "</tr>");
        if let Some(shared) = &attribute.shared {
            let names: Vec<&str> = shared
                .roles
                .iter()
                .filter_map(|id| dataset.roles.iter().find(|r| &r.id == id))
                .map(|r| r.name.as_str())
                .collect();
            let _ = writeln!(
                html,
                "    <tr><th scope=\"row\">{} ({})</th><td colspan=\"{}\">{}. {}</td></tr>",
                e(&attribute.name),
                e(&shared_badge(lang, &names)),
                dataset.roles.len(),
                e(&shared.text.text),
                e(&shared.text.why)
            );
        }
    }
    let _ = writeln!(html, "  </tbody>");
    let _ = writeln!(html, "</table>");
    let _ = writeln!(html, "<p><small>{}</small></p>", e(&dataset.source));
    html
}
