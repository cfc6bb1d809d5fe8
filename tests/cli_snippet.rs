//! The snippet command: its output, errors, and the escaping of author text.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use role_explainer::model::builtin::BUILTIN;
use role_explainer::model::fallback_html::{escape_html, fallback_table};
use role_explainer::model::validate::parse_dataset;

fn snippet(args: &[&str]) -> (i32, String, String) {
    common::run_command(env!("CARGO_BIN_EXE_snippet"), args)
}

#[test]
fn prints_the_script_tag_the_element_and_a_table_from_the_dataset() {
    let (code, out, _) = snippet(&[
        "--dataset",
        "pm-vs-po",
        "--mode",
        "explore",
        "--src",
        "https://cdn.example/r.js",
    ]);
    assert_eq!(code, 0);
    assert!(out.starts_with(
        "<script type=\"module\" src=\"https://cdn.example/r.js\"></script>\n<role-explainer dataset=\"pm-vs-po\" mode=\"explore\">\n<table"
    ), "{out}");
    assert!(out.contains("<caption>Product Manager vs Product Owner</caption>"));
    assert!(out.contains("<th scope=\"row\">Time horizon</th><td>The next 1–3 years."));
    assert!(out.trim_end().ends_with("</role-explainer>"));
    let (_, element_only, _) = snippet(&["--dataset", "pm-vs-po", "--element-only"]);
    assert!(element_only.starts_with("<role-explainer dataset=\"pm-vs-po\">"));
}

#[test]
fn inlines_a_dataset_file_safely() {
    let text = BUILTIN[0]
        .1
        .replace("Time horizon", "Time </script><b>horizon</b>");
    let out = snippet_of_file(&text);
    assert_eq!(
        out.matches("</script>").count(),
        2,
        "only the two real script ends: {out}"
    );
    assert!(out.contains(r"Time \u003c/script\u003e\u003cb\u003ehorizon\u003c/b\u003e"));
    assert!(out.contains("<th scope=\"row\">Time &lt;/script&gt;&lt;b&gt;horizon&lt;/b&gt;</th>"));
}

/// Author text that breaks out of a careless snippet: comments and script ends (which take
/// the rest of the host page with them), CDATA, attribute quotes, entities, line separators.
const HOSTILE: &[&str] = &[
    "<!--<script>",
    "</script><p id=pwned>x</p>",
    "<![CDATA[ x",
    "x ]]> y",
    "\"><img src=x onerror=alert(1)>",
    "' onmouseover='alert(1)' x='",
    "a\u{2028}b\u{2029}c",
    "&amp; &lt; &#60; & <",
    "</role-explainer><b>",
    "<\\/script>",
];

/// Every text an author writes, as a path into the test dataset, with its length limit and
/// whether the no-JS table shows it.
const FIELDS: &[(&str, usize, bool)] = &[
    ("/title", 80, true),
    ("/source", 400, true),
    ("/intro", 400, false),
    ("/roles/0/name", 80, true),
    ("/roles/1/name", 80, true),
    ("/roles/0/short", 6, false),
    ("/roles/0/description", 400, false),
    ("/attributes/1/name", 80, true),
    ("/attributes/1/question", 160, false),
    ("/attributes/1/values/alpha/text", 160, true),
    ("/attributes/1/values/beta/why", 400, true),
    ("/attributes/1/values/beta/section", 80, false),
    ("/attributes/0/shared/text", 160, true),
    ("/attributes/0/shared/why", 400, true),
];

fn snippet_of_file(text: &str) -> String {
    snippet_of_file_with(text, &[])
}

fn snippet_of_file_with(text: &str, extra: &[&str]) -> String {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let path = std::env::temp_dir().join(format!(
        "snippet-test-{}-{}.json",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&path, text).unwrap();
    // `--file` comes last: a `--dataset` before it names the element's attribute only.
    let mut args = extra.to_vec();
    args.extend(["--file", path.to_str().unwrap()]);
    let (code, out, err) = snippet(&args);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(code, 0, "{err}");
    out
}

/// The snippet split at its inline JSON: the markup before, the JSON, the markup after.
fn split_script(out: &str) -> (&str, &str, &str) {
    const OPEN: &str = "<script type=\"application/json\">";
    let start = out.find(OPEN).expect("an inline dataset") + OPEN.len();
    let end = start
        + out[start..]
            .find("</script>")
            .expect("the end of the inline dataset");
    (&out[..start], &out[start..end], &out[end..])
}

fn unescape_html(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// How many of each character that can open or close markup the text has.
fn markup_chars(text: &str) -> [usize; 4] {
    ['<', '>', '"', '\''].map(|c| text.matches(c).count())
}

#[test]
fn hostile_author_text_stays_text_in_every_field_and_every_place() {
    let mut value = common::dataset(2, 3);
    value["intro"] = serde_json::json!("Intro.");
    value["attributes"][1]["question"] = serde_json::json!("Which?");
    value["attributes"][1]["values"]["beta"]["section"] = serde_json::json!("Part one");
    let mut checked = 0;
    for &(field, max, in_table) in FIELDS {
        // The same dataset with plain text in the field: its markup is what must stay.
        let mut plain = value.clone();
        *plain.pointer_mut(field).unwrap() = serde_json::json!("Plain");
        let plain_out = snippet_of_file(&plain.to_string());
        let (p_before, _, p_after) = split_script(&plain_out);
        for &hostile in HOSTILE {
            let text: String = hostile.chars().take(max).collect();
            let mut v = value.clone();
            *v.pointer_mut(field).unwrap() = serde_json::json!(text);
            let out = snippet_of_file(&v.to_string());
            let (before, json, after) = split_script(&out);
            let case = format!("{field} = {text:?}:\n{out}");
            // The inline JSON: nothing that HTML reads, and the same dataset.
            for c in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
                assert!(!json.contains(c), "{c:?} in the inline JSON, {case}");
            }
            let read: serde_json::Value = serde_json::from_str(json).unwrap();
            assert_eq!(read, v, "{case}");
            // The markup around it: exactly the tags and quotes of the plain snippet.
            assert_eq!(markup_chars(before), markup_chars(p_before), "{case}");
            assert_eq!(markup_chars(after), markup_chars(p_after), "{case}");
            // And the no-JS table shows the text as written.
            if in_table {
                assert!(unescape_html(after).contains(&text), "{case}");
            }
            checked += 1;
        }
    }
    assert_eq!(checked, FIELDS.len() * HOSTILE.len());
}

#[test]
fn hostile_attribute_values_stay_inside_their_quotes() {
    let file = common::dataset(2, 3).to_string();
    for &hostile in HOSTILE {
        let out = snippet_of_file_with(
            &file,
            &[
                "--dataset",
                hostile,
                "--mode",
                hostile,
                "--attributes",
                hostile,
                "--theme",
                hostile,
                "--lang",
                hostile,
                "--header",
                hostile,
                "--presenting",
                hostile,
                "--layout",
                hostile,
                "--print",
                hostile,
                "--src",
                &format!("https://cdn.example/{hostile}/r.js"),
            ],
        );
        let lines: Vec<&str> = out.lines().collect();
        let tag = lines
            .iter()
            .find(|l| l.starts_with("<role-explainer"))
            .unwrap();
        let inner = tag
            .strip_prefix("<role-explainer")
            .and_then(|t| t.strip_suffix('>'))
            .unwrap_or_else(|| panic!("one start tag on its line: {tag}"));
        assert!(!inner.contains(['<', '>', '\'']), "{tag}");
        let parts: Vec<&str> = inner.split('"').collect();
        let names: Vec<&str> = parts.iter().step_by(2).copied().collect();
        assert_eq!(
            names,
            [
                " dataset=",
                " mode=",
                " attributes=",
                " theme=",
                " lang=",
                " header=",
                " presenting=",
                " layout=",
                " print=",
                ""
            ],
            "{tag}"
        );
        for value in parts.iter().skip(1).step_by(2) {
            assert_eq!(unescape_html(value), hostile, "{tag}");
        }
        // The script tag keeps its own quotes too.
        for line in &lines[..1] {
            assert_eq!(line.matches('"').count(), 4, "{line}");
            assert_eq!(
                line.matches(['<', '>']).count(),
                line.matches("<").count() * 2,
                "{line}"
            );
            assert!(
                unescape_html(line).contains(&format!("https://cdn.example/{hostile}/")),
                "{line}"
            );
        }
    }
}

#[test]
fn reports_bad_input_with_a_non_zero_exit() {
    let (code, _, err) = snippet(&["--dataset", "nope"]);
    assert_eq!(code, 1);
    assert_eq!(
        err.trim(),
        "dataset: unknown built-in dataset \"nope\" (built-in: pm-vs-po, pm-vs-po.de, project-vs-product-vs-owner)"
    );
    let (code, _, err) = snippet(&["--bogus", "x"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("usage: snippet"));
}

#[test]
fn escapes_every_html_special_character() {
    assert_eq!(
        escape_html(r#"<a href="x" title='y'>&</a>"#),
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
    );
    let d = parse_dataset(BUILTIN[0].1).unwrap();
    let table = fallback_table(&d);
    assert_eq!(table.matches("<tr>").count(), 1 + d.attributes.len() + 1);
    // A shared trait names its roles, in the order the dataset gives them.
    let mut v = common::dataset(3, 2);
    v["attributes"][0]["shared"]["roles"] = serde_json::json!(["gamma", "alpha"]);
    let table = fallback_table(&parse_dataset(&v.to_string()).unwrap());
    assert!(table.contains("<th scope=\"col\">Attribute</th>"));
    assert!(
        table.contains(
            "<tr><th scope=\"row\">Attribute 0 (Shared: Role gamma and Role alpha)</th><td colspan=\"3\">Shared. Both.</td></tr>"
        ),
        "{table}"
    );
}

/// The mdBook preprocessor writes the element through `model::snippet::element_html`: for the
/// same settings and file it must be exactly what the snippet command prints.
#[test]
fn every_tool_writes_the_same_element() {
    use role_explainer::model::snippet::element_html;
    let mut v = common::dataset(2, 3);
    v["title"] = serde_json::json!(HOSTILE[0]);
    let file = v.to_string();
    let hostile = HOSTILE[4];
    let printed = snippet_of_file_with(
        &file,
        &["--element-only", "--dataset", "x", "--mode", hostile],
    );
    let dataset = parse_dataset(&file).unwrap();
    let written = element_html(
        &[("dataset", "x".to_string()), ("mode", hostile.to_string())],
        Some(&file),
        &dataset,
    );
    assert_eq!(written, printed);
    assert_eq!(
        element_html(&[], None, &dataset),
        format!(
            "<role-explainer>\n{}</role-explainer>\n",
            fallback_table(&dataset)
        )
    );
}

#[test]
fn the_fallback_table_speaks_the_dataset_language() {
    let de = parse_dataset(
        BUILTIN
            .iter()
            .find(|(id, _)| *id == "pm-vs-po.de")
            .unwrap()
            .1,
    )
    .unwrap();
    let table = fallback_table(&de);
    assert!(table.contains("<th scope=\"col\">Aspekt</th>"), "{table}");
    assert!(
        table.contains("(Gemeinsam: Produktmanager und Product Owner)"),
        "{table}"
    );
    assert!(!table.contains("Attribute") && !table.contains("shared by"));
}
