//! Native tests of the table importers (spreadsheet TSV, CSV, Markdown) and of reading a grid
//! as a comparison: exact cases for what authors paste, and write-then-read property tests.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use role_explainer::model::table_import::{
    comparison, detect, draft_json, parse_delimited, parse_markdown, parse_table, slug,
    write_delimited, write_markdown, Grid, TableFormat, MAX_PASTE_BYTES,
};
use role_explainer::model::validate::{parse_dataset, Problem};

/// Problems as the studio shows them: "path: message".
fn messages(problems: Vec<Problem>) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

fn grid(rows: &[&[&str]]) -> Grid {
    rows.iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

const MARKDOWN: &str = "\
| Attribute | UX Designer | Developer |
|-----------|:-----------:|----------:|
| Focus     | How it feels | How it works |
| Tools | Figma \\| Sketch | Editors |
";

#[test]
fn each_format_is_recognised_and_read() {
    let (format, g) = parse_table(MARKDOWN).unwrap();
    assert_eq!(format, TableFormat::Markdown);
    assert_eq!(
        g,
        grid(&[
            &["Attribute", "UX Designer", "Developer"],
            &["Focus", "How it feels", "How it works"],
            &["Tools", "Figma | Sketch", "Editors"],
        ])
    );
    // A spreadsheet copy: tabs, CRLF, and a cell with a line break comes quoted.
    let tsv = "Attribute\tA\tB\r\nFocus\t\"two\nlines\"\tx\r\n";
    let (format, g) = parse_table(tsv).unwrap();
    assert_eq!(format, TableFormat::Tsv);
    assert_eq!(
        g,
        grid(&[&["Attribute", "A", "B"], &["Focus", "two\nlines", "x"]])
    );
    // CSV with quoted commas, doubled quotes and a line break, and blank lines between rows.
    let csv = "Attribute,A,B\n\n\"Goal, long term\",\"say \"\"hi\"\"\",\"a\nb\"\n";
    let (format, g) = parse_table(csv).unwrap();
    assert_eq!(format, TableFormat::Csv);
    assert_eq!(
        g,
        grid(&[
            &["Attribute", "A", "B"],
            &["Goal, long term", "say \"hi\"", "a\nb"]
        ])
    );
    assert_eq!(detect("| a | b |\nno separator"), TableFormat::Csv);
}

#[test]
fn broken_pastes_get_a_message_that_says_where() {
    let e = parse_table("Attribute,A,B\nFocus,\"never closed,x\n").unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 2: a quoted cell is never closed (a \" is missing)"
    );
    let e = parse_markdown("| a | b |\n| c | d |\n").unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 2: a Markdown table needs a separator row such as |---|---| under its header"
    );
    let huge = "a,b,c\n".repeat(MAX_PASTE_BYTES / 6 + 1);
    assert_eq!(
        parse_table(&huge).unwrap_err().to_string(),
        "paste: too large (257 KiB; at most 256 KiB)"
    );
    let at_limit = "a".repeat(MAX_PASTE_BYTES);
    assert!(parse_table(&at_limit).is_ok());
    let mega = "x".repeat(1024 * 1024);
    assert!(
        parse_table(&mega).is_err(),
        "a 1 MB paste is refused, not read"
    );
}

#[test]
fn a_grid_is_checked_as_a_comparison_with_every_problem_named() {
    let ok = comparison(&grid(&[
        &["", "UX Designer", "Developer"],
        &["Focus", " How it feels ", ""],
    ]))
    .unwrap();
    assert_eq!(ok.roles, ["UX Designer", "Developer"]);
    assert_eq!(
        ok.attributes,
        [(
            "Focus".to_string(),
            vec!["How it feels".to_string(), String::new()]
        )]
    );

    let problems = messages(
        comparison(&grid(&[
            &["", "A", "", "C", "D", "E"],
            &["Focus", "1", "2", "3", "4", "5"],
            &["Ragged", "1"],
            &["", "1", "2", "3", "4", "5"],
        ]))
        .unwrap_err(),
    );
    assert_eq!(
        problems,
        [
            "row 1: 5 roles in the header; a comparison has 2 to 4 (the first column holds the attribute names)",
            "row 1, column 3: empty role name",
            "row 3: 2 cells; the header has 6",
            "row 4, column 1: empty attribute name",
        ]
    );
    assert_eq!(
        comparison(&Grid::new()).unwrap_err()[0].to_string(),
        "table: empty: paste a header row and one row per attribute"
    );
    assert_eq!(
        comparison(&grid(&[&["", "A", "B"]])).unwrap_err()[0].to_string(),
        "table: no attributes: add one row per attribute under the header"
    );
    let many: Grid = std::iter::once(vec!["".into(), "A".into(), "B".into()])
        .chain((0..41).map(|i| vec![format!("a{i}"), "x".into(), "y".into()]))
        .collect();
    assert_eq!(
        comparison(&many).unwrap_err()[0].to_string(),
        "table: 41 attributes; at most 40"
    );
    assert!(
        comparison(&many[..41].to_vec()).is_ok(),
        "40 attributes are fine"
    );
}

#[test]
fn ids_are_slugs_unique_and_bounded() {
    assert_eq!(slug("UX Designer", "role-1", &[]), "ux-designer");
    assert_eq!(slug("  Ünïcode & Co. ", "role-1", &[]), "unicode-co");
    assert_eq!(slug("Größe", "x", &[]), "grosse");
    assert_eq!(slug("日本", "role-2", &[]), "role-2");
    assert_eq!(slug("Dev", "x", &["dev".into(), "dev-2".into()]), "dev-3");
    assert!(slug(&"long name ".repeat(20), "x", &[]).len() <= 29);
}

#[test]
fn a_draft_is_a_dataset_whose_only_problems_are_the_missing_whys() {
    let c = comparison(&grid(&[
        &["", "UX Designer", "Developer"],
        &["Focus", "How it feels", "How it works"],
        &["Tools <b>", "Figma", ""],
    ]))
    .unwrap();
    let json = draft_json(
        &c,
        "ux-vs-dev",
        "UX Designer vs Developer",
        "en",
        "My notes",
    );
    let problems = messages(parse_dataset(&json).unwrap_err());
    assert_eq!(
        problems,
        [
            "attributes[0].values.ux-designer.why: empty",
            "attributes[0].values.developer.why: empty",
            "attributes[1].values.ux-designer.why: empty",
            "attributes[1].values.developer.text: empty",
            "attributes[1].values.developer.why: empty",
        ]
    );
    let filled = json
        .replace("\"why\": \"\"", "\"why\": \"Because.\"")
        .replace("\"text\": \"\"", "\"text\": \"Code\"");
    let d = parse_dataset(&filled).unwrap();
    assert_eq!(d.roles[0].short, "UD");
    assert_eq!(d.attributes[1].name, "Tools <b>", "author text stays text");
}

/// Cells as authors write them: words, punctuation that matters to the formats, line breaks.
fn cell(line_breaks: bool) -> impl Strategy<Value = String> {
    let special = if line_breaks {
        prop_oneof![
            Just(","),
            Just("\""),
            Just("\t"),
            Just("|"),
            Just("\\"),
            Just("\n"),
            Just("\r\n"),
            Just(" ")
        ]
        .boxed()
    } else {
        prop_oneof![Just(","), Just("\""), Just("|"), Just("\\"), Just(" ")].boxed()
    };
    prop::collection::vec(
        prop_oneof![3 => "[a-zA-Z0-9äé€ ]{1,6}", 1 => special.prop_map(String::from)],
        0..5,
    )
    .prop_map(|parts| parts.concat())
}

fn grids(line_breaks: bool) -> impl Strategy<Value = Grid> {
    (2usize..6, 1usize..6).prop_flat_map(move |(columns, rows)| {
        prop::collection::vec(prop::collection::vec(cell(line_breaks), columns), rows)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(2_000)
    ))]

    #[test]
    fn csv_and_tsv_read_back_what_they_wrote(g in grids(true)) {
        // A row of nothing but empty cells written as one line is still a row.
        for delimiter in [',', '\t'] {
            let text = write_delimited(&g, delimiter);
            prop_assert_eq!(parse_delimited(&text, delimiter).unwrap(), g.clone(), "{:?}", text);
        }
    }

    #[test]
    fn markdown_reads_back_what_it_wrote(g in grids(false)) {
        // Markdown trims cells, so the grid it can hold is a trimmed one.
        let g: Grid = g.into_iter().map(|r| r.into_iter().map(|c| c.trim().to_string()).collect()).collect();
        let text = write_markdown(&g);
        prop_assert_eq!(detect(&text), TableFormat::Markdown);
        prop_assert_eq!(parse_markdown(&text).unwrap(), g);
    }

    #[test]
    fn any_paste_is_read_or_refused_with_a_place(text in "(?s).{0,300}") {
        match parse_table(&text) {
            Ok((_, g)) => { let _ = comparison(&g); }
            Err(p) => prop_assert!(!p.path.is_empty() && !p.message.is_empty()),
        }
    }
}
