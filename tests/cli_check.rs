//! The validator command authors run before publishing: exit codes and output lines.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::path::PathBuf;

fn check(files: &[&str]) -> (i32, String, String) {
    common::run_command(env!("CARGO_BIN_EXE_role-explainer-check"), files)
}

fn temp(name: &str, text: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path
}

fn data(name: &str) -> String {
    format!("{}/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_shipped_dataset_passes() {
    let files: Vec<String> = std::fs::read_dir(format!("{}/data", env!("CARGO_MANIFEST_DIR")))
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".json") && !p.ends_with(".schema.json"))
        .collect();
    assert!(files.len() >= 3);
    let refs: Vec<&str> = files.iter().map(String::as_str).collect();
    let (code, out, err) = check(&refs);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    assert_eq!(err.lines().count(), files.len());
}

#[test]
fn the_whole_data_folder_passes_and_the_schema_is_skipped() {
    // `role-explainer-check -- data/*.json`, as the README and `make test` run it.
    let mut files: Vec<String> = std::fs::read_dir(format!("{}/data", env!("CARGO_MANIFEST_DIR")))
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".json"))
        .collect();
    files.sort();
    let refs: Vec<&str> = files.iter().map(String::as_str).collect();
    let (code, out, err) = check(&refs);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    assert!(err.contains("dataset.schema.json: skipped (a JSON Schema, not a dataset)"));
    assert_eq!(err.matches(": ok (").count(), files.len() - 1, "{err}");
}

#[test]
fn an_invalid_file_gets_one_line_per_problem_and_exit_1() {
    let text = std::fs::read_to_string(data("pm-vs-po.en.json"))
        .unwrap()
        .replacen(r#""short": "PO","#, r#""short": "PRODUCT-OWNER","#, 1)
        .replacen(r#""version": 1"#, r#""version": 3"#, 1);
    let bad = temp("bad.json", &text);
    let good = data("pm-vs-po.en.json");
    let (code, out, _) = check(&[&good, bad.to_str().unwrap()]);
    std::fs::remove_file(&bad).unwrap();
    let b = bad.to_str().unwrap();
    assert_eq!(code, 1);
    assert_eq!(
        out,
        format!(
            "{b}: version: unsupported version 3 (this widget reads version 1)\n\
             {b}: roles[1].short: too long (13 characters; at most 6)\n"
        )
    );
}

#[test]
fn a_file_that_is_not_json_names_line_and_column() {
    let bad = temp("syntax.json", "{\n  \"version\": 1,\n  \"id\": oops\n}\n");
    let (code, out, _) = check(&[bad.to_str().unwrap()]);
    std::fs::remove_file(&bad).unwrap();
    assert_eq!(code, 1);
    assert_eq!(
        out,
        format!(
            "{}: line 3, column 9: unexpected character\n",
            bad.display()
        )
    );
}

#[test]
fn a_missing_file_and_no_arguments_are_errors() {
    let (code, out, _) = check(&["/nonexistent/dataset.json"]);
    assert_eq!(code, 1);
    assert!(out.starts_with("/nonexistent/dataset.json: cannot read:"));
    let (code, _, err) = check(&[]);
    assert_eq!(code, 2);
    assert!(err.starts_with("usage:"));
    // Asking for help among files prints the usage and checks nothing.
    let valid = data("pm-vs-po.en.json");
    for help in ["-h", "--help"] {
        let (code, out, err) = check(&[&valid, help]);
        assert_eq!((code, out.as_str()), (2, ""), "{help}");
        assert_eq!(err.trim(), "usage: role-explainer-check FILE...", "{help}");
    }
}
