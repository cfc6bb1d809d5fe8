//! The explainer's state for Yew: a thin `Reducible` over the model's one transition
//! ([`crate::model::state::ExplainerState::apply`]).

pub use crate::model::state::{Action, Announce, ExplainerState};
use std::rc::Rc;
use yew::Reducible;

impl Reducible for ExplainerState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action).0)
    }
}
