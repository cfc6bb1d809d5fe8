//! Property tests over the parsers exposed to outside input (dataset JSON here; the URL hash
//! and element attributes in their own files): no input may panic, and every refusal says
//! where and what. `make test` runs 10,000+ cases of each.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use role_explainer::model::builtin::builtin;
use role_explainer::model::json::{parse, Json, MAX_DEPTH};
use role_explainer::model::validate::{parse_dataset, validate, Problem};

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

/// Whether a problem's path leads into `value`: `dataset` is the document itself; otherwise
/// every step but the last must exist (the last may be what is missing).
fn path_leads_into(value: &Json, path: &str) -> bool {
    if path == "dataset" {
        return true;
    }
    let mut steps: Vec<Result<&str, usize>> = Vec::new();
    for part in path.split('.') {
        let (key, indexes) = part
            .split_once('[')
            .map_or((part, ""), |(k, rest)| (k, rest));
        if !key.is_empty() {
            steps.push(Ok(key));
        }
        for index in indexes.split('[').filter(|s| !s.is_empty()) {
            match index.strip_suffix(']').and_then(|i| i.parse().ok()) {
                Some(i) => steps.push(Err(i)),
                None => return false,
            }
        }
    }
    let Some((_, parents)) = steps.split_last() else {
        return false;
    };
    let mut at = value;
    for step in parents {
        at = match (step, at) {
            (Ok(key), _) => match at.get(key) {
                Some(v) => v,
                None => return false,
            },
            (Err(i), Json::Array(items)) => match items.get(*i) {
                Some(v) => v,
                None => return false,
            },
            _ => return false,
        };
    }
    true
}

fn assert_names_where_and_what(value: &Json, problems: &[Problem]) {
    assert!(!problems.is_empty());
    for p in problems {
        assert!(!p.message.is_empty(), "{p:?}");
        assert!(path_leads_into(value, &p.path), "{p:?} in {value:?}");
    }
}

fn json_value() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<i64>().prop_map(Json::Number),
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

    /// Every refusal names a message and a path that leads into the value.
    #[test]
    fn any_json_value_is_validated_or_refused(value in json_value()) {
        match validate(&value) {
            Ok(d) => prop_assert!((2..=4).contains(&d.roles.len()) && !d.attributes.is_empty()),
            Err(problems) => assert_names_where_and_what(&value, &problems),
        }
    }

    /// The same, for values that start from a valid dataset and lose or change one part.
    #[test]
    fn damaged_datasets_name_where_and_what(edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..4), 1..4)) {
        let mut value = parse(builtin("pm-vs-po").unwrap()).unwrap();
        for (at, kind) in edits {
            damage(&mut value, at, kind);
        }
        match validate(&value) {
            Ok(_) => {}
            Err(problems) => assert_names_where_and_what(&value, &problems),
        }
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

/// Picks the `at`-th node (depth first) and removes its first member, or changes its type.
fn damage(value: &mut Json, at: prop::sample::Index, kind: u8) {
    fn count(v: &Json) -> usize {
        1 + match v {
            Json::Array(items) => items.iter().map(count).sum(),
            Json::Object(members) => members.iter().map(|(_, v)| count(v)).sum(),
            _ => 0,
        }
    }
    /// Damages node `n` under `v`; returns how many nodes are left to skip when not found.
    fn visit(v: &mut Json, n: usize, kind: u8) -> Option<usize> {
        if n == 0 {
            *v = match (kind, &*v) {
                (0, Json::Object(m)) => Json::Object(m.iter().skip(1).cloned().collect()),
                (0, Json::Array(a)) => Json::Array(a.iter().skip(1).cloned().collect()),
                (1, _) => Json::Null,
                (2, _) => Json::String(" ".into()),
                _ => Json::Array(vec![]),
            };
            return None;
        }
        let mut left = n - 1;
        let children: Vec<&mut Json> = match v {
            Json::Array(items) => items.iter_mut().collect(),
            Json::Object(members) => members.iter_mut().map(|(_, c)| c).collect(),
            _ => Vec::new(),
        };
        for child in children {
            left = visit(child, left, kind)?;
        }
        Some(left)
    }
    let n = at.index(count(value));
    assert_eq!(visit(value, n, kind), None);
}

fn problems(text: &str) -> Vec<String> {
    match parse_dataset(text) {
        Ok(d) => panic!("{} was accepted as {}", &text[..text.len().min(40)], d.id),
        Err(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}

#[test]
fn pathological_inputs_are_refused() {
    let nested_too_deeply = |text: &str| parse(text).unwrap_err().message;
    // Too large for a dataset; and the reader alone stops at the depth cap, not the stack.
    assert_eq!(
        problems(&"[".repeat(1_000_000)),
        ["dataset: too large (977 KiB; at most 128 KiB)"]
    );
    assert_eq!(
        nested_too_deeply(&"[".repeat(1_000_000)),
        "nested too deeply"
    );
    assert_eq!(
        problems(&"{\"a\":".repeat(100_000)),
        ["dataset: too large (489 KiB; at most 128 KiB)"]
    );
    assert_eq!(
        nested_too_deeply(&"{\"a\":".repeat(100_000)),
        "nested too deeply"
    );
    // Under the size cap, so the reader sees them.
    assert_eq!(
        problems(&"[".repeat(100_000)),
        [format!(
            "line 1, column {}: nested too deeply",
            MAX_DEPTH + 1
        )]
    );
    assert_eq!(
        problems(&format!("\"{}", "\\u".repeat(10_000))),
        ["line 1, column 4: expected four hex digits"]
    );
    // Numbers are whole and fit an i64: a longer one is refused, never a panic.
    assert_eq!(
        problems(&"1".repeat(100_000)),
        ["line 1, column 20: number too large"]
    );
    assert_eq!(
        problems("\u{feff}"),
        ["line 1, column 2: unexpected end of input"]
    );
    assert_eq!(problems("\u{feff}{}")[0], "version: missing");
    assert_eq!(
        problems("0001"),
        ["line 1, column 1: leading zero in a number"]
    );
    // Exponents and fractions are refused (no float parser in the wasm), never a panic.
    for text in ["1e999999", "1.5", "0.5", "-0.0"] {
        assert_eq!(
            parse(text).unwrap_err().message,
            "only whole numbers are allowed",
            "{text}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The reader against serde_json. They must agree on accepting or refusing any text, and on the
// value when both accept, except where this reader differs on purpose:
// - depth: it refuses more than MAX_DEPTH (32) nested arrays and objects, as SECURITY.md
//   promises; serde_json reads up to 128;
// - byte-order mark: it skips one at the very start (Windows editors save one); serde_json
//   refuses it;
// - numbers: it reads whole numbers within i64 only (no float parser in the wasm); a
//   fraction, an exponent or a larger number is refused where serde_json reads a float;
// - duplicate keys: both accept; it keeps every member so that validation can name the
//   duplicate, serde_json keeps the last;
// - size: it has no size cap; `parse_dataset` refuses documents over 128 KiB before reading
//   them (tested in tests/model_validate.rs).
// ---------------------------------------------------------------------------------------------

fn depth(v: &serde_json::Value) -> usize {
    match v {
        serde_json::Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        serde_json::Value::Object(members) => 1 + members.values().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}

/// The same value, reading objects as serde_json does (the last of duplicate keys counts).
fn same(ours: &Json, theirs: &serde_json::Value) -> bool {
    use serde_json::Value as V;
    match (ours, theirs) {
        (Json::Null, V::Null) => true,
        (Json::Bool(a), V::Bool(b)) => a == b,
        (Json::Number(a), V::Number(b)) => b.as_i64() == Some(*a) || b.as_f64() == Some(*a as f64),
        (Json::String(a), V::String(b)) => a == b,
        (Json::Array(a), V::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        (Json::Object(a), V::Object(b)) => {
            let mut keys: Vec<&String> = a.iter().map(|(k, _)| k).collect();
            keys.sort();
            keys.dedup();
            keys.len() == b.len()
                && b.iter().all(|(k, y)| {
                    a.iter()
                        .rev()
                        .find(|(key, _)| key == k)
                        .is_some_and(|(_, x)| same(x, y))
                })
        }
        _ => false,
    }
}

fn agree(text: &str) -> Result<(), TestCaseError> {
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    match (parse(text), theirs) {
        (Ok(a), Ok(b)) => prop_assert!(same(&a, &b), "{text:?}: {a:?} vs {b:?}"),
        (Err(_), Err(_)) => {}
        (Err(e), Ok(b)) => prop_assert!(
            (e.message == "nested too deeply" && depth(&b) > MAX_DEPTH)
                || e.message == "only whole numbers are allowed"
                || e.message == "number too large",
            "{text:?}: only serde_json read it ({e}; depth {})",
            depth(&b)
        ),
        (Ok(a), Err(e)) => {
            if let Some(rest) = text.strip_prefix('\u{feff}') {
                prop_assert_eq!(parse(rest), Ok(a));
                agree(rest)?;
            } else {
                prop_assert!(
                    false,
                    "{text:?}: only this reader read it ({a:?}; serde_json: {e})"
                );
            }
        }
    }
    Ok(())
}

#[test]
fn the_documented_differences_from_serde_json() {
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(parse(&deep(MAX_DEPTH)).is_ok());
    assert!(parse(&deep(MAX_DEPTH + 1)).is_err());
    assert!(serde_json::from_str::<serde_json::Value>(&deep(MAX_DEPTH + 1)).is_ok());
    assert!(parse("\u{feff}[]").is_ok());
    assert!(serde_json::from_str::<serde_json::Value>("\u{feff}[]").is_err());
    for float in ["1e400", "1.5", "1e5", "9223372036854775808"] {
        assert!(parse(float).is_err(), "{float}");
        assert!(serde_json::from_str::<serde_json::Value>(float).is_ok() || float == "1e400");
    }
    assert_eq!(parse("-9223372036854775807"), Ok(Json::Number(-i64::MAX)));
    let dup = r#"{"a": 1, "a": 2}"#;
    assert_eq!(parse(dup).unwrap().get("a"), Some(&Json::Number(1)));
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(dup).unwrap()["a"],
        2
    );
    // Each passes the agreement check.
    for text in [
        deep(MAX_DEPTH + 1).as_str(),
        "\u{feff}[]",
        "1e400",
        "1.5",
        dup,
    ] {
        agree(text).unwrap();
    }
    assert!(agree("01").is_ok(), "both refuse a leading zero");
    assert!(agree("[1, 2]").is_ok());
}

/// Pieces of JSON, valid and not, that random sequences of make interesting documents of.
fn token() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "[",
        "]",
        "{",
        "}",
        ",",
        ":",
        " ",
        "\n",
        "\t",
        "\r",
        "\u{c}",
        "\u{feff}",
        "\"a\"",
        "\"\"",
        "\"\\u00e9\"",
        "\"\\ud83d\\ude00\"",
        "\"\\ud800\"",
        "\"\\udc00\"",
        "\"\\b\\f\\t\\n\\r\\/\"",
        "\"\\x\"",
        "\"\u{2028}\"",
        "\"\u{1}\"",
        "\"\\u12\"",
        "\"",
        "\\",
        "0",
        "-0",
        "01",
        "-01",
        "00.5",
        "1.5",
        "1.",
        ".5",
        "1e5",
        "1E+2",
        "2e-3",
        "1e",
        "-",
        "+1",
        "1e400",
        "123456789012345678901234567890",
        "0.1",
        "true",
        "false",
        "null",
        "tru",
        "nul",
        "NaN",
        "Infinity",
        "'a'",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::cases(10_000)))]

    #[test]
    fn agrees_with_serde_json_on_any_text(text in "\\PC{0,200}") {
        agree(&text)?;
    }

    #[test]
    fn agrees_with_serde_json_on_json_like_text(text in r#"[\[\]{}:,"0-9a-z.eE+\\ \-tfnul]{0,200}"#) {
        agree(&text)?;
    }

    #[test]
    fn agrees_with_serde_json_on_token_sequences(tokens in prop::collection::vec(token(), 0..40)) {
        agree(&tokens.concat())?;
    }

    /// Valid documents (written by serde_json), then a few characters changed.
    #[test]
    fn agrees_with_serde_json_on_edited_documents(
        value in json_value(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, prop::sample::select(vec!['0', '1', '-', '.', 'e', '"', '\\', '[', ']', '{', '}', ',', ':', ' ', 'u', 'n'])), 0..4),
    ) {
        let mut text: Vec<char> = serde_json::to_string(&to_serde(&value)).unwrap().chars().collect();
        for (at, kind, c) in edits {
            if text.is_empty() { break; }
            let i = at.index(text.len());
            match kind {
                0 => { text.remove(i); }
                1 => text.insert(i, c),
                _ => text[i] = c,
            }
        }
        agree(&text.into_iter().collect::<String>())?;
    }
}

fn to_serde(v: &Json) -> serde_json::Value {
    use serde_json::Value as V;
    match v {
        Json::Null => V::Null,
        Json::Bool(b) => V::Bool(*b),
        Json::Number(n) => V::Number((*n).into()),
        Json::String(s) => V::String(s.clone()),
        Json::Array(items) => V::Array(items.iter().map(to_serde).collect()),
        Json::Object(members) => V::Object(
            members
                .iter()
                .map(|(k, v)| (k.clone(), to_serde(v)))
                .collect(),
        ),
    }
}
