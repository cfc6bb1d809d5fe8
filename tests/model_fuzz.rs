//! Property tests over the parsers exposed to outside input (dataset JSON here; the URL hash
//! and element attributes in their own files): no input may panic, and every refusal says
//! where and what. `make test` runs 10,000+ cases of each.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use role_explainer::model::builtin::builtin;
use role_explainer::model::json::{parse, Json};
use role_explainer::model::validate::{parse_dataset, validate};

fn check(text: &str) {
    match parse_dataset(text) {
        Ok(d) => assert!(!d.roles.is_empty()),
        Err(problems) => {
            assert!(!problems.is_empty());
            for p in problems {
                assert!(!p.path.is_empty() && !p.message.is_empty(), "{p:?}");
            }
        }
    }
}

fn json_value() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<f64>().prop_map(Json::Number),
        ".{0,20}".prop_map(Json::String),
        prop_oneof![
            Just("id"),
            Just("roles"),
            Just("pm"),
            Just("values"),
            Just("version")
        ]
        .prop_map(|s| Json::String(s.into())),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("version".to_string()),
                        Just("id".to_string()),
                        Just("title".to_string()),
                        Just("lang".to_string()),
                        Just("source".to_string()),
                        Just("roles".to_string()),
                        Just("attributes".to_string()),
                        Just("values".to_string()),
                        Just("shared".to_string()),
                        Just("name".to_string()),
                        Just("text".to_string()),
                        Just("why".to_string()),
                        "[a-z]{1,6}",
                    ],
                    inner
                ),
                0..8
            )
            .prop_map(Json::Object),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::cases(10_000)))]

    #[test]
    fn any_text_is_read_or_refused(text in "\\PC{0,400}") {
        check(&text);
    }

    #[test]
    fn json_like_text_is_read_or_refused(text in r#"[\[\]{}:,"0-9a-z.eE+\\ \-tfnul]{0,200}"#) {
        check(&text);
    }

    #[test]
    fn any_json_value_is_validated_or_refused(value in json_value()) {
        let _ = validate(&value);
    }

    /// Edits of the real dataset: delete, insert or replace a few characters anywhere.
    #[test]
    fn mangled_datasets_are_read_or_refused(edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, any::<char>()), 1..6)) {
        let mut text: Vec<char> = builtin("pm-vs-po").unwrap().chars().collect();
        for (at, kind, c) in edits {
            let i = at.index(text.len());
            match kind {
                0 => { text.remove(i); }
                1 => text.insert(i, c),
                _ => text[i] = c,
            }
        }
        check(&text.into_iter().collect::<String>());
    }
}

#[test]
fn pathological_inputs_are_refused() {
    for text in [
        "[".repeat(1_000_000),
        "{\"a\":".repeat(100_000),
        format!("\"{}", "\\u".repeat(10_000)),
        "1".repeat(100_000),
        "\u{feff}".into(),
        "\u{feff}{}".into(),
    ] {
        check(&text);
    }
    assert!(
        parse("1e999999").is_ok(),
        "huge exponents are numbers, not panics"
    );
}
