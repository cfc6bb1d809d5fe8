//! Placeholders in interface sentences: filled once, by name, and nothing else touched.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use role_explainer::model::placeholders::fill_in;

#[test]
fn each_named_placeholder_takes_its_value() {
    let filled = fill_in(
        "{score} of {traits}: {role}",
        &[("role", "PM"), ("score", "3"), ("traits", "4 traits")],
    );
    assert_eq!(filled, "3 of 4 traits: PM");
}

#[test]
fn a_placeholder_may_repeat() {
    assert_eq!(fill_in("{n}+{n}", &[("n", "2")]), "2+2");
}

#[test]
fn a_value_holding_braces_is_not_filled_again() {
    // An author may call a role "{score}"; it must read as written.
    let filled = fill_in("{role} has {score}", &[("role", "{score}"), ("score", "3")]);
    assert_eq!(filled, "{score} has 3");
}

#[test]
fn unknown_or_unclosed_braces_stay_as_written() {
    assert_eq!(fill_in("{x} {n", &[("n", "1")]), "{x} {n");
    assert_eq!(fill_in("a}{n}", &[("n", "1")]), "a}1");
    assert_eq!(fill_in("{{n}}", &[("n", "1")]), "{1}");
    assert_eq!(fill_in("", &[("n", "1")]), "");
}

#[test]
fn text_beyond_ascii_survives() {
    assert_eq!(fill_in("«{n}» مِن {n}", &[("n", "٣")]), "«٣» مِن ٣");
}

proptest! {
    /// Without placeholders a template comes back unchanged, whatever its braces.
    #[test]
    fn a_template_without_known_names_is_unchanged(t in "[a-z{} ]{0,40}") {
        prop_assert_eq!(fill_in(&t, &[("N", "x")]), t);
    }

    /// Against the obvious rule: a template of plain text and placeholders, with values free of
    /// braces, reads the same as replacing each placeholder in turn.
    #[test]
    fn equals_replacing_each_name(
        parts in prop::collection::vec(prop_oneof!["[a-z ]{0,5}", Just("{n}".to_string()), Just("{a}".to_string())], 0..8),
        v in "[a-z{]{0,5}",
        w in "[a-z}]{0,5}",
    ) {
        let t = parts.concat();
        let expected = t.replace("{n}", &v).replace("{a}", &w);
        prop_assert_eq!(fill_in(&t, &[("n", &v), ("a", &w)]), expected);
    }
}
