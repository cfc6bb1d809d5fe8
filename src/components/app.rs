//! The root component: loads the dataset and reads the settings, then shows the explainer
//! (with notices about ignored settings), or the error panel.

use super::error_panel::ErrorPanel;
use super::explainer::Explainer;
use super::notice_bar::NoticeBar;
use super::use_lang::Rtl;
use crate::model::config::{initial_rows, parse_config, RawConfig};
use crate::model::i18n::Lang;
use crate::model::load::{load, DatasetSource};
use crate::model::report::{QuizReport, Report};
use crate::model::validate::Problem;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub source: DatasetSource,
    /// The embedder's settings (mode, attributes, theme) as written.
    #[prop_or_default]
    pub config: RawConfig,
    /// Raised with the widget's state when it first shows and after every change.
    #[prop_or_default]
    pub onreport: Callback<Report>,
    /// Raised with the problems when the dataset cannot be shown.
    #[prop_or_default]
    pub onproblems: Callback<Rc<Vec<Problem>>>,
    /// Raised with the quiz score when the reader checks it.
    #[prop_or_default]
    pub onanswer: Callback<QuizReport>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let config = use_memo(props.config.clone(), parse_config);
    let loaded = use_memo((props.source.clone(), config.lang), |(source, lang)| {
        load(source, *lang).map(Rc::new).map_err(Rc::new)
    });
    let rows = use_memo((loaded.clone(), config.clone()), |(loaded, config)| {
        let (shown, mut notices) = match &**loaded {
            Ok(dataset) => initial_rows(dataset, config.attributes.as_deref()),
            Err(_) => (Vec::new(), Vec::new()),
        };
        notices.splice(0..0, config.notices.iter().cloned());
        (Rc::new(shown), Rc::new(notices))
    });
    {
        let (loaded, onproblems) = (loaded.clone(), props.onproblems.clone());
        use_effect_with(loaded, move |loaded| {
            if let Err(problems) = &**loaded {
                onproblems.emit(problems.clone());
            }
        });
    }
    let (lang, rtl) = match &*loaded {
        Ok(dataset) => (config.ui_lang(dataset), config.is_rtl(dataset)),
        Err(_) => (config.lang.unwrap_or_default(), config.host_rtl),
    };
    let dir = if rtl { "rtl" } else { "ltr" };
    let body = match &*loaded {
        Ok(dataset) => html! {
            <>
                <NoticeBar notices={rows.1.clone()} />
                <Explainer key={format!("{}.{}", dataset.id, dataset.lang)} dataset={dataset.clone()} mode={config.mode}
                    rows={rows.0.clone()} seed={config.seed} onreport={props.onreport.clone()}
                    onanswer={props.onanswer.clone()} />
            </>
        },
        Err(problems) => html! { <ErrorPanel problems={problems.clone()} /> },
    };
    html! {
        <ContextProvider<Lang> context={lang}>
            <ContextProvider<Rtl> context={Rtl(rtl)}>
                <div class="rx-dir" {dir} lang={lang.tag()}>{ body }</div>
            </ContextProvider<Rtl>>
        </ContextProvider<Lang>>
    }
}
