//! The quiz: shuffled trait cards to assign to a role (or "shared"), then Check, Retry and
//! Show solution, with the earned score.

use super::answer_group::on_group_keydown;
use super::aria_bool::aria_bool;
use super::author_lang::AuthorLang;
use super::class_list::class_list;
use super::role_badge::role_badge;
use crate::model::dataset::Dataset;
use crate::model::i18n::{text, Key, Lang};
use crate::model::quiz::{has_shared, CardState, Quiz};
use crate::model::selection::{roles_of, trait_of, Pick};
use crate::model::strings::{progress_sentence, score_text, shared_badge, unanswered_text};
use std::rc::Rc;
use yew::prelude::*;

/// What the quiz shows and raises.
pub struct QuizView<'a> {
    pub dataset: &'a Rc<Dataset>,
    /// The dataset's language and direction where they differ from the interface's.
    pub author: &'a AuthorLang,
    pub quiz: &'a Quiz,
    /// Raised with the card index and the answer pressed.
    pub onanswer: Callback<(usize, Pick)>,
    pub oncheck: Callback<()>,
    pub onretry: Callback<()>,
    pub onsolution: Callback<()>,
}

/// The names an answer stands for: a role's name, or the roles sharing the card's trait.
fn answer_name(dataset: &Dataset, attribute: usize, pick: Pick, lang: Lang) -> String {
    match pick {
        Pick::Role(r) => dataset
            .roles
            .get(r)
            .map(|role| role.name.clone())
            .unwrap_or_default(),
        Pick::Shared => {
            let names: Vec<&str> = dataset
                .attributes
                .get(attribute)
                .map(|a| roles_of(dataset, a, Pick::Shared))
                .unwrap_or_default()
                .into_iter()
                .filter_map(|r| dataset.roles.get(r).map(|role| role.name.as_str()))
                .collect();
            if names.is_empty() {
                text(lang, Key::Shared).into()
            } else {
                shared_badge(lang, &names)
            }
        }
    }
}

/// The line under a marked or solved card: the mark, the right answer and its why.
fn card_result(
    lang: Lang,
    state: CardState,
    answer: String,
    why: String,
    author: &AuthorLang,
) -> Html {
    let mark = match state {
        CardState::Right => format!("✓ {} ", text(lang, Key::Right)),
        CardState::Wrong => format!("✗ {} ", text(lang, Key::Wrong)),
        CardState::Open | CardState::Solved => String::new(),
    };
    html! {
        <p class="card-result">
            if !mark.is_empty() { <strong class="mark">{ mark }</strong> }
            { format!("{} {answer}. ", text(lang, Key::AnswerIs)) }
            <span class="why" lang={author.lang.clone()} dir={author.dir}>{ why }</span>
        </p>
    }
}

impl QuizView<'_> {
    /// A plain function, not a component: it is built only while the quiz is the active
    /// view, and a component type of its own would cost the wasm a copy of Yew's lifecycle.
    pub fn view(&self, lang: Lang, rtl: bool) -> Html {
        let d = self.dataset;
        let q = self.quiz;
        let author = self.author;
        let mut choices: Vec<Pick> = (0..d.roles.len()).map(Pick::Role).collect();
        if has_shared(d) {
            choices.push(Pick::Shared);
        }
        let (right, total) = q.score();
        let unanswered = q.unanswered();
        let choice_label = |choice: Pick| match choice {
            Pick::Role(r) => {
                let role = &d.roles[r];
                html! { { role_badge(r, &role.short, &role.name, true) } }
            }
            Pick::Shared => {
                html! { <span class="shared-answer">{ text(lang, Key::Shared) }</span> }
            }
        };
        html! {
            <div class="rx-quiz">
                <p class="hint">{ text(lang, Key::QuizHint) }</p>
                <ol class="cards">
                    { for q.cards.iter().enumerate().map(|(i, card)| {
                        let Some(attribute) = d.attributes.get(card.attribute) else { return Html::default() };
                        let Some(trait_) = trait_of(d, attribute, card.answer) else { return Html::default() };
                        let given = q.answers.get(i).copied().flatten();
                        let state = q.state(i);
                        let open = q.is_open(i);
                        let class = match state {
                            CardState::Open => "open",
                            CardState::Right => "right",
                            CardState::Wrong => "wrong",
                            CardState::Solved => "solved",
                        };
                        let label_id = format!("rx-card-{i}");
                        let focus_index = given.and_then(|g| choices.iter().position(|c| *c == g)).unwrap_or(0);
                        html! {
                            <li key={format!("{}-{i}", q.seed)} ~className={class_list(&["quiz-card", class])}>
                                <p class="card-attr" lang={author.lang.clone()} dir={author.dir}>{ attribute.name.clone() }</p>
                                <p class="card-text" id={label_id.clone()} lang={author.lang.clone()} dir={author.dir}>{ trait_.text.clone() }</p>
                                <div class="answers" role="group" aria-labelledby={label_id}
                                    onkeydown={on_group_keydown(rtl)}>
                                    { for choices.iter().enumerate().map(|(c, choice)| {
                                        let choice = *choice;
                                        html! {
                                            <button type="button" class="answer" aria-pressed={aria_bool(given == Some(choice))}
                                                aria-disabled={(!open).then_some("true")}
                                                tabindex={if c == focus_index { "0" } else { "-1" }}
                                                onclick={self.onanswer.reform(move |_| (i, choice))}>
                                                { choice_label(choice) }
                                            </button>
                                        }
                                    }) }
                                </div>
                                // A worksheet prints boxes to tick instead of the buttons.
                                <p class="print-boxes" aria-hidden="true">
                                    { for choices.iter().map(|choice| html! {
                                        <span class="print-box">{ "☐ " }{ choice_label(*choice) }</span>
                                    }) }
                                </p>
                                if state != CardState::Open {
                                    { card_result(lang, state, answer_name(d, card.attribute, card.answer, lang), trait_.why.clone(), author) }
                                }
                            </li>
                        }
                    }) }
                </ol>
                <div class="quiz-bar">
                    <p class="quiz-progress">
                        if q.is_checked() {
                            <strong class="score">{ score_text(lang, right, total) }</strong>
                            if unanswered > 0 {
                                <span class="quiz-note">{ unanswered_text(lang, unanswered) }</span>
                            }
                            if q.solution_shown {
                                <span class="quiz-note">{ text(lang, Key::SolutionShown) }</span>
                            }
                        } else {
                            { progress_sentence(lang, q.answered(), total) }
                        }
                    </p>
                    <button type="button" class="primary" aria-disabled={(q.is_complete() || q.solution_shown).then_some("true")}
                        onclick={self.oncheck.reform(|_| ())}>{ text(lang, Key::Check) }</button>
                    <button type="button" onclick={self.onretry.reform(|_| ())}>{ text(lang, Key::Retry) }</button>
                    <button type="button" aria-disabled={q.solution_shown.then_some("true")}
                        onclick={self.onsolution.reform(|_| ())}>{ text(lang, Key::ShowSolution) }</button>
                </div>
            </div>
        }
    }
}
