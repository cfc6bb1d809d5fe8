//! The explainer's state and the actions that change it, applied through model functions.

use super::explainer::Start;
use crate::model::config::Mode;
use crate::model::dataset::Dataset;
use crate::model::presenter::Presenter;
use crate::model::quiz::Quiz;
use crate::model::selection::{Pick, Selection};
use std::rc::Rc;
use yew::Reducible;

/// What the live region should announce after the last action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Announce {
    Nothing,
    ShownRows,
    Verdict,
    Score,
    LinkCopied,
    NoFullScreen,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExplainerState {
    pub dataset: Rc<Dataset>,
    pub mode: Mode,
    pub selection: Selection,
    pub quiz: Quiz,
    pub presenter: Presenter,
    pub help_open: bool,
    /// The "why" lines show on narrow screens too (wide ones always show them).
    pub reasons: bool,
    pub announce: Announce,
}

pub enum Action {
    SetMode(Mode),
    /// The embedder changed which rows to show.
    SetRows(Rc<Vec<bool>>),
    ToggleRow(usize),
    ShowAllRows(bool),
    Pick(usize, Pick),
    ClearPicks,
    Answer(usize, Pick),
    CheckQuiz,
    RetryQuiz,
    ShowSolution,
    /// The page's link went to the clipboard (`true`) or could not (`false`).
    LinkCopied(bool),
    RevealNext,
    RevealRow(usize),
    RevealAll,
    /// Moves the current row forward (`true`) or back.
    Step(bool),
    ToggleHelp,
    CloseHelp,
    ToggleReasons,
    /// The reader asked for full screen where the page does not allow it.
    NoFullScreen,
}

impl ExplainerState {
    pub fn new(dataset: Rc<Dataset>, start: &Start, seed: u64) -> Self {
        let quiz = Quiz::deal(&dataset, seed);
        let presenter = Presenter::new(dataset.attributes.len(), start.hidden);
        let mut selection = Selection::with_shown(start.shown.to_vec());
        for (attribute, pick) in start.picks.iter() {
            selection.pick(*attribute, *pick);
        }
        Self {
            dataset,
            mode: start.mode,
            selection,
            quiz,
            presenter,
            help_open: false,
            reasons: false,
            announce: Announce::Nothing,
        }
    }
}

impl Reducible for ExplainerState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.announce = match action {
            Action::SetMode(mode) => {
                next.mode = mode;
                Announce::Nothing
            }
            Action::SetRows(shown) => {
                next.selection.set_shown(&shown);
                Announce::ShownRows
            }
            Action::ToggleRow(i) => {
                next.selection.toggle_shown(i);
                Announce::ShownRows
            }
            Action::ShowAllRows(shown) => {
                next.selection.show_all(shown);
                Announce::ShownRows
            }
            Action::Pick(attribute, pick) => {
                next.selection.pick(attribute, pick);
                Announce::Verdict
            }
            Action::ClearPicks => {
                next.selection.clear_picks();
                Announce::Verdict
            }
            Action::Answer(card, pick) => {
                next.quiz.answer(card, pick);
                Announce::Nothing
            }
            Action::CheckQuiz => {
                next.quiz.check();
                Announce::Score
            }
            Action::RetryQuiz => {
                next.quiz = next.quiz.retry(&next.dataset);
                Announce::Nothing
            }
            Action::ShowSolution => {
                next.quiz.show_solution();
                Announce::Score
            }
            Action::LinkCopied(true) => Announce::LinkCopied,
            Action::LinkCopied(false) => Announce::Nothing,
            Action::RevealNext => {
                next.presenter.reveal_next(&next.selection);
                Announce::Nothing
            }
            Action::RevealRow(i) => {
                next.presenter.reveal(i);
                Announce::Nothing
            }
            Action::RevealAll => {
                next.presenter.reveal_all();
                Announce::Nothing
            }
            Action::Step(forward) => {
                next.presenter.step(&next.selection, forward);
                Announce::Nothing
            }
            Action::ToggleHelp => {
                next.help_open = !next.help_open;
                Announce::Nothing
            }
            Action::ToggleReasons => {
                next.reasons = !next.reasons;
                Announce::Nothing
            }
            Action::CloseHelp => {
                next.help_open = false;
                Announce::Nothing
            }
            Action::NoFullScreen => Announce::NoFullScreen,
        };
        Rc::new(next)
    }
}
