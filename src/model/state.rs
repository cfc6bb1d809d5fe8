//! The explainer's state and the one transition that changes it: `apply` returns the new
//! state and what changed, so the view renders it and the embed layer raises each event once.
//! Plain Rust (no Yew, no browser), tested natively in `tests/model_state.rs`.

use super::config::Mode;
use super::dataset::Dataset;
use super::presenter::Presenter;
use super::quiz::Quiz;
use super::selection::{Pick, Selection};
use super::verdict::{verdict, Verdict};
use std::rc::Rc;

pub use super::start::Start;

/// What a transition changed that the page hears about.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// The view or the selection changed: `role-explainer:change` (its report) goes out.
    pub report: bool,
    /// The quiz was checked or its solution shown: `role-explainer:answer` goes out.
    pub answer: bool,
}

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
    /// The folded row chips are open (only narrow and full-screen layouts fold them).
    pub chips_open: bool,
    pub announce: Announce,
    /// The verdict of the current picks, computed once per change of the picks.
    pub verdict: Rc<Verdict>,
    /// Counts transitions that changed the report (the view raises it when this moves).
    pub reported: u32,
    /// Counts transitions that raise a quiz answer event.
    pub answered: u32,
}

#[derive(Clone, Debug, PartialEq)]
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
    /// Opens or closes the folded row chips.
    ToggleChips,
    /// The reader asked for full screen where the page does not allow it.
    NoFullScreen,
}

impl ExplainerState {
    pub fn new(dataset: Rc<Dataset>, start: &Start, seed: u64) -> Self {
        #[cfg(feature = "quiz")]
        let quiz = Quiz::deal(&dataset, seed);
        #[cfg(not(feature = "quiz"))]
        let quiz = Quiz::not_dealt(seed);
        let presenter = (start.carried.presenter.clone())
            .unwrap_or_else(|| Presenter::new(dataset.attributes.len(), start.hidden));
        let mut selection = Selection::with_shown(start.shown.to_vec());
        for (attribute, pick) in start.picks.iter() {
            selection.pick(*attribute, *pick);
        }
        Self {
            verdict: Rc::new(verdict(&dataset, &selection)),
            mode: start.mode,
            selection,
            quiz,
            presenter,
            help_open: false,
            reasons: start.carried.reasons,
            chips_open: start.carried.chips_open,
            announce: Announce::Nothing,
            dataset,
            reported: 0,
            answered: 0,
        }
    }

    /// The one state transition: the new state, and what changed for the page.
    pub fn apply(&self, action: Action) -> (Self, Changes) {
        let mut next = self.clone();
        next.announce = match action {
            Action::SetMode(mode) => {
                // Back in the compare view, the chips start folded again: open, they push the
                // table down a phone's screen.
                if mode != next.mode {
                    next.chips_open = false;
                }
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
            Action::Answer(..) | Action::CheckQuiz | Action::RetryQuiz | Action::ShowSolution => {
                next.quiz_step(action)
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
            Action::ToggleChips => {
                next.chips_open = !next.chips_open;
                Announce::Nothing
            }
            Action::CloseHelp => {
                next.help_open = false;
                Announce::Nothing
            }
            Action::NoFullScreen => Announce::NoFullScreen,
        };
        let picks_changed = next.selection != self.selection
            && (0..next.selection.attribute_count())
                .any(|i| next.selection.picked(i) != self.selection.picked(i));
        if picks_changed {
            next.verdict = Rc::new(verdict(&next.dataset, &next.selection));
        }
        let changes = Changes {
            report: next.mode != self.mode || next.selection != self.selection,
            answer: (next.quiz.checks != self.quiz.checks && next.quiz.checks > 0)
                || (next.quiz.solution_shown && !self.quiz.solution_shown),
        };
        next.reported += u32::from(changes.report);
        next.answered += u32::from(changes.answer);
        (next, changes)
    }

    #[cfg(feature = "quiz")]
    fn quiz_step(&mut self, action: Action) -> Announce {
        match action {
            Action::Answer(card, pick) => {
                self.quiz.answer(card, pick);
                Announce::Nothing
            }
            Action::CheckQuiz => {
                self.quiz.check();
                Announce::Score
            }
            Action::RetryQuiz => {
                self.quiz = self.quiz.retry(&self.dataset);
                Announce::Nothing
            }
            Action::ShowSolution => {
                self.quiz.show_solution();
                Announce::Score
            }
            _ => Announce::Nothing,
        }
    }

    /// The lean embed build shows no quiz (the element switches to the full build for it), so
    /// no quiz action reaches it.
    #[cfg(not(feature = "quiz"))]
    fn quiz_step(&mut self, _: Action) -> Announce {
        Announce::Nothing
    }
}
