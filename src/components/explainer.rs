//! The explainer for one valid dataset: header, view tabs, the active view, and a live region.

use super::attribute_chips::AttributeChips;
use super::compare_table::CompareTable;
use super::explainer_state::{Action, Announce, ExplainerState, View};
use super::explore_list::ExploreList;
use super::view_tabs::{ViewTabs, COMPARE_PANEL, EXPLORE_PANEL};
use crate::model::dataset::Dataset;
use crate::model::strings::{shown_sentence, verdict_sentence, EN};
use crate::model::verdict::verdict;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplainerProps {
    pub dataset: Rc<Dataset>,
    /// The view to show; changing it on a live widget switches the view.
    pub view: View,
}

/// A callback that turns its argument into an action and dispatches it.
fn send<T: 'static>(
    state: &UseReducerHandle<ExplainerState>,
    f: impl Fn(T) -> Action + 'static,
) -> Callback<T> {
    let dispatcher = state.dispatcher();
    Callback::from(move |x| dispatcher.dispatch(f(x)))
}

#[function_component]
pub fn Explainer(props: &ExplainerProps) -> Html {
    let d = &props.dataset;
    let state = {
        let (view, count) = (props.view, d.attributes.len());
        use_reducer(move || ExplainerState::new(view, count))
    };
    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.view, move |view| {
            dispatcher.dispatch(Action::SetView(*view))
        });
    }
    let announcement = match state.announce {
        Announce::Nothing => String::new(),
        Announce::ShownRows => shown_sentence(state.selection.shown_count(), d.attributes.len()),
        Announce::Verdict => verdict_sentence(d, &verdict(d, &state.selection)),
    };
    let panel = |view: View, id: &'static str, body: Html| {
        let active = state.view == view;
        html! {
            <div class="rx-panel" role="tabpanel" id={id} aria-labelledby={format!("{id}-tab")} hidden={!active}>
                if active { { body } }
            </div>
        }
    };
    html! {
        <div class="rx" lang={d.lang.clone()}>
            <header class="rx-header">
                <h2 class="rx-title">{ d.title.clone() }</h2>
                if let Some(intro) = &d.intro { <p class="rx-intro">{ intro.clone() }</p> }
            </header>
            <ViewTabs view={state.view} onselect={send(&state, Action::SetView)} />
            { panel(View::Compare, COMPARE_PANEL, html! {
                <>
                    <AttributeChips dataset={d.clone()} selection={state.selection.clone()}
                        ontoggle={send(&state, Action::ToggleRow)} onall={send(&state, Action::ShowAllRows)} />
                    <CompareTable dataset={d.clone()} selection={state.selection.clone()} />
                </>
            }) }
            { panel(View::Explore, EXPLORE_PANEL, html! {
                <ExploreList dataset={d.clone()} selection={state.selection.clone()}
                    onpick={send(&state, |(a, p)| Action::Pick(a, p))} onclear={send(&state, |()| Action::ClearPicks)} />
            }) }
            <p class="rx-live visually-hidden" role="status" aria-live="polite">{ announcement }</p>
            <footer class="rx-source">{ format!("{}: {}", EN.source, d.source) }</footer>
        </div>
    }
}
