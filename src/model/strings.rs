//! Sentences the widget builds from counts and names (verdict, meters, announcements), in the
//! interface language. Fixed phrases live in [`super::i18n`].

use super::dataset::Dataset;
use super::i18n::{count, template, text, Ignored, Key, Lang, Noun, Template};
use super::placeholders::fill_in;
use super::verdict::Verdict;

fn fill(lang: Lang, t: Template, pairs: &[(&str, &str)]) -> String {
    fill_in(template(lang, t), pairs)
}

/// Borrowed views of owned strings. Every list is joined as `&str`s, so the wasm carries one
/// copy of the standard library's join, not one per element type.
fn as_strs(list: &[String]) -> Vec<&str> {
    list.iter().map(String::as_str).collect()
}

/// Joins names as "A", "A and B", "A, B and C" ("A، B وC" in Arabic; Spanish writes "e" for
/// "y" before a word that starts with the sound /i/: "A e Ingeniero").
pub fn and_list(lang: Lang, names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => {
            let and = if lang == Lang::Es && starts_with_i_sound(last) {
                " e "
            } else {
                template(lang, Template::And)
            };
            format!(
                "{}{and}{last}",
                rest.join(template(lang, Template::Separator))
            )
        }
    }
}

/// Whether a Spanish word starts with the vowel sound /i/: "i-", "hi-", "í-", "hí-", but not
/// where the i glides into the next vowel ("hielo", "ion": "agua y hielo").
fn starts_with_i_sound(word: &str) -> bool {
    // Only the vowels matter here: a full `to_lowercase` pulls Unicode case tables into the wasm.
    let lower = |c: char| match c {
        'Í' => 'í',
        'Á' => 'á',
        'É' => 'é',
        'Ó' => 'ó',
        'Ú' => 'ú',
        c => c.to_ascii_lowercase(),
    };
    let mut chars = word.trim_start().chars().map(lower).peekable();
    chars.next_if_eq(&'h');
    match chars.next() {
        Some('í') => true,
        Some('i') => !matches!(
            chars.next(),
            Some('a' | 'e' | 'o' | 'u' | 'á' | 'é' | 'ó' | 'ú')
        ),
        _ => false,
    }
}

/// A label and its value, as "Source: …" ("Source\u{202F}: …" in French).
pub fn labelled(lang: Lang, label: &str, value: &str) -> String {
    fill(
        lang,
        Template::Labelled,
        &[("label", label), ("value", value)],
    )
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
            ("total", &total.to_string()),
            ("attributes", &count(lang, total, Noun::Attribute)),
        ],
    )
}

/// The badge of a trait several roles share: "Shared: PM and PO".
pub fn shared_badge(lang: Lang, names: &[&str]) -> String {
    labelled(lang, text(lang, Key::Shared), &and_list(lang, names))
}

/// The quiz score as shown: "7 / 10" ("7 من 10" in Arabic).
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

/// How many quiz cards are still open after an early Check: "Unanswered: 3".
pub fn unanswered_text(lang: Lang, unanswered: usize) -> String {
    format!("{} {unanswered}", text(lang, Key::Unanswered))
}

/// The quiz score as announced after a Check: "Score: 2 of 10", and with cards left open,
/// "Score: 2 of 10. Unanswered: 7".
pub fn check_announcement(lang: Lang, right: usize, total: usize, unanswered: usize) -> String {
    let score = score_sentence(lang, right, total);
    match unanswered {
        0 => score,
        n => format!("{score}. {}", unanswered_text(lang, n)),
    }
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

/// A notice about a setting the widget could not use, in the reader's language.
pub fn ignored_sentence(lang: Lang, ignored: &Ignored) -> String {
    match ignored {
        Ignored::Mode(value) => fill(lang, Template::UnknownMode, &[("value", value)]),
        Ignored::Theme(value) => fill(lang, Template::UnknownTheme, &[("value", value)]),
        Ignored::Attribute { id, known } => fill(
            lang,
            Template::UnknownAttribute,
            &[
                ("value", id),
                (
                    "known",
                    &as_strs(known).join(template(lang, Template::Separator)),
                ),
            ],
        ),
        Ignored::LinkState => text(lang, Key::StateIgnored).to_string(),
        Ignored::Setting {
            name,
            value,
            values,
            default,
        } => fill(
            lang,
            Template::UnknownSetting,
            &[
                ("name", name),
                ("value", value),
                (
                    "values",
                    &as_strs(values).join(template(lang, Template::Separator)),
                ),
                ("default", default),
            ],
        ),
    }
}
