//! The root component: loads the dataset and reads the settings (and any link state), then
//! shows the explainer with notices about what it had to ignore, or the error panel.

use super::error_panel::error_panel;
use super::explainer::Explainer;
use super::notice_bar::notice_bar;
use crate::model::config::{parse_config, RawConfig};
use crate::model::load::{load, DatasetSource};
use crate::model::report::{QuizReport, Report};
use crate::model::start::Starts;
use crate::model::validate::Problem;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub source: DatasetSource,
    /// Which embedding element this is; a new one starts the explainer afresh.
    #[prop_or_default]
    pub instance: u32,
    /// Render nothing: the element was removed and the app waits to be reused.
    #[prop_or_default]
    pub parked: bool,
    /// The embedder's settings (mode, attributes, theme, lang...) as written.
    #[prop_or_default]
    pub config: RawConfig,
    /// Raised with the widget's state when it first shows and after every change.
    #[prop_or_default]
    pub onreport: Callback<Report>,
    /// Raised with the problems when the dataset cannot be shown.
    #[prop_or_default]
    pub onproblems: Callback<Rc<Vec<Problem>>>,
    /// Raised with the reader's whole state (`hand_over.rs`) whenever it changes, for the
    /// element to hand to the full build if this widget moves there.
    #[prop_or_default]
    pub onhandover: Callback<String>,
    /// Raised with the quiz score when the reader checks it.
    #[prop_or_default]
    pub onanswer: Callback<QuizReport>,
    /// Copies the page's link; `None` hides the "Copy link" button.
    #[prop_or_default]
    pub oncopylink: Option<Callback<(), bool>>,
    /// Enters or leaves full screen.
    #[prop_or_default]
    pub onfullscreen: Callback<()>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    if props.parked {
        return Html::default();
    }
    html! { <Loaded ..props.clone() /> }
}

/// The app for an element in the page.
#[function_component]
fn Loaded(props: &AppProps) -> Html {
    let config = use_memo(props.config.clone(), parse_config);
    let loaded = use_memo((props.source.clone(), config.lang), |(source, lang)| {
        load(source, *lang).map(Rc::new).map_err(Rc::new)
    });
    let started = use_memo((loaded.clone(), config.clone()), |(loaded, config)| {
        let dataset = loaded.as_ref().as_ref().ok()?;
        let starts = Starts::new(dataset, config);
        let lang = config.ui_lang(dataset);
        let notices: Vec<Problem> = starts.notices.iter().map(|n| n.in_lang(lang)).collect();
        Some((starts.here, starts.resume, Rc::new(notices)))
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
    let body = match (&*loaded, &*started) {
        (Ok(dataset), Some((start, resume, notices))) => html! {
            <>
                { notice_bar(lang, notices) }
                // A new link state (the reader edited the hash) starts the explainer afresh.
                <Explainer key={format!("{}:{}.{}#{}", props.instance, dataset.id, dataset.lang, config.hash.as_deref().unwrap_or(""))}
                    {lang} {rtl} dataset={dataset.clone()} start={start.clone()} resume={resume.clone()} seed={config.seed}
                    onreport={props.onreport.clone()} onanswer={props.onanswer.clone()}
                    onhandover={props.onhandover.clone()}
                    oncopylink={props.oncopylink.clone()} fullscreen={config.fullscreen}
                    onfullscreen={props.onfullscreen.clone()} header={config.header}
                    presenting={config.presenting} print={config.print} printing={config.printing} />
            </>
        },
        (Err(problems), _) => error_panel(lang, problems),
        (Ok(_), None) => Html::default(),
    };
    html! {
        <div class="rx-dir" {dir} lang={lang.tag()}>{ body }</div>
    }
}
