//! The explainer for one valid dataset: header, view tabs, the active view, and a live region.

use super::aria_bool::aria_bool;
use super::attribute_chips::AttributeChips;
use super::author_lang::AuthorLang;
use super::class_list::class_list;
use super::compare_table::CompareTable;
use super::explainer_state::{Action, Announce, ExplainerState};
use super::explore_list::ExploreList;
use super::help_overlay::help_overlay;
#[cfg(feature = "quiz")]
use super::quiz_view::QuizView;
use super::view_tabs::{panel_id, view_tabs};
use crate::model::config::{Fullscreen, Header, Mode, Presenting, PrintAs};
use crate::model::dataset::Dataset;
#[cfg(not(feature = "quiz"))]
use crate::model::hand_over::write_hand_over;
use crate::model::i18n::{text, Key, Lang};
use crate::model::presenter::Presenter;
#[cfg(feature = "quiz")]
use crate::model::report::quiz_report;
use crate::model::report::{report_with, QuizReport, Report};
use crate::model::selection::Selection;
#[cfg(feature = "quiz")]
use crate::model::strings::check_announcement;
use crate::model::strings::{labelled, shown_sentence, verdict_sentence};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

pub use crate::model::state::Start;

#[derive(Properties, PartialEq)]
pub struct ExplainerProps {
    /// The interface language.
    #[prop_or_default]
    pub lang: Lang,
    /// Whether the widget lays out right to left.
    #[prop_or_default]
    pub rtl: bool,
    pub dataset: Rc<Dataset>,
    /// The view, rows and picks to start with; a new mode or rows on a live widget apply in place.
    pub start: Start,
    /// The state to go on from instead of `start`, read once when the explainer starts: the
    /// lean widget's latest, handed over when its reader opened the quiz.
    #[prop_or_default]
    pub resume: Option<Start>,
    /// The quiz's first shuffle.
    #[prop_or_default]
    pub seed: u64,
    /// Raised with the widget's state on first show and after every change.
    #[prop_or_default]
    pub onreport: Callback<Report>,
    /// Raised with the score when the reader checks the quiz or shows its solution.
    #[prop_or_default]
    pub onanswer: Callback<QuizReport>,
    /// Raised with the reader's whole state (`hand_over.rs`) whenever it changes.
    #[prop_or_default]
    pub onhandover: Callback<String>,
    /// Copies the page's link (`false` if it could not); `None` hides the button.
    #[prop_or_default]
    pub oncopylink: Option<Callback<(), bool>>,
    /// Whether full screen is allowed here, and on.
    #[prop_or_default]
    pub fullscreen: Fullscreen,
    /// Enters or leaves full screen.
    #[prop_or_default]
    pub onfullscreen: Callback<()>,
    /// Whether the title and intro show.
    #[prop_or_default]
    pub header: Header,
    /// Which presenting controls show.
    #[prop_or_default]
    pub presenting: Presenting,
    /// What a printout holds.
    #[prop_or_default]
    pub print: PrintAs,
    /// The page is being printed: the print-only copy renders only now.
    #[prop_or_default]
    pub printing: bool,
}

/// Which shortcut a key stands for. A Latin letter counts as itself (Q on AZERTY is where
/// QWERTY has A); any other character counts by its physical key (`code`), so Q and F also
/// work on Arabic and other layouts where those keys type other letters.
fn shortcut_key(e: &KeyboardEvent) -> String {
    let key = e.key();
    let latin = key.chars().count() == 1 && key.chars().all(|c| c.is_ascii_alphabetic());
    match (key.as_str(), e.code().as_str()) {
        ("?" | "؟", _) => "?".into(),
        _ if latin => key.to_ascii_lowercase(),
        (k, "KeyQ") if k.chars().count() == 1 => "q".into(),
        (k, "KeyF") if k.chars().count() == 1 => "f".into(),
        // Named keys (ArrowRight, Escape) are ASCII; no Unicode case tables needed.
        (k, _) => k.to_ascii_lowercase(),
    }
}

/// The presentation shortcuts. They act only on keys pressed inside the widget, and leave
/// keys with a meaning of their own (Space on a button, arrows in a tab list) alone. Every key
/// the widget handles stops here, so a slide deck or docs site around it never sees it twice.
fn on_shortcut(
    state: &UseReducerHandle<ExplainerState>,
    fullscreen: Callback<()>,
    can_fullscreen: bool,
    rtl: bool,
) -> Callback<KeyboardEvent> {
    let dispatcher = state.dispatcher();
    let (mode, help_open) = (state.mode, state.help_open);
    Callback::from(move |e: KeyboardEvent| {
        if e.ctrl_key() || e.meta_key() || e.alt_key() {
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
        let key = shortcut_key(&e);
        if e.default_prevented() {
            // A control inside the widget already acted on it (arrows in a tab list).
            e.stop_propagation();
            return;
        }
        let action = match key.as_str() {
            // The control presses itself; the host must not also act (reveal.js: next slide).
            " " | "enter" if on_control => {
                e.stop_propagation();
                return;
            }
            "arrowright" | "arrowleft" if mode == Mode::Compare => {
                Action::Step((key == "arrowright") != rtl)
            }
            " " if mode == Mode::Compare => Action::RevealNext,
            "q" => Action::SetMode(Mode::Quiz),
            "?" => Action::ToggleHelp,
            "escape" if help_open => Action::CloseHelp,
            "f" if can_fullscreen => {
                e.prevent_default();
                e.stop_propagation();
                fullscreen.emit(());
                return;
            }
            "f" => Action::NoFullScreen,
            _ => return,
        };
        e.prevent_default();
        e.stop_propagation();
        dispatcher.dispatch(action);
    })
}

/// Keypress follows keydown for printable keys; hosts such as reveal.js read `?` from it.
fn on_keypress(e: KeyboardEvent) {
    if matches!(shortcut_key(&e).as_str(), " " | "enter" | "q" | "f" | "?") {
        e.stop_propagation();
    }
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
    let (lang, rtl) = (props.lang, props.rtl);
    let d = &props.dataset;
    let state = {
        let (d, seed) = (d.clone(), props.seed);
        let start = props.resume.as_ref().unwrap_or(&props.start).clone();
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
            let (pick, reveal, mode) = (dispatcher.clone(), dispatcher.clone(), dispatcher);
            (
                Callback::from(move |(a, p)| pick.dispatch(Action::Pick(a, p))),
                Callback::from(move |i| reveal.dispatch(Action::RevealRow(i))),
                Callback::from(move |m| mode.dispatch(Action::SetMode(m))),
            )
        })
    };
    let root = use_node_ref();
    let shortcuts_button = use_node_ref();
    let help_close = use_node_ref();
    let tabs = use_memo((), |_| Mode::ALL.map(|_| NodeRef::default()));
    let stage = use_node_ref();
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
        // The model's transition says when the report or the quiz score changed (and
        // computed the verdict once); the page hears each change once.
        let (state_now, onreport) = (state.clone(), props.onreport.clone());
        use_effect_with(state.reported, move |_| {
            let s = &*state_now;
            onreport.emit(report_with(
                lang,
                &s.dataset,
                s.mode,
                &s.selection,
                &s.verdict,
            ));
        });
    }
    // Only the lean build hands a widget over (to the full one), so only it keeps the text
    // current: after every change, reveals and toggles too, which the page does not hear about.
    #[cfg(not(feature = "quiz"))]
    let () = {
        let onhandover = props.onhandover.clone();
        use_effect_with(write_hand_over(&state), move |text| {
            onhandover.emit(text.clone())
        });
    };
    #[cfg(feature = "quiz")]
    let () = {
        let (state_now, onanswer) = (state.clone(), props.onanswer.clone());
        use_effect_with(state.answered, move |answered| {
            if *answered > 0 {
                onanswer.emit(quiz_report(&state_now.dataset, &state_now.quiz));
            }
        });
    };
    {
        // Opening the help moves focus onto its Close button, so keyboard and screen-reader
        // users land in it. Closing it (Escape, or Close) hands focus back to the control that
        // opened it, or to the widget, never to the page: the shortcuts keep working.
        let (shortcuts, root, close) = (shortcuts_button.clone(), root.clone(), help_close.clone());
        let was_open = use_mut_ref(|| false);
        use_effect_with(state.help_open, move |open| {
            let was = was_open.replace(*open);
            let target = if *open {
                close.cast::<HtmlElement>()
            } else if was {
                shortcuts
                    .cast::<HtmlElement>()
                    .or_else(|| root.cast::<HtmlElement>())
            } else {
                None
            };
            if let Some(target) = target {
                let _ = target.focus();
            }
        });
    }
    {
        // Revealing the last hidden row removes the Reveal buttons; if focus was on one, it
        // goes to the table rather than out to the page (where the next key would move a deck).
        let stage = stage.clone();
        let had_hidden = use_mut_ref(|| false);
        let has_hidden = state.presenter.has_hidden(&state.selection);
        use_effect_with(has_hidden, move |has_hidden| {
            let lost_focus = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .is_none_or(|e| e.tag_name() == "BODY");
            if had_hidden.replace(*has_hidden) && !has_hidden && lost_focus {
                if let Some(stage) = stage.cast::<HtmlElement>() {
                    let _ = stage.focus();
                }
            }
        });
    }
    {
        // Keep the current row in view while a presenter steps through the table.
        let stage = stage.clone();
        use_effect_with(state.presenter.current(), move |current| {
            if current.is_some() {
                let row = stage
                    .cast::<Element>()
                    .and_then(|t| t.query_selector("[aria-current]").ok().flatten());
                if let Some(row) = row {
                    let options = ScrollIntoViewOptions::new();
                    options.set_block(ScrollLogicalPosition::Nearest);
                    row.scroll_into_view_with_scroll_into_view_options(&options);
                }
            }
        });
    }
    let announcement = match state.announce {
        Announce::Nothing => String::new(),
        Announce::ShownRows => {
            shown_sentence(lang, state.selection.shown_count(), d.attributes.len())
        }
        Announce::Verdict => verdict_sentence(lang, d, &state.verdict),
        #[cfg(feature = "quiz")]
        Announce::Score => {
            let (right, total) = state.quiz.score();
            check_announcement(lang, right, total, state.quiz.unanswered())
        }
        #[cfg(not(feature = "quiz"))]
        Announce::Score => String::new(),
        Announce::LinkCopied => text(lang, Key::LinkCopied).into(),
        Announce::NoFullScreen => text(lang, Key::NoFullScreen).into(),
    };
    let full_screen = props.fullscreen == Fullscreen::Active;
    let can_fullscreen = props.fullscreen != Fullscreen::Unavailable;
    // Entering or leaving full screen moves focus off the button onto the widget, so the
    // next Space reveals a row instead of pressing the button again.
    let toggle_fullscreen = {
        let (onfullscreen, root) = (props.onfullscreen.clone(), root.clone());
        Callback::from(move |()| {
            onfullscreen.emit(());
            if let Some(root) = root.cast::<HtmlElement>() {
                let _ = root.focus();
            }
        })
    };
    let show_fullscreen_button = can_fullscreen && props.presenting != Presenting::Off;
    let show_shortcuts_button =
        props.presenting == Presenting::On || (full_screen && props.presenting == Presenting::Auto);
    // A printout is the whole table by default; a worksheet leaves the answers out (blank
    // cells, or the quiz cards with boxes to tick). When the screen is not showing what
    // prints, a print-only copy is rendered while the page prints (CSS shows it for print
    // only): keeping it in the page would rebuild a whole table on ordinary clicks.
    let worksheet = props.print == PrintAs::Worksheet;
    let print_copy = if !props.printing {
        None
    } else if worksheet {
        (state.mode != Mode::Quiz).then(|| Presenter::new(d.attributes.len(), true))
    } else {
        (state.mode != Mode::Compare
            || state.selection.shown_count() != d.attributes.len()
            || state.presenter.has_hidden(&state.selection))
        .then(|| Presenter::new(d.attributes.len(), false))
    };
    let author = AuthorLang::new(lang, rtl, &d.lang);
    // Only the active panel's content is built: the others' would be made and thrown away on
    // every render (a chip toggle would build the whole explore view).
    let mut active_body = Some(match state.mode {
        Mode::Compare => html! {
            <>
                <div class="rx-compare-tools">
                    { AttributeChips {
                        dataset: d,
                        author: &author,
                        selection: &state.selection,
                        open: state.chips_open,
                        onfold: send(&state, |()| Action::ToggleChips),
                        ontoggle: send(&state, Action::ToggleRow),
                        onall: send(&state, Action::ShowAllRows),
                    }.view(lang) }
                    <button type="button" class="reasons-toggle" aria-pressed={aria_bool(state.reasons)}
                        onclick={send(&state, |_| Action::ToggleReasons)}>{ text(lang, Key::Reasons) }</button>
                    if state.presenter.has_hidden(&state.selection) {
                        <div class="rx-reveal-bar">
                            <button type="button" class="primary" onclick={send(&state, |_| Action::RevealNext)}>
                                { text(lang, Key::RevealNext) }
                            </button>
                            <button type="button" onclick={send(&state, |_| Action::RevealAll)}>{ text(lang, Key::RevealAll) }</button>
                        </div>
                    }
                </div>
                <div ~className={class_list(&["rx-stage", if state.reasons { "reasons-on" } else { "" }])} ref={stage.clone()} tabindex="0" role="group" aria-label={d.title.clone()}>
                    { CompareTable {
                        dataset: d,
                        author: &author,
                        selection: &state.selection,
                        presenter: &state.presenter,
                        onreveal: stable.1.clone(),
                    }.view(lang) }
                </div>
            </>
        },
        Mode::Explore => ExploreList {
            dataset: d,
            author: &author,
            selection: &state.selection,
            verdict: &state.verdict,
            onpick: &stable.0,
            onclear: send(&state, |()| Action::ClearPicks),
        }
        .view(lang),
        #[cfg(feature = "quiz")]
        Mode::Quiz => QuizView {
            dataset: d,
            author: &author,
            quiz: &state.quiz,
            onanswer: send(&state, |(c, p)| Action::Answer(c, p)),
            oncheck: send(&state, |()| Action::CheckQuiz),
            onretry: send(&state, |()| Action::RetryQuiz),
            onsolution: send(&state, |()| Action::ShowSolution),
        }
        .view(lang, rtl),
        // The lean embed build has no quiz: on this view the element script loads the full
        // build and hands the reader's state over to it (www/role-explainer.js).
        #[cfg(not(feature = "quiz"))]
        Mode::Quiz => html! {
            <p class="rx-loading" role="status">{ text(lang, Key::LoadingQuiz) }</p>
        },
    });
    let panels: Html = Mode::ALL
        .iter()
        .map(|&mode| {
            let active = state.mode == mode;
            let id = panel_id(mode);
            html! {
                <div class="rx-panel" role="tabpanel" id={id.clone()} aria-labelledby={format!("{id}-tab")} hidden={!active}>
                    { if active { active_body.take() } else { None } }
                </div>
            }
        })
        .collect();
    html! {
        <div ~className={class_list(&["rx", if print_copy.is_some() { "rx-has-print" } else { "" }, if worksheet { "rx-worksheet" } else { "" }, if full_screen { "rx-fullscreen" } else { "" }])}
            ref={root} tabindex="-1"
            onkeydown={on_shortcut(&state, toggle_fullscreen.clone(), can_fullscreen, rtl)}
            onkeypress={Callback::from(on_keypress)}>
            if props.header == Header::Show {
                <div class="rx-header" lang={author.lang.clone()} dir={author.dir}>
                    <h2 class="rx-title">{ d.title.clone() }</h2>
                    if let Some(intro) = &d.intro { <p class="rx-intro">{ intro.clone() }</p> }
                </div>
            }
            <div class="rx-bar">
                { view_tabs(lang, rtl, state.mode, &tabs, &stable.2) }
                <div class="rx-tools">
                    if let Some(oncopylink) = &props.oncopylink {
                        <button type="button" class="copy-link" onclick={{
                            let (oncopylink, dispatcher) = (oncopylink.clone(), state.dispatcher());
                            move |_| {
                                let copied = oncopylink.emit(());
                                dispatcher.dispatch(Action::LinkCopied(copied));
                            }
                        }}>{ text(lang, Key::CopyLink) }</button>
                    }
                    if show_shortcuts_button {
                        <button type="button" class="shortcuts" ref={shortcuts_button} aria-expanded={aria_bool(state.help_open)}
                            onclick={send(&state, |_| Action::ToggleHelp)}>
                            <span class="tool-icon" aria-hidden="true">{ "?" }</span>
                            <span class="tool-label">{ text(lang, Key::Shortcuts) }</span>
                        </button>
                    }
                    if show_fullscreen_button {
                        <button type="button" ~className={class_list(&["fullscreen", if props.presenting == Presenting::Auto { "auto" } else { "" }])} aria-pressed={aria_bool(full_screen)}
                            title={text(lang, Key::FullScreen)} onclick={toggle_fullscreen.reform(|_| ())}>
                            <svg class="tool-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                                <path d="M1.5 6V1.5H6M10 1.5h4.5V6M14.5 10v4.5H10M6 14.5H1.5V10" />
                            </svg>
                            <span class="tool-label">{ text(lang, Key::FullScreen) }</span>
                        </button>
                    }
                </div>
            </div>
            if state.help_open {
                { help_overlay(lang, help_close.clone(), send(&state, |_| Action::CloseHelp)) }
            }
            { panels }
            if let Some(presenter) = print_copy {
                <div class="rx-print">
                    { CompareTable {
                        dataset: d,
                        author: &author,
                        selection: &Selection::new(d.attributes.len()),
                        presenter: &presenter,
                        onreveal: Callback::noop(),
                    }.view(lang) }
                </div>
            }
            <p class="rx-live visually-hidden" role="status" aria-live="polite">{ announcement }</p>
            <p class="rx-source">{ labelled(lang, text(lang, Key::Source), "") }
                <span lang={author.lang.clone()} dir={author.dir}>{ d.source.clone() }</span></p>
        </div>
    }
}
