//! Prints a copy-paste embed snippet: the script tag and the element, with the comparison as a
//! plain HTML table inside it for readers without JavaScript and for feed readers.
//!
//! cargo run --bin snippet -- --dataset pm-vs-po [--mode explore] [--attributes a,b]
//!                            [--src https://host/path/role-explainer.js]
//! cargo run --bin snippet -- --file my-dataset.json   (inlines the dataset)
//! --element-only leaves out the script tag (the demo pages load it once in <head>).
//! --sync-hash keeps the reader's state in the page's URL hash (for a page of its own).

use role_explainer::model::fallback_html::{escape_html, fallback_table};
use role_explainer::model::i18n::Lang;
use role_explainer::model::load::{load, DatasetSource};
use std::process::ExitCode;

const USAGE: &str = "usage: snippet (--dataset ID | --file PATH) [--mode MODE] [--attributes IDS] [--theme THEME] [--lang LANG] [--src SCRIPT_URL] [--element-only] [--sync-hash]";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (mut source, mut file_text) = (None, None);
    let mut attributes: Vec<(&str, String)> = Vec::new();
    let mut src = "role-explainer.js".to_string();
    let mut element_only = false;
    let mut sync_hash = false;
    let mut lang = None;
    while let Some(flag) = args.next() {
        if flag == "--element-only" {
            element_only = true;
            continue;
        }
        if flag == "--sync-hash" {
            sync_hash = true;
            continue;
        }
        let Some(value) = args.next() else {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        };
        match flag.as_str() {
            "--dataset" => {
                attributes.insert(0, ("dataset", value.clone()));
                source = Some(DatasetSource::Builtin(value));
            }
            "--file" => match std::fs::read_to_string(&value) {
                Ok(text) => {
                    source = Some(DatasetSource::Json(text.clone()));
                    file_text = Some(text);
                }
                Err(e) => {
                    eprintln!("{value}: {e}");
                    return ExitCode::from(1);
                }
            },
            "--mode" => attributes.push(("mode", value)),
            "--attributes" => attributes.push(("attributes", value)),
            "--theme" => attributes.push(("theme", value)),
            "--lang" => {
                lang = Lang::from_tag(&value);
                attributes.push(("lang", value));
            }
            "--src" => src = value,
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(source) = source else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let dataset = match load(&source, lang) {
        Ok(d) => d,
        Err(problems) => {
            for p in problems {
                eprintln!("{p}");
            }
            return ExitCode::from(1);
        }
    };
    let mut attrs: String = attributes
        .iter()
        .map(|(k, v)| format!(" {k}=\"{}\"", escape_html(v)))
        .collect();
    if sync_hash {
        attrs.push_str(" sync-hash");
    }
    if !element_only {
        println!(
            "<script type=\"module\" src=\"{}\"></script>",
            escape_html(&src)
        );
    }
    println!("<role-explainer{attrs}>");
    if let Some(text) = file_text {
        // "</" cannot occur outside strings in valid JSON, and "<\/" means the same inside them.
        println!(
            "<script type=\"application/json\">{}</script>",
            text.trim().replace("</", "<\\/")
        );
    }
    print!("{}", fallback_table(&dataset));
    println!("</role-explainer>");
    ExitCode::SUCCESS
}
