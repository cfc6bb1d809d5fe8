//! Prints a copy-paste embed snippet: the script tag and the element, with the comparison as a
//! plain HTML table inside it for readers without JavaScript and for feed readers.
//!
//! ```text
//! cargo run --bin snippet -- --dataset pm-vs-po [--mode explore] [--attributes a,b]
//!                            [--header hide] [--presenting on] [--layout wide] [--print worksheet]
//!                            [--src https://host/path/role-explainer.js]
//! cargo run --bin snippet -- --file my-dataset.json   (inlines the dataset)
//! cargo run --bin snippet -- --dataset pm-vs-po --cdn https://cdn.jsdelivr.net/npm [--dist dist]
//!   (the npm package's versioned script URL, with the `integrity` hash of the element script
//!   built in --dist, default dist/, and `crossorigin="anonymous"`)
//! --element-only leaves out the script tag (the demo pages load it once in <head>).
//! --sync-hash keeps the reader's state in the page's URL hash (for a page of its own).
//! ```

use role_explainer::model::embed_code::snippet;
use role_explainer::model::i18n::Lang;
use role_explainer::model::load::{load, DatasetSource};
use role_explainer::model::snippet::cdn_folder;
use role_explainer::model::sri::integrity;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage: snippet (--dataset ID | --file PATH) [--mode MODE] [--attributes IDS] [--theme THEME] [--lang LANG] [--header show|hide] [--presenting auto|on|off] [--layout fit|wide] [--print table|worksheet] [--src SCRIPT_URL | --cdn BASE_URL [--dist DIR]] [--element-only] [--sync-hash]";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (mut source, mut file_text) = (None, None);
    let mut attributes: Vec<(&str, String)> = Vec::new();
    let mut src = "role-explainer.js".to_string();
    let mut element_only = false;
    let mut sync_hash = false;
    let mut lang = None;
    let (mut cdn, mut dist, mut src_given) = (None, "dist".to_string(), false);
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
            "--src" => {
                src = value;
                src_given = true;
            }
            "--cdn" => cdn = Some(value),
            "--dist" => dist = value,
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
    // The versioned CDN URLs, and the hashes of the files built in `dist`.
    let mut hashes = None;
    if let Some(base) = &cdn {
        if src_given {
            eprintln!("snippet: --src and --cdn both say where the script is; give one\n{USAGE}");
            return ExitCode::from(2);
        }
        src = format!(
            "{}/role-explainer.js",
            cdn_folder(base, env!("CARGO_PKG_VERSION"))
        );
        match built_integrity(Path::new(&dist)) {
            Ok(h) => hashes = Some(h),
            Err(message) => {
                eprintln!("snippet: {message}");
                return ExitCode::from(1);
            }
        }
    }
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
        hashes.as_deref(),
        &attributes,
        file_text.as_deref(),
        &dataset,
        element_only,
    );
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = std::io::stdout().write_all(out.as_bytes());
    ExitCode::SUCCESS
}

/// The SRI value of the element script built in `dist`, after checking that it carries the
/// hash of the wasm beside it; or a message naming the file that is missing or unfit.
fn built_integrity(dist: &Path) -> Result<String, String> {
    let read = |file: &str| {
        let path = dist.join(file);
        std::fs::read(&path).map_err(|e| {
            format!(
                "--cdn writes the hash of the built files, and {} cannot be read ({e}); \
                 run `make dist`, or give the build folder with --dist DIR",
                path.display()
            )
        })
    };
    let script = read("role-explainer.js")?;
    let wasm = read("pkg/role-explainer_bg.wasm")?;
    let contains = |needle: &[u8]| script.windows(needle.len()).any(|w| w == needle);
    // The element script checks the wasm with the hash the build writes into it: without it
    // (not from `make dist`), or with another build's, the tag's hash would vouch for nothing.
    if contains(PLACEHOLDER.as_bytes()) {
        return Err(format!(
            "{} still has its {PLACEHOLDER} placeholder (not written by the build's \
             scripts/stamp-wasm-integrity.sh); run `make dist`",
            dist.join("role-explainer.js").display()
        ));
    }
    if !contains(integrity(&wasm).as_bytes()) {
        return Err(format!(
            "{} does not hold the hash of {} beside it (files from two builds?); run `make dist`",
            dist.join("role-explainer.js").display(),
            dist.join("pkg/role-explainer_bg.wasm").display()
        ));
    }
    Ok(integrity(&script))
}

/// What `www/role-explainer.js` holds until the build writes the wasm's hash over it.
const PLACEHOLDER: &str = "@ROLE_EXPLAINER_WASM_INTEGRITY@";
