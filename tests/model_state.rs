//! The explainer's one state transition, action by action: the new state, what the live
//! region announces, and what the page hears about (report and answer events).
#![cfg(not(target_arch = "wasm32"))]

use role_explainer::model::builtin::builtin;
use role_explainer::model::config::Mode;
use role_explainer::model::hand_over::Carried;
use role_explainer::model::selection::Pick;
use role_explainer::model::state::{Action, Announce, Changes, ExplainerState, Start};
use role_explainer::model::validate::parse_dataset;
use role_explainer::model::verdict::verdict;
use std::rc::Rc;

fn state(hidden: bool) -> ExplainerState {
    let d = Rc::new(parse_dataset(builtin("pm-vs-po").unwrap()).unwrap());
    let n = d.attributes.len();
    let start = Start {
        mode: Mode::Compare,
        shown: Rc::new(vec![true; n]),
        picks: Rc::new(vec![(0, Pick::Role(1))]),
        hidden,
        carried: Carried::default(),
    };
    ExplainerState::new(d, &start, 7)
}

const REPORT: Changes = Changes {
    report: true,
    answer: false,
};
const ANSWER: Changes = Changes {
    report: false,
    answer: true,
};
const NOTHING: Changes = Changes {
    report: false,
    answer: false,
};

/// Applies `action`, checks the announcement and the changes, and returns the new state.
fn step(
    s: &ExplainerState,
    action: Action,
    announce: Announce,
    changes: Changes,
) -> ExplainerState {
    let (next, got) = s.apply(action.clone());
    assert_eq!(got, changes, "{action:?}");
    assert_eq!(next.announce, announce, "{action:?}");
    assert_eq!(
        next.reported,
        s.reported + u32::from(changes.report),
        "{action:?}"
    );
    assert_eq!(
        next.answered,
        s.answered + u32::from(changes.answer),
        "{action:?}"
    );
    // The verdict always matches the picks, however they changed.
    assert_eq!(
        *next.verdict,
        verdict(&next.dataset, &next.selection),
        "{action:?}"
    );
    next
}

#[test]
fn the_start_applies_rows_picks_and_the_verdict() {
    let s = state(false);
    assert_eq!(s.mode, Mode::Compare);
    assert_eq!(s.selection.picked(0), Some(Pick::Role(1)));
    assert_eq!(s.verdict.leaders, [1]);
    assert_eq!(
        (s.reported, s.answered, s.announce),
        (0, 0, Announce::Nothing)
    );
}

#[test]
fn view_and_row_actions_change_the_report() {
    let s = state(false);
    let s = step(
        &s,
        Action::SetMode(Mode::Explore),
        Announce::Nothing,
        REPORT,
    );
    assert_eq!(s.mode, Mode::Explore);
    // The same mode again changes nothing the page hears about.
    let s = step(
        &s,
        Action::SetMode(Mode::Explore),
        Announce::Nothing,
        NOTHING,
    );
    let s = step(&s, Action::ToggleRow(2), Announce::ShownRows, REPORT);
    assert!(!s.selection.is_shown(2));
    let s = step(&s, Action::ShowAllRows(true), Announce::ShownRows, REPORT);
    assert_eq!(s.selection.shown_count(), s.dataset.attributes.len());
    let mut rows = vec![false; s.dataset.attributes.len()];
    rows[1] = true;
    let s = step(
        &s,
        Action::SetRows(Rc::new(rows)),
        Announce::ShownRows,
        REPORT,
    );
    assert_eq!(s.selection.shown_count(), 1);
    step(&s, Action::ShowAllRows(false), Announce::ShownRows, REPORT);
}

#[test]
fn picks_recompute_the_verdict_once_and_change_the_report() {
    let s = state(false);
    let before = s.verdict.clone();
    let s = step(
        &s,
        Action::Pick(1, Pick::Role(0)),
        Announce::Verdict,
        REPORT,
    );
    assert_eq!(s.verdict.scores, [1, 1]);
    assert_ne!(s.verdict, before);
    let s = step(
        &s,
        Action::Pick(2, Pick::Role(0)),
        Announce::Verdict,
        REPORT,
    );
    assert_eq!(s.verdict.leaders, [0]);
    // A row toggle keeps the very same verdict (not recomputed).
    let kept = step(&s, Action::ToggleRow(0), Announce::ShownRows, REPORT);
    assert!(Rc::ptr_eq(&kept.verdict, &s.verdict));
    let s = step(&s, Action::ClearPicks, Announce::Verdict, REPORT);
    assert_eq!(s.verdict.picked, 0);
}

#[test]
fn quiz_actions_raise_the_answer_event_on_check_and_solution_only() {
    let s = state(false);
    let s = step(
        &s,
        Action::Answer(0, Pick::Role(0)),
        Announce::Nothing,
        NOTHING,
    );
    assert_eq!(s.quiz.answered(), 1);
    let s = step(&s, Action::CheckQuiz, Announce::Score, ANSWER);
    assert!(s.quiz.is_checked());
    let s = step(&s, Action::RetryQuiz, Announce::Nothing, NOTHING);
    assert!(!s.quiz.is_checked());
    assert_eq!(s.quiz.answered(), 0);
    let s = step(&s, Action::ShowSolution, Announce::Score, ANSWER);
    assert!(s.quiz.solution_shown);
    // Once shown, neither a Check nor the solution again raises another event.
    let s = step(&s, Action::CheckQuiz, Announce::Score, NOTHING);
    step(&s, Action::ShowSolution, Announce::Score, NOTHING);
}

#[test]
fn presenting_actions_reveal_and_step() {
    let s = state(true);
    assert!(s.presenter.has_hidden(&s.selection));
    let s = step(&s, Action::RevealNext, Announce::Nothing, NOTHING);
    assert!(s.presenter.is_revealed(0));
    let s = step(&s, Action::RevealRow(3), Announce::Nothing, NOTHING);
    assert!(s.presenter.is_revealed(3));
    let s = step(&s, Action::Step(true), Announce::Nothing, NOTHING);
    let s = step(&s, Action::Step(false), Announce::Nothing, NOTHING);
    let s = step(&s, Action::RevealAll, Announce::Nothing, NOTHING);
    assert!(!s.presenter.has_hidden(&s.selection));
}

#[test]
fn help_reasons_and_notices() {
    let s = state(false);
    let s = step(&s, Action::ToggleHelp, Announce::Nothing, NOTHING);
    assert!(s.help_open);
    let s = step(&s, Action::CloseHelp, Announce::Nothing, NOTHING);
    assert!(!s.help_open);
    let s = step(&s, Action::ToggleHelp, Announce::Nothing, NOTHING);
    let s = step(&s, Action::ToggleHelp, Announce::Nothing, NOTHING);
    assert!(!s.help_open);
    let s = step(&s, Action::ToggleReasons, Announce::Nothing, NOTHING);
    assert!(s.reasons);
    let s = step(&s, Action::ToggleChips, Announce::Nothing, NOTHING);
    assert!(s.chips_open);
    let s = step(&s, Action::ToggleChips, Announce::Nothing, NOTHING);
    assert!(!s.chips_open);
    // Open chips stay open while the view stays, and fold when the reader leaves it.
    let s = step(&s, Action::ToggleChips, Announce::Nothing, NOTHING);
    let s = step(&s, Action::SetMode(s.mode), Announce::Nothing, NOTHING);
    assert!(s.chips_open);
    let s = step(&s, Action::SetMode(Mode::Quiz), Announce::Nothing, REPORT);
    assert!(!s.chips_open);
    let s = step(&s, Action::LinkCopied(true), Announce::LinkCopied, NOTHING);
    let s = step(&s, Action::LinkCopied(false), Announce::Nothing, NOTHING);
    step(&s, Action::NoFullScreen, Announce::NoFullScreen, NOTHING);
}
