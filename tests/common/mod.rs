//! Builders for test datasets, shared by the native test files.
#![allow(dead_code)]

use role_explainer::model::builtin::builtin;
use role_explainer::model::dataset::Dataset;
use role_explainer::model::selection::{Pick, Selection};
use role_explainer::model::validate::parse_dataset;
use serde_json::{json, Value};

/// The article dataset with four Product Owner traits and two Product Manager traits picked.
pub fn four_of_six_for_the_product_owner() -> (Dataset, Selection) {
    let d = parse_dataset(builtin("pm-vs-po").unwrap()).unwrap();
    let mut s = Selection::new(d.attributes.len());
    for a in 0..4 {
        s.pick(a, Pick::Role(1));
    }
    s.pick(4, Pick::Role(0));
    s.pick(5, Pick::Role(0));
    (d, s)
}

pub const ROLE_IDS: [&str; 4] = ["alpha", "beta", "gamma", "delta"];

/// A valid dataset with `roles` roles and `attributes` attributes; attribute 0 has a trait
/// shared by the first two roles.
pub fn dataset(roles: usize, attributes: usize) -> Value {
    let role_list: Vec<Value> = ROLE_IDS[..roles]
        .iter()
        .map(|id| {
            json!({"id": id, "name": format!("Role {id}"), "short": id[..2].to_uppercase(),
                   "description": format!("The {id} role.")})
        })
        .collect();
    let attribute_list: Vec<Value> = (0..attributes)
        .map(|a| {
            let values: serde_json::Map<String, Value> = ROLE_IDS[..roles]
                .iter()
                .map(|id| {
                    (
                        id.to_string(),
                        json!({"text": format!("{id} trait {a}"), "why": "Because."}),
                    )
                })
                .collect();
            let mut attribute =
                json!({"id": format!("attr-{a}"), "name": format!("Attribute {a}"), "values": values});
            if a == 0 {
                attribute["shared"] =
                    json!({"text": "Shared", "why": "Both.", "roles": ["alpha", "beta"]});
            }
            attribute
        })
        .collect();
    json!({"version": 1, "id": "test", "title": "Test", "lang": "en", "source": "Tests",
           "roles": role_list, "attributes": attribute_list})
}

/// Cases per property test: `default`, or `PROPTEST_CASES` when set (as `make mutants` does,
/// so that one mutant costs seconds rather than minutes). proptest reads that variable itself
/// only for its default config, which `with_cases` overrides.
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Runs one of the crate's command-line tools (`env!("CARGO_BIN_EXE_<name>")`) with `args`:
/// its exit code (-1 if killed), stdout and stderr.
pub fn run_command(program: &str, args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(program)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}
