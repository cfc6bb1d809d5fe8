//! Checks dataset files before an author publishes them.
//!
//! cargo run --bin role-explainer-check -- FILE...
//!
//! Exits 0 when every file is valid; otherwise prints one line per problem
//! (`FILE: attributes[3].values.po: missing trait`) and exits 1. The widget's error panel shows
//! the same messages. A JSON Schema document (such as `data/dataset.schema.json`) is skipped
//! with a note, so `role-explainer-check data/*.json` checks every dataset in a folder.

use role_explainer::model::json::{parse, Json};
use role_explainer::model::validate::parse_dataset;
use std::process::ExitCode;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() || files.iter().any(|f| f == "-h" || f == "--help") {
        eprintln!("usage: role-explainer-check FILE...");
        return ExitCode::from(2);
    }
    let mut valid = true;
    for file in &files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) => {
                println!("{file}: cannot read: {e}");
                valid = false;
                continue;
            }
        };
        if is_json_schema(&text) {
            eprintln!("{file}: skipped (a JSON Schema, not a dataset)");
            continue;
        }
        match parse_dataset(&text) {
            Ok(dataset) => eprintln!(
                "{file}: ok ({} roles, {} attributes)",
                dataset.roles.len(),
                dataset.attributes.len()
            ),
            Err(problems) => {
                valid = false;
                for problem in problems {
                    println!("{file}: {problem}");
                }
            }
        }
    }
    if valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Whether the text is a JSON Schema: its `$schema` names a json-schema.org meta-schema. A
/// dataset's `$schema` points at the dataset schema instead.
fn is_json_schema(text: &str) -> bool {
    matches!(
        parse(text).ok().as_ref().and_then(|doc| doc.get("$schema")),
        Some(Json::String(url))
            if url.starts_with("https://json-schema.org/") || url.starts_with("http://json-schema.org/")
    )
}
