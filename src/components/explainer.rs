//! The explainer for one valid dataset: header, view tabs, the active view, and a live region.

use super::attribute_chips::AttributeChips;
use super::compare_table::CompareTable;
use super::explainer_state::{Action, Announce, ExplainerState};
use super::explore_list::ExploreList;
use super::help_overlay::HelpOverlay;
use super::quiz_view::QuizView;
use super::use_lang::{use_lang, use_rtl};
use super::view_tabs::{panel_id, ViewTabs};
use crate::model::config::{Fullscreen, Mode};
use crate::model::dataset::Dataset;
use crate::model::i18n::{text, Key};
use crate::model::report::{quiz_report, report, QuizReport, Report};
use crate::model::selection::{Pick, Selection};
use crate::model::strings::{labelled, score_sentence, shown_sentence, verdict_sentence};
use crate::model::verdict::verdict;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Where the explainer starts: settings and link state applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    pub mode: Mode,
    pub shown: Rc<Vec<bool>>,
    pub picks: Rc<Vec<(usize, Pick)>>,
    /// Start the compare view with every row hidden (guess, then reveal).
    pub hidden: bool,
}

#[derive(Properties, PartialEq)]
pub struct ExplainerProps {
    pub dataset: Rc<Dataset>,
    /// The view, rows and picks to start with; a new mode or rows on a live widget apply in place.
    pub start: Start,
    /// The quiz's first shuffle.
    #[prop_or_default]
    pub seed: u64,
    /// Raised with the widget's state on first show and after every change.
    #[prop_or_default]
    pub onreport: Callback<Report>,
    /// Raised with the score when the reader checks the quiz or shows its solution.
    #[prop_or_default]
    pub onanswer: Callback<QuizReport>,
    /// Copies the page's link (`false` if it could not); `None` hides the button.
    #[prop_or_default]
    pub oncopylink: Option<Callback<(), bool>>,
    /// Whether full screen is allowed here, and on.
    #[prop_or_default]
    pub fullscreen: Fullscreen,
    /// Enters or leaves full screen.
    #[prop_or_default]
    pub onfullscreen: Callback<()>,
}

/// The presentation shortcuts. They act only on keys pressed inside the widget, and leave
/// keys with a meaning of their own (Space on a button, arrows in a tab list) alone.
fn on_shortcut(
    state: &UseReducerHandle<ExplainerState>,
    fullscreen: Fullscreen,
    onfullscreen: Callback<()>,
    rtl: bool,
) -> Callback<KeyboardEvent> {
    let dispatcher = state.dispatcher();
    let mode = state.mode;
    Callback::from(move |e: KeyboardEvent| {
        if e.ctrl_key() || e.meta_key() || e.alt_key() || e.default_prevented() {
            return;
        }
        let on_control = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .is_some_and(|t| {
                t.closest("button, a, input, select, textarea")
                    .ok()
                    .flatten()
                    .is_some()
            });
        let action = match e.key().as_str() {
            "ArrowRight" | "ArrowLeft" if mode == Mode::Compare => {
                Action::Step((e.key() == "ArrowRight") != rtl)
            }
            " " if mode == Mode::Compare && !on_control => Action::RevealNext,
            "q" | "Q" => Action::SetMode(Mode::Quiz),
            "?" => Action::ToggleHelp,
            "Escape" => Action::CloseHelp,
            "f" | "F" => {
                if fullscreen == Fullscreen::Unavailable {
                    Action::NoFullScreen
                } else {
                    e.prevent_default();
                    onfullscreen.emit(());
                    return;
                }
            }
            _ => return,
        };
        e.prevent_default();
        dispatcher.dispatch(action);
    })
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
    let lang = use_lang();
    let rtl = use_rtl();
    let d = &props.dataset;
    let state = {
        let (d, start, seed) = (d.clone(), props.start.clone(), props.seed);
        use_reducer(move || ExplainerState::new(d, &start, seed))
    };
    {
        // A new mode or new rows from the embedder apply in place; the first run of each
        // effect only repeats what the reducer started with.
        let dispatcher = state.dispatcher();
        let started = use_mut_ref(|| false);
        use_effect_with(props.start.mode, move |mode| {
            if started.replace(true) {
                dispatcher.dispatch(Action::SetMode(*mode));
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        let started = use_mut_ref(|| false);
        use_effect_with(props.start.shown.clone(), move |rows| {
            if started.replace(true) {
                dispatcher.dispatch(Action::SetRows(rows.clone()));
            }
        });
    }
    // Callbacks handed to per-row components are made once, so rows whose own props did not
    // change skip re-rendering (Yew compares callbacks by identity).
    let stable = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| {
            let (pick, reveal) = (dispatcher.clone(), dispatcher);
            (
                Callback::from(move |(a, p)| pick.dispatch(Action::Pick(a, p))),
                Callback::from(move |i| reveal.dispatch(Action::RevealRow(i))),
            )
        })
    };
    let root = use_node_ref();
    {
        // Author colours go in through the CSSOM, which a strict CSP allows (style attributes
        // it would block). A host page's --role-explainer-role-N still wins.
        let (root, d) = (root.clone(), d.clone());
        use_effect_with(d, move |d| {
            if let Some(el) = root.cast::<HtmlElement>() {
                for (i, role) in d.roles.iter().enumerate() {
                    if let Some(colour) = &role.colour {
                        let value = format!("var(--role-explainer-role-{i}, {colour})");
                        let _ = el.style().set_property(&format!("--rx-role-{i}"), &value);
                    }
                }
            }
        });
    }
    {
        let (d, onreport) = (d.clone(), props.onreport.clone());
        use_effect_with(
            (state.mode, state.selection.clone()),
            move |(mode, selection)| {
                onreport.emit(report(lang, &d, *mode, selection));
            },
        );
    }
    {
        let (d, onanswer) = (d.clone(), props.onanswer.clone());
        use_effect_with(state.quiz.clone(), move |quiz| {
            if quiz.checked {
                onanswer.emit(quiz_report(&d, quiz));
            }
        });
    }
    let announcement = match state.announce {
        Announce::Nothing => String::new(),
        Announce::ShownRows => {
            shown_sentence(lang, state.selection.shown_count(), d.attributes.len())
        }
        Announce::Verdict => verdict_sentence(lang, d, &verdict(d, &state.selection)),
        Announce::Score => {
            let (right, total) = state.quiz.score();
            score_sentence(lang, right, total)
        }
        Announce::LinkCopied => text(lang, Key::LinkCopied).into(),
        Announce::NoFullScreen => text(lang, Key::NoFullScreen).into(),
    };
    let panel = |mode: Mode, body: Html| {
        let active = state.mode == mode;
        let id = panel_id(mode);
        html! {
            <div class="rx-panel" role="tabpanel" id={id.clone()} aria-labelledby={format!("{id}-tab")} hidden={!active}>
                if active { { body } }
            </div>
        }
    };
    // A printed handout is always the whole table; when the screen is not showing it, a
    // print-only copy is rendered (CSS shows it for print only).
    let print_copy =
        state.mode != Mode::Compare || state.selection.shown_count() != d.attributes.len();
    html! {
        <div class={classes!("rx", print_copy.then_some("rx-has-print"))} lang={d.lang.clone()} ref={root}
            onkeydown={on_shortcut(&state, props.fullscreen, props.onfullscreen.clone(), rtl)}>
            <div class="rx-header">
                <h2 class="rx-title">{ d.title.clone() }</h2>
                if let Some(intro) = &d.intro { <p class="rx-intro">{ intro.clone() }</p> }
            </div>
            <div class="rx-tools">
                if props.fullscreen != Fullscreen::Unavailable {
                    <button type="button" class="fullscreen" aria-pressed={(props.fullscreen == Fullscreen::Active).to_string()}
                        onclick={props.onfullscreen.reform(|_| ())}>
                        { text(lang, if props.fullscreen == Fullscreen::Active { Key::ExitFullScreen } else { Key::FullScreen }) }
                    </button>
                }
                <button type="button" class="shortcuts" aria-expanded={state.help_open.to_string()}
                    onclick={send(&state, |_| Action::ToggleHelp)}>
                    <span aria-hidden="true">{ "⌨ " }</span>{ text(lang, Key::Shortcuts) }
                </button>
                if let Some(oncopylink) = &props.oncopylink {
                    <button type="button" class="copy-link" onclick={{
                        let (oncopylink, dispatcher) = (oncopylink.clone(), state.dispatcher());
                        move |_| {
                            let copied = oncopylink.emit(());
                            dispatcher.dispatch(Action::LinkCopied(copied));
                        }
                    }}>{ text(lang, Key::CopyLink) }</button>
                }
            </div>
            if state.help_open {
                <HelpOverlay onclose={send(&state, |()| Action::CloseHelp)} />
            }
            <ViewTabs mode={state.mode} onselect={send(&state, Action::SetMode)} />
            { panel(Mode::Compare, html! {
                <>
                    <AttributeChips dataset={d.clone()} selection={state.selection.clone()}
                        ontoggle={send(&state, Action::ToggleRow)} onall={send(&state, Action::ShowAllRows)} />
                    if state.presenter.has_hidden(&state.selection) {
                        <div class="rx-reveal-bar">
                            <button type="button" class="primary" onclick={send(&state, |_| Action::RevealNext)}>
                                { text(lang, Key::RevealNext) }
                            </button>
                            <button type="button" onclick={send(&state, |_| Action::RevealAll)}>{ text(lang, Key::RevealAll) }</button>
                        </div>
                    }
                    <div class="rx-stage" tabindex="0" role="group" aria-label={d.title.clone()}>
                        <CompareTable dataset={d.clone()} selection={state.selection.clone()}
                            presenter={state.presenter.clone()} onreveal={stable.1.clone()} />
                    </div>
                </>
            }) }
            { panel(Mode::Explore, html! {
                <ExploreList dataset={d.clone()} selection={state.selection.clone()}
                    onpick={stable.0.clone()} onclear={send(&state, |()| Action::ClearPicks)} />
            }) }
            { panel(Mode::Quiz, html! {
                <QuizView dataset={d.clone()} quiz={state.quiz.clone()}
                    onanswer={send(&state, |(c, p)| Action::Answer(c, p))}
                    oncheck={send(&state, |()| Action::CheckQuiz)}
                    onretry={send(&state, |()| Action::RetryQuiz)}
                    onsolution={send(&state, |()| Action::ShowSolution)} />
            }) }
            if print_copy {
                <div class="rx-print">
                    <CompareTable dataset={d.clone()} selection={Selection::new(d.attributes.len())} />
                </div>
            }
            <p class="rx-live visually-hidden" role="status" aria-live="polite">{ announcement }</p>
            <p class="rx-source">{ labelled(lang, text(lang, Key::Source), &d.source) }</p>
        </div>
    }
}
