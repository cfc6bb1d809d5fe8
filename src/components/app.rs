//! The root component: loads the dataset and shows the explainer, or the error panel.

use super::error_panel::ErrorPanel;
use super::explainer::Explainer;
use super::explainer_state::View;
use crate::model::load::{load, DatasetSource};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub source: DatasetSource,
    #[prop_or(View::Compare)]
    pub view: View,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let loaded = use_memo(props.source.clone(), |source| {
        load(source).map(Rc::new).map_err(Rc::new)
    });
    match &*loaded {
        Ok(dataset) => html! {
            <Explainer key={dataset.id.clone()} dataset={dataset.clone()} view={props.view} />
        },
        Err(problems) => html! { <ErrorPanel problems={problems.clone()} /> },
    }
}
