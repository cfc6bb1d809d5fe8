//! Native tests of the quiz: seeded shuffles, scoring, retry and solution.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use role_explainer::model::builtin::builtin;
use role_explainer::model::dataset::Dataset;
use role_explainer::model::quiz::{all_cards, CardState, Quiz, Rng, CARDS_PER_ROUND};
use role_explainer::model::report::quiz_report;
use role_explainer::model::selection::Pick;
use role_explainer::model::validate::parse_dataset;

fn pm_vs_po() -> Dataset {
    parse_dataset(builtin("pm-vs-po").unwrap()).unwrap()
}

#[test]
fn the_deck_holds_every_trait_once() {
    let d = pm_vs_po();
    let cards = all_cards(&d);
    assert_eq!(cards.len(), 12 * 2 + 1);
    assert_eq!(cards.iter().filter(|c| c.answer == Pick::Shared).count(), 1);
}

#[test]
fn the_same_seed_deals_the_same_round_and_retry_deals_another() {
    let d = pm_vs_po();
    let a = Quiz::deal(&d, 42);
    assert_eq!(a, Quiz::deal(&d, 42));
    assert_eq!(a.cards.len(), CARDS_PER_ROUND);
    assert_ne!(a.cards, Quiz::deal(&d, 43).cards);
    let b = a.retry(&d);
    assert_ne!(b.cards, a.cards);
    assert_eq!(b.answered(), 0);
    assert!(!b.is_checked());
    assert_eq!(b, a.retry(&d), "retry is deterministic too");
    assert!(b.seed < 1 << 53, "seeds stay exact as JavaScript numbers");
}

#[test]
fn scoring_counts_right_answers_and_locks_after_check() {
    let d = pm_vs_po();
    let mut q = Quiz::deal(&d, 7);
    for i in 0..q.cards.len() {
        let answer = q.cards[i].answer;
        q.answer(i, answer);
    }
    let wrong = match q.cards[0].answer {
        Pick::Role(0) => Pick::Role(1),
        _ => Pick::Role(0),
    };
    q.answer(0, wrong);
    assert_eq!(q.answered(), 10);
    q.check();
    assert_eq!(q.score(), (9, 10));
    assert_eq!(q.is_right(0), Some(false));
    q.answer(0, q.cards[0].answer); // locked
    assert_eq!(q.score(), (9, 10));
    let report = quiz_report(&d, &q);
    assert_eq!((report.score, report.total, report.seed), (9, 10, 7));
    assert!(!report.answers[0].right);
    assert_eq!(report.answers.iter().filter(|a| a.right).count(), 9);
    q.show_solution();
    assert_eq!(
        q.score(),
        (9, 10),
        "the solution never changes the earned score"
    );
    assert_eq!(
        q.state(0),
        CardState::Wrong,
        "a wrong answer stays wrong under the solution"
    );
    let report = quiz_report(&d, &q);
    assert!(report.solution_shown);
    assert_eq!((report.score, report.unanswered), (9, 0));
}

/// A wrong answer to card `i`.
fn wrong(q: &Quiz, i: usize) -> Pick {
    match q.cards[i].answer {
        Pick::Role(0) => Pick::Role(1),
        _ => Pick::Role(0),
    }
}

#[test]
fn an_early_check_marks_only_answered_cards_and_leaves_the_rest_open() {
    let d = pm_vs_po();
    let mut q = Quiz::deal(&d, 1);
    q.answer(3, Pick::Role(0));
    q.answer(3, Pick::Role(0));
    assert_eq!(q.answered(), 0, "pressing an answer again clears it");
    q.answer(0, q.cards[0].answer);
    q.answer(1, q.cards[1].answer);
    q.answer(2, wrong(&q, 2));
    q.check();
    assert!(q.is_checked());
    assert_eq!(q.score(), (2, 10));
    assert_eq!(q.unanswered(), 7);
    assert_eq!(
        (q.state(0), q.state(2), q.state(3)),
        (CardState::Right, CardState::Wrong, CardState::Open)
    );
    assert!(!q.is_complete());
    // Checked cards are locked; unanswered ones still take an answer.
    q.answer(2, q.cards[2].answer);
    assert_eq!(q.state(2), CardState::Wrong);
    q.answer(3, q.cards[3].answer);
    assert_eq!((q.state(3), q.unanswered()), (CardState::Open, 6));
    let report = quiz_report(&d, &q);
    assert_eq!((report.score, report.unanswered), (2, 6));
    assert!(
        !report.answers[3].right,
        "an unchecked answer earns nothing yet"
    );
    q.check();
    assert_eq!((q.score(), q.checks), ((3, 10), 2));
    for i in 4..q.cards.len() {
        q.answer(i, wrong(&q, i));
    }
    q.check();
    assert!(q.is_complete());
    assert_eq!((q.score(), q.unanswered()), ((3, 10), 0));
}

#[test]
fn the_solution_keeps_the_earned_score_and_ends_the_round() {
    let d = pm_vs_po();
    let mut q = Quiz::deal(&d, 5);
    q.answer(0, q.cards[0].answer);
    q.answer(1, wrong(&q, 1));
    q.show_solution();
    assert_eq!(
        q.score(),
        (1, 10),
        "answers given before the solution are marked, nothing more"
    );
    assert_eq!(
        (q.state(0), q.state(1), q.state(2)),
        (CardState::Right, CardState::Wrong, CardState::Solved)
    );
    assert_eq!(
        q.unanswered(),
        0,
        "solved cards are not waiting for an answer"
    );
    q.answer(2, q.cards[2].answer);
    q.check();
    q.show_solution();
    assert_eq!(
        q.answers[2], None,
        "the round is over once the solution shows"
    );
    assert_eq!(q.score(), (1, 10));
    let report = quiz_report(&d, &q);
    assert_eq!((report.score, report.total), (1, 10));
    assert_eq!(report.answers.iter().filter(|a| a.right).count(), 1);
}

#[test]
fn unanswered_cards_never_count_as_wrong() {
    let d = pm_vs_po();
    let mut q = Quiz::deal(&d, 1);
    q.check();
    assert_eq!(q.score(), (0, 10));
    assert_eq!(q.unanswered(), 10);
    assert!((0..10).all(|i| q.state(i) == CardState::Open && q.is_right(i).is_none()));
}

#[test]
fn the_generator_is_a_fixed_sequence() {
    // SplitMix64's published first outputs for seed 0, so the shuffle never changes silently.
    let mut rng = Rng::new(0);
    assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
    assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
}

#[test]
fn the_answer_report_names_answers_and_expected_roles_by_id() {
    let d = pm_vs_po();
    let mut q = Quiz::deal(&d, 7);
    let id = |p: Pick| match p {
        Pick::Role(r) => d.roles[r].id.clone(),
        Pick::Shared => "shared".to_string(),
    };
    q.answer(0, q.cards[0].answer);
    q.answer(1, Pick::Shared);
    let r = quiz_report(&d, &q);
    assert_eq!(r.answers.len(), q.cards.len());
    for (report, card) in r.answers.iter().zip(&q.cards) {
        assert_eq!(report.expected, id(card.answer));
        assert!(["pm", "po", "shared"].contains(&report.expected.as_str()));
    }
    assert_eq!(
        r.answers[0].answer.as_deref(),
        Some(id(q.cards[0].answer).as_str())
    );
    assert_eq!(r.answers[1].answer.as_deref(), Some("shared"));
    assert_eq!(r.answers[2].answer, None);
}

#[test]
fn every_order_of_three_cards_can_be_dealt() {
    // A fair shuffle reaches all 6 orders; an off-by-one (Sattolo's) reaches only the 2 cycles.
    let mut seen = std::collections::BTreeSet::new();
    for seed in 0..200 {
        let mut items = [0, 1, 2];
        Rng::new(seed).shuffle(&mut items);
        seen.insert(items);
    }
    assert_eq!(seen.len(), 6, "{seen:?}");
}

#[test]
fn the_shared_answer_is_offered_only_when_a_trait_is_shared() {
    use role_explainer::model::quiz::has_shared;
    assert!(has_shared(&pm_vs_po()));
    let mut v = common::dataset(2, 3);
    assert!(has_shared(&parse_dataset(&v.to_string()).unwrap()));
    v["attributes"][0].as_object_mut().unwrap().remove("shared");
    assert!(!has_shared(&parse_dataset(&v.to_string()).unwrap()));
}

proptest! {
    #[test]
    fn any_seed_deals_distinct_cards_from_the_deck(seed in any::<u64>(), roles in 2usize..=4, attributes in 1usize..=12) {
        let d = parse_dataset(&common::dataset(roles, attributes).to_string()).unwrap();
        let q = Quiz::deal(&d, seed);
        let deck = all_cards(&d);
        prop_assert_eq!(q.cards.len(), deck.len().min(CARDS_PER_ROUND));
        for (i, card) in q.cards.iter().enumerate() {
            prop_assert!(deck.contains(card));
            prop_assert!(!q.cards[..i].contains(card));
        }
    }
}

#[test]
fn an_early_check_is_announced_with_the_cards_left() {
    use role_explainer::model::i18n::Lang;
    use role_explainer::model::strings::check_announcement;
    assert_eq!(
        check_announcement(Lang::En, 2, 10, 7),
        "Score: 2 of 10. Unanswered: 7"
    );
    assert_eq!(check_announcement(Lang::En, 10, 10, 0), "Score: 10 of 10");
    assert_eq!(
        check_announcement(Lang::De, 2, 10, 1),
        "Ergebnis: 2 von 10. Unbeantwortet: 1"
    );
}
