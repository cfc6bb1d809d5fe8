//! The preprocessor's work on chapters and on mdBook's book JSON.

use mdbook_role_explainer::{
    path_to_root, process_book, process_chapter, read_fence, with_preprocessor, Fence,
};

const CHAPTER: &str = "# Roles\n\nBefore.\n\n```role-explainer\ndataset = \"pm-vs-po\"\nmode = \"explore\"\nheader = hide\n```\n\nAfter.\n\n```rust\nlet x = 1;\n```\n";

#[test]
fn a_settings_fence_becomes_the_element_with_its_table_and_the_script_once() {
    let (html, warnings) = process_chapter(CHAPTER, "../");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(html.starts_with("# Roles\n\nBefore.\n"));
    assert!(html.contains("<role-explainer dataset=\"pm-vs-po\" mode=\"explore\" header=\"hide\">"));
    assert!(html.contains("<table class=\"role-explainer-fallback\">"));
    assert!(html.contains("Time horizon"));
    assert!(
        html.contains("After.\n\n```rust\nlet x = 1;\n```\n"),
        "other fences stay"
    );
    assert_eq!(html.matches("<script type=\"module\"").count(), 1);
    assert!(html.contains("src=\"../role-explainer/role-explainer.js\""));
    let twice = format!("{CHAPTER}\n{CHAPTER}");
    let (html, _) = process_chapter(&twice, "");
    assert_eq!(html.matches("<role-explainer ").count(), 2);
    assert_eq!(
        html.matches("<script type=\"module\"").count(),
        1,
        "one script per chapter"
    );
    let (plain, _) = process_chapter("# No widget\n", "");
    assert_eq!(plain, "# No widget\n");
}

#[test]
fn an_inline_dataset_is_escaped_into_the_element() {
    let json = r#"{"version": 1, "id": "x", "title": "A </script><!--<script> B", "lang": "en", "source": "s",
      "roles": [{"id": "a", "name": "A", "short": "A", "description": "d"}, {"id": "b", "name": "B", "short": "B", "description": "d"}],
      "attributes": [{"id": "f", "name": "F", "values": {"a": {"text": "t", "why": "w"}, "b": {"text": "t", "why": "w"}}}]}"#;
    let (html, warnings) = process_chapter(&format!("```role-explainer\n{json}\n```\n"), "");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(html.contains("<script type=\"application/json\">{"));
    assert!(
        !html.contains("</script><!--"),
        "author text cannot end the script element"
    );
    assert!(html.contains("A \\u003c/script\\u003e\\u003c!--\\u003cscript\\u003e B"));
    assert!(html.contains("<caption>A &lt;/script&gt;&lt;!--&lt;script&gt; B</caption>"));
}

#[test]
fn a_fence_it_cannot_use_says_what_and_where_and_the_rest_stays() {
    let cases = [
        (
            "mdoe = \"explore\"",
            "role-explainer (line 3): line 1: unknown key \"mdoe\"",
        ),
        (
            "mode explore",
            "role-explainer (line 3): line 1: expected key = \"value\"",
        ),
        (
            "dataset = \"nope\"",
            "role-explainer (line 3): dataset: unknown built-in dataset \"nope\"",
        ),
        (
            "mode = \"quiz",
            "role-explainer (line 3): line 1: the value's closing \" is missing",
        ),
        ("{\"version\": 1}", "role-explainer (line 3): id: missing"),
    ];
    for (body, message) in cases {
        let chapter = format!("# T\n\n```role-explainer\n{body}\n```\n\nKept.\n");
        let (html, warnings) = process_chapter(&chapter, "");
        assert_eq!(warnings.len(), 1, "{body}");
        assert!(warnings[0].starts_with(message), "{body}: {}", warnings[0]);
        assert!(html
            .contains("<p class=\"role-explainer-error\" role=\"alert\">role-explainer (line 3)"));
        assert!(html.contains("Kept."));
        assert!(!html.contains("<script"), "no script without a widget");
    }
    let (_, warnings) = process_chapter("```role-explainer\nmode = \"quiz\"\n", "");
    assert_eq!(
        warnings,
        ["role-explainer (line 1): the fence is never closed with ```"]
    );
    let (html, _) = process_chapter("```role-explainer\ntheme = \"<b>\\\"x\"\n```\n", "");
    assert!(html.contains("theme=\"&lt;b&gt;&quot;x\""), "{html}");
}

#[test]
fn fences_read_settings_or_a_dataset() {
    assert_eq!(
        read_fence("# a comment\ndataset = \"pm-vs-po\"\n\nreveal = \"\"\n").unwrap(),
        Fence::Settings(vec![
            ("dataset".into(), "pm-vs-po".into()),
            ("reveal".into(), String::new())
        ])
    );
    assert!(matches!(
        read_fence("  {\"id\": 1}").unwrap(),
        Fence::Dataset(_)
    ));
}

#[test]
fn every_chapter_of_the_book_is_processed_with_its_own_path() {
    let fence = "```role-explainer\ndataset = \"pm-vs-po\"\n```\n";
    let mut book = serde_json::json!({
        "sections": [
            { "Chapter": { "name": "A", "content": fence, "path": "a.md", "sub_items": [
                { "Chapter": { "name": "B", "content": fence, "path": "guide/deep/b.md", "sub_items": [] } }
            ] } },
            "Separator",
            { "PartTitle": "Part" },
            { "Chapter": { "name": "Draft", "content": "no widget", "path": null, "sub_items": [] } }
        ],
        "__non_exhaustive": null
    });
    assert!(process_book(&mut book).is_empty());
    let a = book["sections"][0]["Chapter"]["content"].as_str().unwrap();
    let b = book["sections"][0]["Chapter"]["sub_items"][0]["Chapter"]["content"]
        .as_str()
        .unwrap();
    assert!(a.contains("src=\"role-explainer/role-explainer.js\""));
    assert!(b.contains("src=\"../../role-explainer/role-explainer.js\""));
    assert_eq!(book["sections"][3]["Chapter"]["content"], "no widget");
    assert_eq!(path_to_root("x.md"), "");
}

#[test]
fn install_adds_the_preprocessor_once() {
    let toml = "[book]\ntitle = \"T\"\n";
    let once = with_preprocessor(toml);
    assert!(once.ends_with("[preprocessor.role-explainer]\ncommand = \"mdbook-role-explainer\"\n"));
    assert_eq!(with_preprocessor(&once), once);
}
