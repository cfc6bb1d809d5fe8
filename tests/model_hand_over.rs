//! The hand-over from the lean build to the full one: the whole reader's state survives
//! (view, rows, picks, revealed and current rows, the Reasons and chips toggles).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use role_explainer::model::builtin::builtin;
use role_explainer::model::config::{parse_config, Mode, RawConfig};
use role_explainer::model::dataset::Dataset;
use role_explainer::model::hand_over::{read_hand_over, write_hand_over};
use role_explainer::model::i18n::Ignored;
use role_explainer::model::selection::Pick;
use role_explainer::model::start::Start;
use role_explainer::model::state::{Action, ExplainerState};
use role_explainer::model::validate::parse_dataset;
use std::rc::Rc;

fn pm_vs_po() -> Rc<Dataset> {
    Rc::new(parse_dataset(builtin("pm-vs-po").unwrap()).unwrap())
}

/// The settings' start: `reveal` starts every row hidden.
fn configured(d: &Dataset, reveal: bool) -> Start {
    let raw = RawConfig {
        reveal: reveal.then(String::new),
        ..RawConfig::default()
    };
    Start::from_settings(d, &parse_config(&raw)).0
}

fn run(d: &Rc<Dataset>, reveal: bool, actions: Vec<Action>) -> ExplainerState {
    let start = configured(d, reveal);
    actions
        .into_iter()
        .fold(ExplainerState::new(d.clone(), &start, 7), |s, a| {
            s.apply(a).0
        })
}

/// The state the full build starts from, given the lean widget's.
fn handed_over(d: &Rc<Dataset>, reveal: bool, lean: &ExplainerState) -> ExplainerState {
    let text = write_hand_over(lean);
    let start = read_hand_over(d, &configured(d, reveal), &text).unwrap();
    ExplainerState::new(d.clone(), &start, 7)
}

fn assert_same_reader_state(a: &ExplainerState, b: &ExplainerState) {
    assert_eq!(a.mode, b.mode);
    assert_eq!(a.selection, b.selection);
    assert_eq!(a.presenter, b.presenter);
    assert_eq!((a.reasons, a.chips_open), (b.reasons, b.chips_open));
}

#[test]
fn a_lesson_in_progress_survives_opening_the_quiz() {
    let d = pm_vs_po();
    let lean = run(
        &d,
        true,
        vec![
            Action::RevealRow(0),
            Action::RevealRow(3),
            Action::ToggleReasons,
            Action::Pick(3, Pick::Role(0)),
            Action::SetMode(Mode::Quiz),
            // (Changing the view folds the row chips.)
            Action::ToggleChips,
        ],
    );
    let text = write_hand_over(&lean);
    assert_eq!(
        text,
        "mode=quiz&pick=responsibility:pm&hidden=focus,goal,artifacts,metrics,feedback,team,customers,lifecycle,priorities,overlap&current=responsibility&reasons=1&chips=1"
    );
    let full = handed_over(&d, true, &lean);
    assert_same_reader_state(&lean, &full);
    assert!(full.presenter.is_revealed(3) && !full.presenter.is_revealed(1));
    assert_eq!(full.presenter.current(), Some(3));
}

#[test]
fn rows_revealed_before_the_move_stay_revealed_whatever_the_settings_say() {
    let d = pm_vs_po();
    let lean = run(
        &d,
        true,
        vec![Action::RevealAll, Action::SetMode(Mode::Quiz)],
    );
    assert!(write_hand_over(&lean).ends_with("hidden="));
    let full = handed_over(&d, true, &lean);
    assert!((0..d.attributes.len()).all(|i| full.presenter.is_revealed(i)));
}

#[test]
fn without_presenter_keys_the_settings_decide() {
    let d = pm_vs_po();
    let start = read_hand_over(&d, &configured(&d, true), "mode=quiz").unwrap();
    let full = ExplainerState::new(d.clone(), &start, 7);
    assert_eq!(full.mode, Mode::Quiz);
    assert!(!full.presenter.is_revealed(0));
    assert!(!full.reasons && !full.chips_open);
}

#[test]
fn unknown_rows_in_the_presenter_keys_are_ignored() {
    let d = pm_vs_po();
    let start =
        read_hand_over(&d, &configured(&d, false), "hidden=nope,goal&current=nope").unwrap();
    let full = ExplainerState::new(d.clone(), &start, 7);
    assert!(!full.presenter.is_revealed(2));
    assert!(full.presenter.is_revealed(0));
    assert_eq!(full.presenter.current(), None);
}

#[test]
fn a_link_part_that_does_not_fit_is_the_links_notice() {
    let d = pm_vs_po();
    let notice = read_hand_over(&d, &configured(&d, false), "mode=slideshow&hidden=").unwrap_err();
    assert_eq!(
        (notice.path.as_str(), notice.ignored),
        ("link", Ignored::LinkState)
    );
}

fn action(n: usize) -> impl Strategy<Value = Action> {
    prop_oneof![
        (0..n).prop_map(Action::RevealRow),
        Just(Action::RevealNext),
        any::<bool>().prop_map(Action::Step),
        (0..n).prop_map(Action::ToggleRow),
        any::<bool>().prop_map(Action::ShowAllRows),
        ((0..n), (0..3usize))
            .prop_map(|(i, r)| Action::Pick(i, if r == 2 { Pick::Shared } else { Pick::Role(r) })),
        Just(Action::ToggleReasons),
        Just(Action::ToggleChips),
        prop_oneof![Just(Mode::Compare), Just(Mode::Explore), Just(Mode::Quiz)]
            .prop_map(Action::SetMode),
    ]
}

proptest! {
    #[test]
    fn any_reader_state_survives_the_hand_over(reveal in any::<bool>(), actions in prop::collection::vec(action(12), 0..24)) {
        let d = pm_vs_po();
        prop_assume!(d.attributes.len() == 12);
        // The view offers "shared" only where the attribute has a shared trait.
        let offered = |a: &Action| !matches!(a, Action::Pick(i, Pick::Shared) if d.attributes[*i].shared.is_none());
        let lean = run(&d, reveal, actions.into_iter().filter(offered).collect());
        let full = handed_over(&d, reveal, &lean);
        assert_same_reader_state(&lean, &full);
    }
}
