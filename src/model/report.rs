//! What the widget tells its host page: the `detail` of `role-explainer:ready` and
//! `role-explainer:change` events, for analytics.

use super::config::Mode;
use super::dataset::Dataset;
use super::i18n::Lang;
use super::link_state::encode_link;
use super::quiz::{CardState, Quiz};
use super::selection::{roles_of, trait_of, Pick, Selection};
use super::strings::verdict_sentence;
use super::verdict::{verdict, Verdict};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub dataset: String,
    pub mode: &'static str,
    /// Ids of the attribute rows the compare view shows.
    pub shown: Vec<String>,
    pub picks: Vec<PickReport>,
    pub verdict: VerdictReport,
    /// The state as a URL hash (without `#`), for links that restore it.
    pub link: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PickReport {
    pub attribute: String,
    /// The ids of the roles the picked trait belongs to (several for a shared trait).
    pub roles: Vec<String>,
    #[serde(rename = "trait")]
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VerdictReport {
    pub picked: usize,
    /// Role ids with the top score: empty when nothing is picked, several on a tie.
    pub leaders: Vec<String>,
    /// Each role's score, in role order; serialized as an object keyed by role id.
    pub scores: Scores,
    pub sentence: String,
}

/// Scores keyed by role id. A list, not a `BTreeMap`: collecting a map pulls the standard
/// library's stable sort into the wasm (about 5 kB brotli).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scores(pub Vec<(String, usize)>);

impl Serialize for Scores {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (role, score) in &self.0 {
            map.serialize_entry(role, score)?;
        }
        map.end()
    }
}

pub fn report(lang: Lang, dataset: &Dataset, mode: Mode, selection: &Selection) -> Report {
    report_with(lang, dataset, mode, selection, &verdict(dataset, selection))
}

/// The report, with the verdict the state transition already computed.
pub fn report_with(
    lang: Lang,
    dataset: &Dataset,
    mode: Mode,
    selection: &Selection,
    v: &Verdict,
) -> Report {
    let role_id = |r: usize| dataset.roles.get(r).map(|role| role.id.clone());
    let shown = dataset
        .attributes
        .iter()
        .enumerate()
        .filter(|(i, _)| selection.is_shown(*i))
        .map(|(_, a)| a.id.clone())
        .collect();
    let picks = dataset
        .attributes
        .iter()
        .enumerate()
        .filter_map(|(i, attribute)| {
            let pick = selection.picked(i)?;
            let text = trait_of(dataset, attribute, pick)?.text.clone();
            Some(PickReport {
                attribute: attribute.id.clone(),
                roles: roles_of(dataset, attribute, pick)
                    .into_iter()
                    .filter_map(role_id)
                    .collect(),
                text,
            })
        })
        .collect();
    Report {
        dataset: dataset.id.clone(),
        mode: mode.name(),
        shown,
        picks,
        verdict: VerdictReport {
            picked: v.picked,
            leaders: v.leaders.iter().copied().filter_map(role_id).collect(),
            scores: Scores(
                dataset
                    .roles
                    .iter()
                    .zip(&v.scores)
                    .map(|(role, score)| (role.id.clone(), *score))
                    .collect(),
            ),
            sentence: verdict_sentence(lang, dataset, v),
        },
        link: encode_link(dataset, mode, selection),
    }
}

/// The `detail` of `role-explainer:error`: each problem as one line.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProblemsReport {
    pub problems: Vec<String>,
}

impl ProblemsReport {
    pub fn new(problems: &[super::validate::Problem]) -> Self {
        Self {
            problems: problems.iter().map(ToString::to_string).collect(),
        }
    }
}

/// The `detail` of `role-explainer:answer`, raised when the reader checks the quiz.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuizReport {
    pub dataset: String,
    pub seed: u64,
    pub score: usize,
    pub total: usize,
    /// Cards still without an answer (an early Check leaves them open).
    pub unanswered: usize,
    /// The solution was shown; `score` stays what the reader earned before it.
    pub solution_shown: bool,
    pub answers: Vec<AnswerReport>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AnswerReport {
    pub attribute: String,
    #[serde(rename = "trait")]
    pub text: String,
    /// The reader's answer: a role id, `shared`, or `null` if left unanswered.
    pub answer: Option<String>,
    pub expected: String,
    /// Checked and right: counts towards the score.
    pub right: bool,
}

fn pick_id(dataset: &Dataset, pick: Pick) -> String {
    match pick {
        Pick::Role(r) => dataset
            .roles
            .get(r)
            .map(|role| role.id.clone())
            .unwrap_or_default(),
        Pick::Shared => "shared".into(),
    }
}

pub fn quiz_report(dataset: &Dataset, quiz: &Quiz) -> QuizReport {
    let (score, total) = quiz.score();
    let answers = quiz
        .cards
        .iter()
        .enumerate()
        .filter_map(|(i, card)| {
            let attribute = dataset.attributes.get(card.attribute)?;
            let text = trait_of(dataset, attribute, card.answer)?.text.clone();
            Some(AnswerReport {
                attribute: attribute.id.clone(),
                text,
                answer: quiz.answers[i].map(|p| pick_id(dataset, p)),
                expected: pick_id(dataset, card.answer),
                right: quiz.state(i) == CardState::Right,
            })
        })
        .collect();
    QuizReport {
        dataset: dataset.id.clone(),
        seed: quiz.seed,
        score,
        total,
        unanswered: quiz.unanswered(),
        solution_shown: quiz.solution_shown,
        answers,
    }
}
