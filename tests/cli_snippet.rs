//! The snippet command: its output, errors, and the escaping of author text.
#![cfg(not(target_arch = "wasm32"))]

use role_explainer::model::builtin::BUILTIN;
use role_explainer::model::fallback_html::{escape_html, fallback_table};
use role_explainer::model::validate::parse_dataset;
use std::process::Command;

fn snippet(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_snippet"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
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
        "<link rel=\"modulepreload\" href=\"https://cdn.example/pkg/role-explainer.js\">\n\
         <link rel=\"preload\" href=\"https://cdn.example/pkg/role-explainer_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>\n\
         <script type=\"module\" src=\"https://cdn.example/r.js\"></script>\n<role-explainer dataset=\"pm-vs-po\" mode=\"explore\">\n<table"
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
    let path = std::env::temp_dir().join(format!("snippet-test-{}.json", std::process::id()));
    std::fs::write(&path, &text).unwrap();
    let (code, out, _) = snippet(&["--file", path.to_str().unwrap()]);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(code, 0);
    assert_eq!(
        out.matches("</script>").count(),
        2,
        "only the two real script ends: {out}"
    );
    assert!(out.contains("Time <\\/script><b>horizon<\\/b>"));
    assert!(out.contains("<th scope=\"row\">Time &lt;/script&gt;&lt;b&gt;horizon&lt;/b&gt;</th>"));
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
}

#[test]
fn every_builtin_dataset_has_an_oembed_document() {
    for (id, text) in BUILTIN.iter().filter(|(id, _)| !id.contains('.')) {
        let path = format!("{}/www/oembed/{id}.json", env!("CARGO_MANIFEST_DIR"));
        let doc: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(doc["type"], "rich");
        assert_eq!(doc["title"], parse_dataset(text).unwrap().title.as_str());
    }
}
