//! Native tests of selection and verdict for 2, 3 and 4 roles, with property tests.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use role_explainer::model::dataset::Dataset;
use role_explainer::model::i18n::Lang;
use role_explainer::model::selection::{Pick, Selection};
use role_explainer::model::strings::{verdict_explanation, verdict_sentence};
use role_explainer::model::validate::parse_dataset;
use role_explainer::model::verdict::verdict;

fn dataset(roles: usize, attributes: usize) -> Dataset {
    parse_dataset(&common::dataset(roles, attributes).to_string()).unwrap()
}

#[test]
fn nothing_picked_has_no_leader() {
    let d = dataset(3, 4);
    let v = verdict(&d, &Selection::new(4));
    assert_eq!((v.picked, v.leaders.clone()), (0, vec![]));
    assert_eq!(verdict_sentence(Lang::En, &d, &v), "No traits picked yet.");
}

#[test]
fn the_article_example_reads_four_of_six_for_the_product_owner() {
    let (d, s) = common::four_of_six_for_the_product_owner();
    let v = verdict(&d, &s);
    assert_eq!(
        verdict_sentence(Lang::En, &d, &v),
        "4 of 6 traits: Product Owner"
    );
    assert_eq!(
        verdict_explanation(Lang::En, &d, &v),
        d.roles[1].description
    );
}

#[test]
fn a_shared_trait_counts_for_every_role_sharing_it() {
    let d = dataset(3, 2);
    let mut s = Selection::new(2);
    s.pick(0, Pick::Shared);
    let v = verdict(&d, &s);
    assert_eq!(v.scores, [1, 1, 0]);
    assert_eq!(v.leaders, [0, 1]);
    assert_eq!(
        verdict_sentence(Lang::En, &d, &v),
        "A tie, 1 of 1 trait each: Role alpha and Role beta"
    );
    s.pick(1, Pick::Role(2));
    assert_eq!(verdict(&d, &s).leaders, [0, 1, 2]);
    assert_eq!(
        verdict_sentence(Lang::En, &d, &verdict(&d, &s)),
        "A tie, 1 of 2 traits each: Role alpha, Role beta and Role gamma"
    );
}

#[test]
fn picking_the_same_trait_again_clears_it() {
    let mut s = Selection::new(3);
    s.pick(1, Pick::Role(0));
    s.pick(1, Pick::Role(0));
    assert_eq!(s.picked(1), None);
    s.pick(1, Pick::Role(0));
    s.pick(1, Pick::Role(1));
    assert_eq!(s.picked(1), Some(Pick::Role(1)));
    s.pick(9, Pick::Role(1)); // out of range: ignored
    assert_eq!(s.picked_count(), 1);
}

#[test]
fn chips_toggle_rows_and_all_or_none_set_them() {
    let mut s = Selection::new(4);
    assert_eq!(s.shown_count(), 4);
    s.toggle_shown(2);
    assert!(!s.is_shown(2));
    assert_eq!(s.shown_count(), 3);
    s.show_all(false);
    assert_eq!(s.shown_count(), 0);
    s.toggle_shown(7);
    s.show_all(true);
    assert_eq!(s.shown_count(), 4);
}

/// A random dataset size and a pick (or none) for each attribute.
fn case() -> impl Strategy<Value = (usize, Vec<Option<usize>>)> {
    (2usize..=4, 1usize..=12).prop_flat_map(|(roles, attributes)| {
        // A pick index equal to `roles` means the shared trait of attribute 0 (if any).
        let pick = prop::option::of(0..=roles);
        (Just(roles), prop::collection::vec(pick, attributes))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::cases(2000)))]

    #[test]
    fn verdict_counts_and_leaders_agree_with_a_recount((roles, picks) in case()) {
        let d = dataset(roles, picks.len());
        let mut s = Selection::new(picks.len());
        let mut expected = vec![0usize; roles];
        let mut picked = 0;
        for (a, p) in picks.iter().enumerate() {
            match p {
                Some(r) if *r < roles => { s.pick(a, Pick::Role(*r)); expected[*r] += 1; picked += 1; }
                Some(_) if a == 0 => { s.pick(a, Pick::Shared); expected[0] += 1; expected[1] += 1; picked += 1; }
                _ => {}
            }
        }
        let v = verdict(&d, &s);
        prop_assert_eq!(&v.scores, &expected);
        prop_assert_eq!(v.picked, picked);
        let top = expected.iter().copied().max().unwrap();
        let leaders: Vec<usize> = if top == 0 { vec![] } else { (0..roles).filter(|r| expected[*r] == top).collect() };
        prop_assert_eq!(&v.leaders, &leaders);
        let sentence = verdict_sentence(Lang::En, &d, &v);
        match leaders.len() {
            0 => prop_assert_eq!(sentence, "No traits picked yet."),
            1 => {
                let suffix = format!(": Role {}", common::ROLE_IDS[leaders[0]]);
                prop_assert!(sentence.ends_with(&suffix), "{} should end with {}", sentence, suffix);
            }
            _ => prop_assert!(sentence.starts_with("A tie")),
        }
    }

    #[test]
    fn all_picks_for_one_role_make_it_the_sole_leader(roles in 2usize..=4, attributes in 1usize..=12, role in 0usize..4) {
        let role = role % roles;
        let d = dataset(roles, attributes);
        let mut s = Selection::new(attributes);
        for a in 0..attributes { s.pick(a, Pick::Role(role)); }
        let v = verdict(&d, &s);
        prop_assert_eq!(v.leaders, vec![role]);
        prop_assert_eq!(v.scores[role], attributes);
    }
}

#[test]
fn clearing_picks_forgets_every_pick_and_keeps_the_rows() {
    let (d, mut s) = common::four_of_six_for_the_product_owner();
    s.toggle_shown(2);
    assert_eq!(s.picked_count(), 6);
    s.clear_picks();
    assert_eq!(s.picked_count(), 0);
    assert!((0..d.attributes.len()).all(|a| s.picked(a).is_none()));
    assert_eq!(s.shown_count(), d.attributes.len() - 1);
    assert!(!s.is_shown(2));
}

#[test]
fn a_pick_belongs_to_its_role_or_to_the_roles_sharing_the_trait() {
    use role_explainer::model::selection::roles_of;
    let (d, _) = common::four_of_six_for_the_product_owner();
    let horizon = &d.attributes[d.attribute_index("horizon").unwrap()];
    let overlap = &d.attributes[d.attribute_index("overlap").unwrap()];
    assert_eq!(roles_of(&d, horizon, Pick::Role(0)), [0]);
    assert_eq!(roles_of(&d, horizon, Pick::Role(1)), [1]);
    // A role index past the dataset's roles (from a stale link) belongs to none.
    assert_eq!(roles_of(&d, horizon, Pick::Role(2)), Vec::<usize>::new());
    assert_eq!(
        roles_of(&d, horizon, Pick::Role(usize::MAX)),
        Vec::<usize>::new()
    );
    assert_eq!(roles_of(&d, overlap, Pick::Shared), [0, 1]);
    assert_eq!(roles_of(&d, horizon, Pick::Shared), Vec::<usize>::new());
}

#[test]
fn rows_shown_and_picks_are_counted() {
    let mut s = Selection::new(4);
    assert_eq!(
        (s.attribute_count(), s.shown_count(), s.picked_count()),
        (4, 4, 0)
    );
    s.pick(1, Pick::Role(0));
    s.pick(3, Pick::Shared);
    assert_eq!(s.picked_count(), 2);
    // Replacing the shown rows keeps the picks; a shorter list leaves the rest as they were.
    s.set_shown(&[false, true, false]);
    assert_eq!(
        (0..4).map(|a| s.is_shown(a)).collect::<Vec<_>>(),
        [false, true, false, true]
    );
    assert_eq!((s.shown_count(), s.picked_count()), (2, 2));
    assert_eq!(
        Selection::with_shown(vec![true, false]).attribute_count(),
        2
    );
}
