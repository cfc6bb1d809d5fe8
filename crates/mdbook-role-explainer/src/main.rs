//! mdbook-role-explainer: an mdBook preprocessor for the role-explainer widget.
//!
//!   mdbook-role-explainer install BOOK_DIR [--assets DIST_DIR]
//!       copies the widget's files (from `make dist`) into BOOK_DIR/src/role-explainer/ and
//!       adds the preprocessor to BOOK_DIR/book.toml
//!   mdbook-role-explainer supports RENDERER     (mdBook asks; html only)
//!   mdbook-role-explainer                        (mdBook pipes [context, book] in)

use mdbook_role_explainer::{process_book, with_preprocessor, ASSET_DIR};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The files an embed loads, relative to the dist folder (the full build only for a widget
/// whose reader opens the quiz or that speaks another language).
const ASSETS: [&str; 6] = [
    "role-explainer.js",
    "role-explainer.css",
    "pkg/role-explainer.js",
    "pkg/role-explainer_bg.wasm",
    "pkg/role-explainer-full.js",
    "pkg/role-explainer-full_bg.wasm",
];

fn install(book: &Path, assets: &Path) -> Result<(), String> {
    let target = book.join("src").join(ASSET_DIR);
    // The built-in datasets are files beside the script, fetched when a widget shows one.
    let datasets = role_explainer::model::builtin::BUILTIN_FILES
        .iter()
        .map(|(_, file)| format!("data/{file}"));
    // So are the interface languages other than English.
    let languages = role_explainer::model::i18n::Lang::ALL
        .iter()
        .filter(|l| **l != role_explainer::model::i18n::Lang::En)
        .map(|l| format!("data/ui/{}.json", l.tag()));
    for file in ASSETS
        .iter()
        .map(|f| f.to_string())
        .chain(datasets)
        .chain(languages)
    {
        let to = target.join(&file);
        if let Some(dir) = to.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let from = assets.join(&file);
        std::fs::copy(&from, &to).map_err(|e| {
            format!(
                "{}: {e} (build the widget first: make dist)",
                from.display()
            )
        })?;
    }
    let toml = book.join("book.toml");
    let text = std::fs::read_to_string(&toml).map_err(|e| format!("{}: {e}", toml.display()))?;
    std::fs::write(&toml, with_preprocessor(&text))
        .map_err(|e| format!("{}: {e}", toml.display()))?;
    println!("installed into {} and {}", target.display(), toml.display());
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("supports") => {
            // The element is HTML; other renderers get nothing they could show.
            if args.get(1).map(String::as_str) == Some("html") {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Some("install") => {
            let Some(book) = args.get(1) else {
                eprintln!("usage: mdbook-role-explainer install BOOK_DIR [--assets DIST_DIR]");
                return ExitCode::from(2);
            };
            let assets = match args.get(2).map(String::as_str) {
                Some("--assets") => args.get(3).map(PathBuf::from),
                _ => None,
            }
            .unwrap_or_else(|| PathBuf::from("dist"));
            match install(Path::new(book), &assets) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("mdbook-role-explainer: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some(other) => {
            eprintln!("mdbook-role-explainer: unknown command {other}");
            ExitCode::from(2)
        }
        None => {
            let mut input = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut input) {
                eprintln!("mdbook-role-explainer: {e}");
                return ExitCode::FAILURE;
            }
            let Ok(serde_json::Value::Array(mut pair)) = serde_json::from_str(&input) else {
                eprintln!("mdbook-role-explainer: expected [context, book] from mdBook");
                return ExitCode::FAILURE;
            };
            let Some(mut book) = pair.pop() else {
                eprintln!("mdbook-role-explainer: expected [context, book] from mdBook");
                return ExitCode::FAILURE;
            };
            for warning in process_book(&mut book) {
                eprintln!("mdbook-role-explainer: {warning}");
            }
            println!("{book}");
            ExitCode::SUCCESS
        }
    }
}
