//! Checks dataset files before an author publishes them.
//!
//! cargo run --bin role-explainer-check -- FILE...
//!
//! Exits 0 when every file is valid; otherwise prints one line per problem
//! (`FILE: attributes[3].values.po: missing trait`) and exits 1. The widget's error panel shows
//! the same messages.

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
