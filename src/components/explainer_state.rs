//! The explainer's state and the actions that change it, applied through model functions.

use crate::model::selection::{Pick, Selection};
use std::rc::Rc;
use yew::Reducible;

/// The two views of the explainer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Compare,
    Explore,
}

/// What the live region should announce after the last action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Announce {
    Nothing,
    ShownRows,
    Verdict,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExplainerState {
    pub view: View,
    pub selection: Selection,
    pub announce: Announce,
}

pub enum Action {
    SetView(View),
    ToggleRow(usize),
    ShowAllRows(bool),
    Pick(usize, Pick),
    ClearPicks,
}

impl ExplainerState {
    pub fn new(view: View, attribute_count: usize) -> Self {
        Self {
            view,
            selection: Selection::new(attribute_count),
            announce: Announce::Nothing,
        }
    }
}

impl Reducible for ExplainerState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetView(view) => {
                next.view = view;
                next.announce = Announce::Nothing;
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
