//! The explainer's state and the actions that change it, applied through model functions.

use crate::model::config::Mode;
use crate::model::selection::{Pick, Selection};
use std::rc::Rc;
use yew::Reducible;

/// What the live region should announce after the last action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Announce {
    Nothing,
    ShownRows,
    Verdict,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExplainerState {
    pub mode: Mode,
    pub selection: Selection,
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
}

impl ExplainerState {
    pub fn new(mode: Mode, shown: Vec<bool>) -> Self {
        Self {
            mode,
            selection: Selection::with_shown(shown),
            announce: Announce::Nothing,
        }
    }
}

impl Reducible for ExplainerState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetMode(mode) => {
                next.mode = mode;
                next.announce = Announce::Nothing;
            }
            Action::SetRows(shown) => {
                next.selection.set_shown(&shown);
                next.announce = Announce::ShownRows;
            }
            Action::ToggleRow(i) => {
                next.selection.toggle_shown(i);
                next.announce = Announce::ShownRows;
            }
            Action::ShowAllRows(shown) => {
                next.selection.show_all(shown);
                next.announce = Announce::ShownRows;
            }
            Action::Pick(attribute, pick) => {
                next.selection.pick(attribute, pick);
                next.announce = Announce::Verdict;
            }
            Action::ClearPicks => {
                next.selection.clear_picks();
                next.announce = Announce::Verdict;
            }
        }
        Rc::new(next)
    }
}
