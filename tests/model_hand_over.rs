//! The hand-over from the lean build to the full one: the reader's whole state survives (view,
//! rows, picks, revealed and current rows, the Reasons and chips toggles), whatever the
//! embedder's settings.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use role_explainer::model::builtin::builtin;
use role_explainer::model::config::{parse_config, Mode, RawConfig};
use role_explainer::model::dataset::Dataset;
use role_explainer::model::hand_over::{read_hand_over, write_hand_over};
use role_explainer::model::selection::Pick;
use role_explainer::model::start::Start;
use role_explainer::model::state::{Action, ExplainerState};
use role_explainer::model::validate::parse_dataset;
use std::rc::Rc;

fn pm_vs_po() -> Rc<Dataset> {
    Rc::new(parse_dataset(builtin("pm-vs-po").unwrap()).unwrap())
}

/// The embedder's settings: `reveal` starts every row hidden; `attributes` and `mode` choose
/// the first rows and view.
#[derive(Clone, Debug)]
struct Settings {
    reveal: bool,
    attributes: Option<&'static str>,
    mode: Option<&'static str>,
}

const DEFAULTS: Settings = Settings {
    reveal: false,
    attributes: None,
    mode: None,
};

/// A guess-then-reveal lesson.
const REVEAL: Settings = Settings {
    reveal: true,
    ..DEFAULTS
};

fn configured(d: &Dataset, settings: &Settings) -> Start {
    let raw = RawConfig {
        reveal: settings.reveal.then(String::new),
        attributes: settings.attributes.map(Into::into),
        mode: settings.mode.map(Into::into),
        ..RawConfig::default()
    };
    Start::from_settings(d, &parse_config(&raw)).0
}

fn run(d: &Rc<Dataset>, settings: &Settings, actions: Vec<Action>) -> ExplainerState {
    let start = configured(d, settings);
    actions
        .into_iter()
        .fold(ExplainerState::new(d.clone(), &start, 7), |s, a| {
            s.apply(a).0
        })
}

/// The state the full build starts from, given the lean widget's.
fn handed_over(d: &Rc<Dataset>, settings: &Settings, lean: &ExplainerState) -> ExplainerState {
    let text = write_hand_over(lean);
    let start = read_hand_over(d, &configured(d, settings), &text).unwrap();
    ExplainerState::new(d.clone(), &start, 7)
}

fn assert_same_reader_state(a: &ExplainerState, b: &ExplainerState) {
    assert_eq!(a.mode, b.mode);
    assert_eq!(a.selection, b.selection);
    assert_eq!(a.presenter, b.presenter);
    assert_eq!((a.reasons, a.chips_open), (b.reasons, b.chips_open));
}

const ALL: &str = "horizon,focus,goal,responsibility,artifacts,metrics,feedback,team,customers,lifecycle,priorities,overlap";

#[test]
fn a_lesson_in_progress_survives_opening_the_quiz() {
    let d = pm_vs_po();
    let settings = REVEAL;
    let lean = run(
        &d,
        &settings,
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
        format!("mode=quiz&attributes={ALL}&pick=responsibility:pm&hidden=focus,goal,artifacts,metrics,feedback,team,customers,lifecycle,priorities,overlap&current=responsibility&reasons=1&chips=1")
    );
    let full = handed_over(&d, &settings, &lean);
    assert_same_reader_state(&lean, &full);
    assert!(full.presenter.is_revealed(3) && !full.presenter.is_revealed(1));
    assert_eq!(full.presenter.current(), Some(3));
}

#[test]
fn the_view_and_rows_the_reader_chose_win_over_the_settings() {
    // The embedder shows four rows in Explore; the reader showed them all and went to Compare.
    let d = pm_vs_po();
    let settings = Settings {
        attributes: Some("horizon,focus,goal,artifacts"),
        mode: Some("explore"),
        ..DEFAULTS
    };
    let lean = run(
        &d,
        &settings,
        vec![Action::ShowAllRows(true), Action::SetMode(Mode::Compare)],
    );
    let full = handed_over(&d, &settings, &lean);
    assert_eq!(full.mode, Mode::Compare);
    assert_eq!(full.selection.shown_count(), 12);
}

#[test]
fn rows_revealed_before_the_move_stay_revealed_whatever_the_settings_say() {
    let d = pm_vs_po();
    let settings = REVEAL;
    let lean = run(
        &d,
        &settings,
        vec![Action::RevealAll, Action::SetMode(Mode::Quiz)],
    );
    assert!(write_hand_over(&lean).ends_with("&hidden="));
    let full = handed_over(&d, &settings, &lean);
    assert!((0..d.attributes.len()).all(|i| full.presenter.is_revealed(i)));
}

#[test]
fn without_presenter_keys_the_settings_decide() {
    let d = pm_vs_po();
    let settings = REVEAL;
    let start = read_hand_over(&d, &configured(&d, &settings), "mode=quiz").unwrap();
    let full = ExplainerState::new(d.clone(), &start, 7);
    assert_eq!(full.mode, Mode::Quiz);
    assert!(!full.presenter.is_revealed(0));
    assert!(!full.reasons && !full.chips_open);
}

#[test]
fn unknown_keys_and_rows_are_skipped_not_fatal() {
    let d = pm_vs_po();
    let text = "mode=explore&later=1&hidden=nope,goal&current=nope&reasons=0&chips=1";
    let start = read_hand_over(&d, &configured(&d, &DEFAULTS), text).unwrap();
    let full = ExplainerState::new(d.clone(), &start, 7);
    assert_eq!(full.mode, Mode::Explore);
    assert!(!full.presenter.is_revealed(2));
    assert!(full.presenter.is_revealed(0));
    assert_eq!(full.presenter.current(), None);
    assert!(!full.reasons, "reasons=0 is off");
    assert!(full.chips_open);
}

#[test]
fn a_hand_over_longer_than_a_url_may_be_is_still_read() {
    let d = pm_vs_po();
    let long = format!("mode=explore&attributes={}&hidden=", [ALL; 30].join(","));
    assert!(long.len() > 2000);
    assert!(read_hand_over(&d, &configured(&d, &DEFAULTS), &long).is_some());
}

#[test]
fn a_link_part_that_does_not_fit_gives_no_hand_over() {
    let d = pm_vs_po();
    assert!(read_hand_over(&d, &configured(&d, &DEFAULTS), "mode=slideshow&hidden=").is_none());
}

fn action(n: usize) -> impl Strategy<Value = Action> {
    prop_oneof![
        (0..n).prop_map(Action::RevealRow),
        Just(Action::RevealNext),
        Just(Action::RevealAll),
        any::<bool>().prop_map(Action::Step),
        (0..n).prop_map(Action::ToggleRow),
        any::<bool>().prop_map(Action::ShowAllRows),
        prop::collection::vec(any::<bool>(), n).prop_map(|rows| Action::SetRows(Rc::new(rows))),
        ((0..n), (0..3usize))
            .prop_map(|(i, r)| Action::Pick(i, if r == 2 { Pick::Shared } else { Pick::Role(r) })),
        Just(Action::ClearPicks),
        Just(Action::ToggleReasons),
        Just(Action::ToggleChips),
        prop_oneof![Just(Mode::Compare), Just(Mode::Explore), Just(Mode::Quiz)]
            .prop_map(Action::SetMode),
    ]
}

fn settings() -> impl Strategy<Value = Settings> {
    (
        any::<bool>(),
        prop::option::of(prop_oneof![
            Just("goal"),
            Just("horizon,focus,goal,artifacts"),
            Just("")
        ]),
        prop::option::of(prop_oneof![Just("compare"), Just("explore"), Just("quiz")]),
    )
        .prop_map(|(reveal, attributes, mode)| Settings {
            reveal,
            attributes,
            mode,
        })
}

proptest! {
    #[test]
    fn any_reader_state_survives_the_hand_over(settings in settings(), actions in prop::collection::vec(action(12), 0..24)) {
        let d = pm_vs_po();
        prop_assume!(d.attributes.len() == 12);
        // The view offers "shared" only where the attribute has a shared trait.
        let offered = |a: &Action| !matches!(a, Action::Pick(i, Pick::Shared) if d.attributes[*i].shared.is_none());
        let lean = run(&d, &settings, actions.into_iter().filter(offered).collect());
        let full = handed_over(&d, &settings, &lean);
        assert_same_reader_state(&lean, &full);
    }
}
