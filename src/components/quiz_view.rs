//! The quiz: shuffled trait cards to assign to a role (or "shared"), then Check, Retry and
//! Show solution, with the score.

use super::answer_group::on_group_keydown;
use super::role_badge::RoleBadge;
use super::use_lang::{use_lang, use_rtl};
use crate::model::dataset::Dataset;
use crate::model::i18n::{text, Key};
use crate::model::quiz::{has_shared, Quiz};
use crate::model::selection::{roles_of, trait_of, Pick};
use crate::model::strings::{progress_sentence, score_text, shared_badge};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuizViewProps {
    pub dataset: Rc<Dataset>,
    pub quiz: Quiz,
    /// Raised with the card index and the answer pressed.
    pub onanswer: Callback<(usize, Pick)>,
    pub oncheck: Callback<()>,
    pub onretry: Callback<()>,
    pub onsolution: Callback<()>,
}

/// The names an answer stands for: a role's name, or the roles sharing the card's trait.
fn answer_name(
    dataset: &Dataset,
    attribute: usize,
    pick: Pick,
    lang: crate::model::i18n::Lang,
) -> String {
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

#[function_component]
pub fn QuizView(props: &QuizViewProps) -> Html {
    let lang = use_lang();
    let rtl = use_rtl();
    let d = &props.dataset;
    let q = &props.quiz;
    let mut choices: Vec<Pick> = (0..d.roles.len()).map(Pick::Role).collect();
    if has_shared(d) {
        choices.push(Pick::Shared);
    }
    let (right, total) = q.score();
    html! {
        <div class="rx-quiz">
            <p class="hint">{ text(lang, Key::QuizHint) }</p>
            <ol class="cards">
                { for q.cards.iter().enumerate().map(|(i, card)| {
                    let Some(attribute) = d.attributes.get(card.attribute) else { return Html::default() };
                    let trait_ = trait_of(d, attribute, card.answer);
                    let Some(trait_) = trait_ else { return Html::default() };
                    let given = q.answers.get(i).copied().flatten();
                    let verdict = if q.checked { q.is_right(i) } else { None };
                    let state = match (q.checked, verdict) {
                        (true, Some(true)) => "right",
                        (true, _) => "wrong",
                        _ => "open",
                    };
                    let label_id = format!("rx-card-{i}");
                    let focus_index = given.and_then(|g| choices.iter().position(|c| *c == g)).unwrap_or(0);
                    html! {
                        <li key={format!("{}-{i}", q.seed)} class={classes!("quiz-card", state)}>
                            <p class="card-attr">{ attribute.name.clone() }</p>
                            <p class="card-text" id={label_id.clone()}>{ trait_.text.clone() }</p>
                            <div class="answers" role="group" aria-labelledby={label_id}
                                onkeydown={on_group_keydown(rtl)}>
                                { for choices.iter().enumerate().map(|(c, choice)| {
                                    let choice = *choice;
                                    let pressed = given == Some(choice);
                                    let content = match choice {
                                        Pick::Role(r) => {
                                            let role = &d.roles[r];
                                            html! { <RoleBadge index={r} short={role.short.clone()} name={role.name.clone()} /> }
                                        }
                                        Pick::Shared => html! { <span class="shared-answer">{ text(lang, Key::Shared) }</span> },
                                    };
                                    html! {
                                        <button type="button" class="answer" aria-pressed={pressed.to_string()}
                                            aria-disabled={q.checked.then_some("true")}
                                            tabindex={if c == focus_index { "0" } else { "-1" }}
                                            onclick={props.onanswer.reform(move |_| (i, choice))}>
                                            { content }
                                        </button>
                                    }
                                }) }
                            </div>
                            if q.checked {
                                <p class="card-result">
                                    <strong class="mark">{ if verdict == Some(true) {
                                        format!("✓ {}", text(lang, Key::Right))
                                    } else {
                                        format!("✗ {}", text(lang, Key::Wrong))
                                    } }</strong>
                                    { format!(" {} {}. ", text(lang, Key::AnswerIs), answer_name(d, card.attribute, card.answer, lang)) }
                                    <span class="why">{ trait_.why.clone() }</span>
                                </p>
                            }
                        </li>
                    }
                }) }
            </ol>
            <div class="quiz-bar">
                <p class="quiz-progress">
                    if q.checked {
                        <strong class="score">{ score_text(lang, right, total) }</strong>
                    } else {
                        { progress_sentence(lang, q.answered(), total) }
                    }
                </p>
                <button type="button" class="primary" aria-disabled={q.checked.then_some("true")}
                    onclick={props.oncheck.reform(|_| ())}>{ text(lang, Key::Check) }</button>
                <button type="button" onclick={props.onretry.reform(|_| ())}>{ text(lang, Key::Retry) }</button>
                <button type="button" aria-disabled={q.solution_shown.then_some("true")}
                    onclick={props.onsolution.reform(|_| ())}>{ text(lang, Key::ShowSolution) }</button>
            </div>
        </div>
    }
}
