//! Prints a copy-paste embed snippet: the script tag and the element, with the comparison as a
//! plain HTML table inside it for readers without JavaScript and for feed readers.
//!
//! cargo run --bin snippet -- --dataset pm-vs-po [--mode explore] [--attributes a,b]
//!                            [--header hide] [--presenting on] [--layout wide] [--print worksheet]
//!                            [--src https://host/path/role-explainer.js]
//! cargo run --bin snippet -- --file my-dataset.json   (inlines the dataset)
//! --element-only leaves out the script tag (the demo pages load it once in <head>).
//! --sync-hash keeps the reader's state in the page's URL hash (for a page of its own).

use role_explainer::model::embed_code::snippet;
use role_explainer::model::i18n::Lang;
use role_explainer::model::load::{load, DatasetSource};
use std::io::Write as _;
use std::process::ExitCode;

const USAGE: &str = "usage: snippet (--dataset ID | --file PATH) [--mode MODE] [--attributes IDS] [--theme THEME] [--lang LANG] [--header show|hide] [--presenting auto|on|off] [--layout fit|wide] [--print table|worksheet] [--src SCRIPT_URL] [--element-only] [--sync-hash]";

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
            "--header" => attributes.push(("header", value)),
            "--presenting" => attributes.push(("presenting", value)),
            "--layout" => attributes.push(("layout", value)),
            "--print" => attributes.push(("print", value)),
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
    if sync_hash {
        attributes.push(("sync-hash", String::new()));
    }
    // Written at once at the end, so a reader closing the pipe early cannot make it panic.
    let out = snippet(
        &src,
        &attributes,
        file_text.as_deref(),
        &dataset,
        element_only,
    );
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = std::io::stdout().write_all(out.as_bytes());
    ExitCode::SUCCESS
}
