//! Sentences the widget builds from counts and names (verdict, meters, announcements), in the
//! interface language. Fixed phrases live in [`super::i18n`].

use super::dataset::Dataset;
use super::i18n::{count, template, text, Key, Lang, Noun, Template};
use super::verdict::Verdict;

fn fill(lang: Lang, t: Template, pairs: &[(&str, &str)]) -> String {
    let mut out = template(lang, t).to_string();
    for (name, value) in pairs {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Joins names as "A", "A and B", "A, B and C".
pub fn and_list(lang: Lang, names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{}{}{last}", rest.join(", "), template(lang, Template::And)),
    }
}

/// The verdict's headline, such as "4 of 6 traits: Product Owner".
pub fn verdict_sentence(lang: Lang, dataset: &Dataset, verdict: &Verdict) -> String {
    let names: Vec<&str> = verdict
        .leaders
        .iter()
        .filter_map(|r| dataset.roles.get(*r).map(|role| role.name.as_str()))
        .collect();
    let score = verdict.top_score().to_string();
    let traits = count(lang, verdict.picked, Noun::Trait);
    match names.as_slice() {
        [] => text(lang, Key::NothingPicked).to_string(),
        [one] => fill(
            lang,
            Template::Verdict,
            &[("score", &score), ("traits", &traits), ("role", one)],
        ),
        _ => fill(
            lang,
            Template::Tie,
            &[
                ("score", &score),
                ("traits", &traits),
                ("roles", &and_list(lang, &names)),
            ],
        ),
    }
}

/// One line of explanation under the headline.
pub fn verdict_explanation(lang: Lang, dataset: &Dataset, verdict: &Verdict) -> String {
    match verdict.leaders.as_slice() {
        [] => text(lang, Key::PickHint).into(),
        [one] => dataset
            .roles
            .get(*one)
            .map(|r| r.description.clone())
            .unwrap_or_default(),
        _ => text(lang, Key::TieHint).into(),
    }
}

/// The accessible label of one role's meter, such as "Product Owner: 4 of 6 traits".
pub fn meter_label(lang: Lang, role_name: &str, score: usize, picked: usize) -> String {
    fill(
        lang,
        Template::Meter,
        &[
            ("role", role_name),
            ("score", &score.to_string()),
            ("traits", &count(lang, picked, Noun::Trait)),
        ],
    )
}

/// What the compare view announces after a chip changes, such as "Showing 5 of 10 attributes".
pub fn shown_sentence(lang: Lang, shown: usize, total: usize) -> String {
    fill(
        lang,
        Template::Shown,
        &[
            ("shown", &shown.to_string()),
            ("attributes", &count(lang, total, Noun::Attribute)),
        ],
    )
}

/// The badge of a trait several roles share: "Shared: PM and PO".
pub fn shared_badge(lang: Lang, names: &[&str]) -> String {
    format!("{}: {}", text(lang, Key::Shared), and_list(lang, names))
}

/// The quiz score as shown: "7 / 10".
pub fn score_text(lang: Lang, right: usize, total: usize) -> String {
    fill(
        lang,
        Template::Score,
        &[("right", &right.to_string()), ("total", &total.to_string())],
    )
}

/// The quiz score as announced: "Score: 7 of 10".
pub fn score_sentence(lang: Lang, right: usize, total: usize) -> String {
    fill(
        lang,
        Template::ScoreSentence,
        &[("right", &right.to_string()), ("total", &total.to_string())],
    )
}

/// Quiz progress: "3 of 10 answered".
pub fn progress_sentence(lang: Lang, answered: usize, total: usize) -> String {
    fill(
        lang,
        Template::Progress,
        &[
            ("answered", &answered.to_string()),
            ("total", &total.to_string()),
        ],
    )
}
