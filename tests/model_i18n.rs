//! Interface languages: every phrase exists, plurals follow each language's rules, sentences read right.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use role_explainer::model::builtin::builtin;
use role_explainer::model::config::{initial_rows, parse_config, Notice, RawConfig};
use role_explainer::model::i18n::{
    author_marks, count, plural, tag_is_rtl, template, text, Ignored, Key, Lang, Noun, Plural,
    Template,
};
use role_explainer::model::selection::Selection;
use role_explainer::model::strings::{
    and_list, labelled, meter_label, progress_sentence, score_sentence, score_text, shared_badge,
    shown_sentence, verdict_sentence,
};
use role_explainer::model::validate::parse_dataset;
use role_explainer::model::verdict::{verdict, Verdict};

const KEYS: [Key; 51] = [
    Key::Compare,
    Key::Explore,
    Key::Views,
    Key::ShowAttributes,
    Key::All,
    Key::None,
    Key::Attribute,
    Key::NoRows,
    Key::Shared,
    Key::ExploreHint,
    Key::NotPicked,
    Key::ClearPicks,
    Key::VerdictHeading,
    Key::NothingPicked,
    Key::PickHint,
    Key::TieHint,
    Key::ErrorHeading,
    Key::ErrorHint,
    Key::SettingsIgnored,
    Key::Source,
    Key::FromSection,
    Key::Quiz,
    Key::QuizHint,
    Key::Check,
    Key::Retry,
    Key::ShowSolution,
    Key::Right,
    Key::Wrong,
    Key::AnswerIs,
    Key::FullScreen,
    Key::ExitFullScreen,
    Key::Shortcuts,
    Key::Close,
    Key::ShortcutStep,
    Key::ShortcutReveal,
    Key::ShortcutQuiz,
    Key::ShortcutFullScreen,
    Key::ShortcutHelp,
    Key::RevealNext,
    Key::RevealAll,
    Key::Hidden,
    Key::CopyLink,
    Key::LinkCopied,
    Key::StateIgnored,
    Key::NoFullScreen,
    Key::Reveal,
    Key::KeysStep,
    Key::KeySpace,
    Key::KeyQuiz,
    Key::KeyFullScreen,
    Key::KeyHelp,
];

const TEMPLATES: [Template; 13] = [
    Template::Verdict,
    Template::Tie,
    Template::Meter,
    Template::Shown,
    Template::And,
    Template::Separator,
    Template::Labelled,
    Template::UnknownMode,
    Template::UnknownTheme,
    Template::UnknownAttribute,
    Template::Score,
    Template::ScoreSentence,
    Template::Progress,
];

#[test]
fn every_language_has_a_non_empty_phrase_for_every_key() {
    for lang in Lang::ALL {
        for key in KEYS {
            assert!(!text(lang, key).trim().is_empty(), "{lang:?} {key:?}");
        }
    }
    assert_eq!(text(Lang::De, Key::Compare), "Vergleichen");
    assert_eq!(text(Lang::Ar, Key::Compare), "مقارنة");
    assert_eq!(text(Lang::Es, Key::Compare), "Comparar");
    assert_eq!(text(Lang::Fr, Key::Compare), "Comparer");
}

#[test]
fn every_other_language_is_really_translated() {
    // A few words are the same as in English ("Quiz" in German); at least 80 % are not.
    for lang in [Lang::De, Lang::Es, Lang::Fr, Lang::Ar] {
        let translated = KEYS
            .iter()
            .filter(|&&key| text(lang, key) != text(Lang::En, key))
            .count();
        assert!(
            translated * 10 >= KEYS.len() * 8,
            "{lang:?}: {translated} of {}",
            KEYS.len()
        );
    }
    assert_eq!(plural(Lang::Ar, 0), Plural::Zero);
    assert_eq!(plural(Lang::Ar, 1), Plural::One);
    assert_eq!(plural(Lang::Ar, 2), Plural::Two);
}

#[test]
fn tags_pick_languages_and_unknown_ones_fall_back() {
    assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
    assert_eq!(Lang::from_tag(" FR "), Some(Lang::Fr));
    assert_eq!(Lang::from_tag("ar_EG"), Some(Lang::Ar));
    assert_eq!(Lang::from_tag("ja"), None);
    assert_eq!(Lang::from_tag(""), None);
    assert!(Lang::Ar.is_rtl() && !Lang::De.is_rtl());
    assert!(tag_is_rtl("he-IL") && tag_is_rtl("fa") && !tag_is_rtl("en"));
}

#[test]
fn author_text_says_its_language_only_where_it_does_not_inherit_it() {
    // The interface's own language and direction: inherited, nothing to write.
    assert_eq!(author_marks(Lang::En, false, "en"), None);
    assert_eq!(author_marks(Lang::De, false, "DE"), None);
    assert_eq!(author_marks(Lang::Ar, true, "ar"), None);
    // Another language, a regional variant, or an interface turned around by an RTL host.
    assert_eq!(author_marks(Lang::En, false, "de"), Some(("de", "ltr")));
    assert_eq!(
        author_marks(Lang::En, false, "en-GB"),
        Some(("en-GB", "ltr"))
    );
    assert_eq!(author_marks(Lang::En, false, "he"), Some(("he", "rtl")));
    assert_eq!(author_marks(Lang::En, true, "en"), Some(("en", "ltr")));
    assert_eq!(author_marks(Lang::Ar, false, "ar"), Some(("ar", "rtl")));
}

#[test]
fn plurals_follow_each_language() {
    assert_eq!(count(Lang::En, 1, Noun::Trait), "1 trait");
    assert_eq!(count(Lang::En, 0, Noun::Trait), "0 traits");
    assert_eq!(count(Lang::Fr, 0, Noun::Trait), "0 trait");
    assert_eq!(count(Lang::Fr, 2, Noun::Attribute), "2 aspects");
    assert_eq!(count(Lang::De, 6, Noun::Trait), "6 Merkmalen");
    assert_eq!(count(Lang::Es, 1, Noun::Attribute), "1 aspecto");
    assert_eq!(count(Lang::Ar, 1, Noun::Trait), "سمة واحدة");
    // After "من" ("of"): the dual in the genitive, no accusative ending for 0 and 100+.
    assert_eq!(count(Lang::Ar, 2, Noun::Trait), "سمتين");
    assert_eq!(count(Lang::Ar, 2, Noun::Attribute), "جانبين");
    assert_eq!(count(Lang::Ar, 0, Noun::Attribute), "0 جانب");
    assert_eq!(count(Lang::Ar, 12, Noun::Attribute), "12 جانبًا");
    assert_eq!(count(Lang::Ar, 100, Noun::Attribute), "100 جانب");
    assert_eq!(count(Lang::Ar, 5, Noun::Trait), "5 سمات");
    assert_eq!(count(Lang::Ar, 12, Noun::Trait), "12 سمة");
    assert_eq!(plural(Lang::Ar, 103), Plural::Few);
    assert_eq!(plural(Lang::Ar, 111), Plural::Many);
    assert_eq!(plural(Lang::Ar, 100), Plural::Other);
}

#[test]
fn sentences_read_in_each_language() {
    let (d, s) = common::four_of_six_for_the_product_owner();
    let v = verdict(&d, &s);
    assert_eq!(
        verdict_sentence(Lang::En, &d, &v),
        "4 of 6 traits: Product Owner"
    );
    assert_eq!(
        verdict_sentence(Lang::De, &d, &v),
        "4 von 6 Merkmalen: Product Owner"
    );
    assert_eq!(
        verdict_sentence(Lang::Es, &d, &v),
        "4 de 6 rasgos: Product Owner"
    );
    assert_eq!(
        verdict_sentence(Lang::Fr, &d, &v),
        "4 sur 6 traits\u{202F}: Product Owner"
    );
    assert_eq!(
        verdict_sentence(Lang::Ar, &d, &v),
        "4 من 6 سمات: Product Owner"
    );
    assert_eq!(
        shown_sentence(Lang::En, 11, 12),
        "Showing 11 of 12 attributes"
    );
    assert_eq!(shown_sentence(Lang::De, 1, 1), "1 von 1 Aspekt angezeigt");
    assert_eq!(and_list(Lang::Fr, &["A", "B", "C"]), "A, B et C");
    assert_eq!(
        verdict_sentence(Lang::De, &d, &verdict(&d, &Selection::new(12))),
        "Noch keine Merkmale gewählt."
    );
}

/// Every sentence with a count, for n = 0, 1, 2, 3, 10, 11, 40, 100, 101, 102, as a native
/// reader expects it, joined with " | ":
/// the verdict (n of n traits), a role's meter (1 of n), the compare view's announcement (1 of n,
/// then n of n), the quiz score as shown and as announced (1 of n), and the quiz progress (1 of n).
/// (0 stands in for 1 where n is 0.)
const COUNT_SENTENCES: [(Lang, usize, &str); 50] = [
    (Lang::En, 0, "No traits picked yet. | PO: 0 of 0 traits | Showing 0 of 0 attributes | Showing 0 of 0 attributes | 0 / 0 | Score: 0 of 0 | 0 of 0 answered"),
    (Lang::En, 1, "1 of 1 trait: Product Owner | PO: 1 of 1 trait | Showing 1 of 1 attribute | Showing 1 of 1 attribute | 1 / 1 | Score: 1 of 1 | 1 of 1 answered"),
    (Lang::En, 2, "2 of 2 traits: Product Owner | PO: 1 of 2 traits | Showing 1 of 2 attributes | Showing 2 of 2 attributes | 1 / 2 | Score: 1 of 2 | 1 of 2 answered"),
    (Lang::En, 3, "3 of 3 traits: Product Owner | PO: 1 of 3 traits | Showing 1 of 3 attributes | Showing 3 of 3 attributes | 1 / 3 | Score: 1 of 3 | 1 of 3 answered"),
    (Lang::En, 10, "10 of 10 traits: Product Owner | PO: 1 of 10 traits | Showing 1 of 10 attributes | Showing 10 of 10 attributes | 1 / 10 | Score: 1 of 10 | 1 of 10 answered"),
    (Lang::En, 11, "11 of 11 traits: Product Owner | PO: 1 of 11 traits | Showing 1 of 11 attributes | Showing 11 of 11 attributes | 1 / 11 | Score: 1 of 11 | 1 of 11 answered"),
    (Lang::En, 40, "40 of 40 traits: Product Owner | PO: 1 of 40 traits | Showing 1 of 40 attributes | Showing 40 of 40 attributes | 1 / 40 | Score: 1 of 40 | 1 of 40 answered"),
    (Lang::En, 100, "100 of 100 traits: Product Owner | PO: 1 of 100 traits | Showing 1 of 100 attributes | Showing 100 of 100 attributes | 1 / 100 | Score: 1 of 100 | 1 of 100 answered"),
    (Lang::En, 101, "101 of 101 traits: Product Owner | PO: 1 of 101 traits | Showing 1 of 101 attributes | Showing 101 of 101 attributes | 1 / 101 | Score: 1 of 101 | 1 of 101 answered"),
    (Lang::En, 102, "102 of 102 traits: Product Owner | PO: 1 of 102 traits | Showing 1 of 102 attributes | Showing 102 of 102 attributes | 1 / 102 | Score: 1 of 102 | 1 of 102 answered"),
    (Lang::De, 0, "Noch keine Merkmale gewählt. | PO: 0 von 0 Merkmalen | 0 von 0 Aspekten angezeigt | 0 von 0 Aspekten angezeigt | 0 / 0 | Ergebnis: 0 von 0 | 0 von 0 beantwortet"),
    (Lang::De, 1, "1 von 1 Merkmal: Product Owner | PO: 1 von 1 Merkmal | 1 von 1 Aspekt angezeigt | 1 von 1 Aspekt angezeigt | 1 / 1 | Ergebnis: 1 von 1 | 1 von 1 beantwortet"),
    (Lang::De, 2, "2 von 2 Merkmalen: Product Owner | PO: 1 von 2 Merkmalen | 1 von 2 Aspekten angezeigt | 2 von 2 Aspekten angezeigt | 1 / 2 | Ergebnis: 1 von 2 | 1 von 2 beantwortet"),
    (Lang::De, 3, "3 von 3 Merkmalen: Product Owner | PO: 1 von 3 Merkmalen | 1 von 3 Aspekten angezeigt | 3 von 3 Aspekten angezeigt | 1 / 3 | Ergebnis: 1 von 3 | 1 von 3 beantwortet"),
    (Lang::De, 10, "10 von 10 Merkmalen: Product Owner | PO: 1 von 10 Merkmalen | 1 von 10 Aspekten angezeigt | 10 von 10 Aspekten angezeigt | 1 / 10 | Ergebnis: 1 von 10 | 1 von 10 beantwortet"),
    (Lang::De, 11, "11 von 11 Merkmalen: Product Owner | PO: 1 von 11 Merkmalen | 1 von 11 Aspekten angezeigt | 11 von 11 Aspekten angezeigt | 1 / 11 | Ergebnis: 1 von 11 | 1 von 11 beantwortet"),
    (Lang::De, 40, "40 von 40 Merkmalen: Product Owner | PO: 1 von 40 Merkmalen | 1 von 40 Aspekten angezeigt | 40 von 40 Aspekten angezeigt | 1 / 40 | Ergebnis: 1 von 40 | 1 von 40 beantwortet"),
    (Lang::De, 100, "100 von 100 Merkmalen: Product Owner | PO: 1 von 100 Merkmalen | 1 von 100 Aspekten angezeigt | 100 von 100 Aspekten angezeigt | 1 / 100 | Ergebnis: 1 von 100 | 1 von 100 beantwortet"),
    (Lang::De, 101, "101 von 101 Merkmalen: Product Owner | PO: 1 von 101 Merkmalen | 1 von 101 Aspekten angezeigt | 101 von 101 Aspekten angezeigt | 1 / 101 | Ergebnis: 1 von 101 | 1 von 101 beantwortet"),
    (Lang::De, 102, "102 von 102 Merkmalen: Product Owner | PO: 1 von 102 Merkmalen | 1 von 102 Aspekten angezeigt | 102 von 102 Aspekten angezeigt | 1 / 102 | Ergebnis: 1 von 102 | 1 von 102 beantwortet"),
    (Lang::Es, 0, "Aún no has elegido ningún rasgo. | PO: 0 de 0 rasgos | Mostrando 0 de 0 aspectos | Mostrando 0 de 0 aspectos | 0 / 0 | Puntuación: 0 de 0 | Respondidas: 0 de 0"),
    (Lang::Es, 1, "1 de 1 rasgo: Product Owner | PO: 1 de 1 rasgo | Mostrando 1 de 1 aspecto | Mostrando 1 de 1 aspecto | 1 / 1 | Puntuación: 1 de 1 | Respondidas: 1 de 1"),
    (Lang::Es, 2, "2 de 2 rasgos: Product Owner | PO: 1 de 2 rasgos | Mostrando 1 de 2 aspectos | Mostrando 2 de 2 aspectos | 1 / 2 | Puntuación: 1 de 2 | Respondidas: 1 de 2"),
    (Lang::Es, 3, "3 de 3 rasgos: Product Owner | PO: 1 de 3 rasgos | Mostrando 1 de 3 aspectos | Mostrando 3 de 3 aspectos | 1 / 3 | Puntuación: 1 de 3 | Respondidas: 1 de 3"),
    (Lang::Es, 10, "10 de 10 rasgos: Product Owner | PO: 1 de 10 rasgos | Mostrando 1 de 10 aspectos | Mostrando 10 de 10 aspectos | 1 / 10 | Puntuación: 1 de 10 | Respondidas: 1 de 10"),
    (Lang::Es, 11, "11 de 11 rasgos: Product Owner | PO: 1 de 11 rasgos | Mostrando 1 de 11 aspectos | Mostrando 11 de 11 aspectos | 1 / 11 | Puntuación: 1 de 11 | Respondidas: 1 de 11"),
    (Lang::Es, 40, "40 de 40 rasgos: Product Owner | PO: 1 de 40 rasgos | Mostrando 1 de 40 aspectos | Mostrando 40 de 40 aspectos | 1 / 40 | Puntuación: 1 de 40 | Respondidas: 1 de 40"),
    (Lang::Es, 100, "100 de 100 rasgos: Product Owner | PO: 1 de 100 rasgos | Mostrando 1 de 100 aspectos | Mostrando 100 de 100 aspectos | 1 / 100 | Puntuación: 1 de 100 | Respondidas: 1 de 100"),
    (Lang::Es, 101, "101 de 101 rasgos: Product Owner | PO: 1 de 101 rasgos | Mostrando 1 de 101 aspectos | Mostrando 101 de 101 aspectos | 1 / 101 | Puntuación: 1 de 101 | Respondidas: 1 de 101"),
    (Lang::Es, 102, "102 de 102 rasgos: Product Owner | PO: 1 de 102 rasgos | Mostrando 1 de 102 aspectos | Mostrando 102 de 102 aspectos | 1 / 102 | Puntuación: 1 de 102 | Respondidas: 1 de 102"),
    (Lang::Fr, 0, "Aucun trait choisi pour l’instant. | PO\u{202F}: 0 sur 0 trait | Aspects affichés\u{202F}: 0 sur 0 | Aspects affichés\u{202F}: 0 sur 0 | 0 / 0 | Score\u{202F}: 0 sur 0 | Réponses\u{202F}: 0 sur 0"),
    (Lang::Fr, 1, "1 sur 1 trait\u{202F}: Product Owner | PO\u{202F}: 1 sur 1 trait | Aspects affichés\u{202F}: 1 sur 1 | Aspects affichés\u{202F}: 1 sur 1 | 1 / 1 | Score\u{202F}: 1 sur 1 | Réponses\u{202F}: 1 sur 1"),
    (Lang::Fr, 2, "2 sur 2 traits\u{202F}: Product Owner | PO\u{202F}: 1 sur 2 traits | Aspects affichés\u{202F}: 1 sur 2 | Aspects affichés\u{202F}: 2 sur 2 | 1 / 2 | Score\u{202F}: 1 sur 2 | Réponses\u{202F}: 1 sur 2"),
    (Lang::Fr, 3, "3 sur 3 traits\u{202F}: Product Owner | PO\u{202F}: 1 sur 3 traits | Aspects affichés\u{202F}: 1 sur 3 | Aspects affichés\u{202F}: 3 sur 3 | 1 / 3 | Score\u{202F}: 1 sur 3 | Réponses\u{202F}: 1 sur 3"),
    (Lang::Fr, 10, "10 sur 10 traits\u{202F}: Product Owner | PO\u{202F}: 1 sur 10 traits | Aspects affichés\u{202F}: 1 sur 10 | Aspects affichés\u{202F}: 10 sur 10 | 1 / 10 | Score\u{202F}: 1 sur 10 | Réponses\u{202F}: 1 sur 10"),
    (Lang::Fr, 11, "11 sur 11 traits\u{202F}: Product Owner | PO\u{202F}: 1 sur 11 traits | Aspects affichés\u{202F}: 1 sur 11 | Aspects affichés\u{202F}: 11 sur 11 | 1 / 11 | Score\u{202F}: 1 sur 11 | Réponses\u{202F}: 1 sur 11"),
    (Lang::Fr, 40, "40 sur 40 traits\u{202F}: Product Owner | PO\u{202F}: 1 sur 40 traits | Aspects affichés\u{202F}: 1 sur 40 | Aspects affichés\u{202F}: 40 sur 40 | 1 / 40 | Score\u{202F}: 1 sur 40 | Réponses\u{202F}: 1 sur 40"),
    (Lang::Fr, 100, "100 sur 100 traits\u{202F}: Product Owner | PO\u{202F}: 1 sur 100 traits | Aspects affichés\u{202F}: 1 sur 100 | Aspects affichés\u{202F}: 100 sur 100 | 1 / 100 | Score\u{202F}: 1 sur 100 | Réponses\u{202F}: 1 sur 100"),
    (Lang::Fr, 101, "101 sur 101 traits\u{202F}: Product Owner | PO\u{202F}: 1 sur 101 traits | Aspects affichés\u{202F}: 1 sur 101 | Aspects affichés\u{202F}: 101 sur 101 | 1 / 101 | Score\u{202F}: 1 sur 101 | Réponses\u{202F}: 1 sur 101"),
    (Lang::Fr, 102, "102 sur 102 traits\u{202F}: Product Owner | PO\u{202F}: 1 sur 102 traits | Aspects affichés\u{202F}: 1 sur 102 | Aspects affichés\u{202F}: 102 sur 102 | 1 / 102 | Score\u{202F}: 1 sur 102 | Réponses\u{202F}: 1 sur 102"),
    (Lang::Ar, 0, "لم تختر أي سمة بعد. | PO: 0 من 0 سمة | عرض 0 من 0 جانب | عرض 0 من 0 جانب | 0 من 0 | النتيجة: 0 من 0 | تمت الإجابة عن 0 من 0"),
    (Lang::Ar, 1, "1 من سمة واحدة: Product Owner | PO: 1 من سمة واحدة | عرض 1 من جانب واحد | عرض 1 من جانب واحد | 1 من 1 | النتيجة: 1 من 1 | تمت الإجابة عن 1 من 1"),
    (Lang::Ar, 2, "2 من سمتين: Product Owner | PO: 1 من سمتين | عرض 1 من جانبين | عرض 2 من جانبين | 1 من 2 | النتيجة: 1 من 2 | تمت الإجابة عن 1 من 2"),
    (Lang::Ar, 3, "3 من 3 سمات: Product Owner | PO: 1 من 3 سمات | عرض 1 من 3 جوانب | عرض 3 من 3 جوانب | 1 من 3 | النتيجة: 1 من 3 | تمت الإجابة عن 1 من 3"),
    (Lang::Ar, 10, "10 من 10 سمات: Product Owner | PO: 1 من 10 سمات | عرض 1 من 10 جوانب | عرض 10 من 10 جوانب | 1 من 10 | النتيجة: 1 من 10 | تمت الإجابة عن 1 من 10"),
    (Lang::Ar, 11, "11 من 11 سمة: Product Owner | PO: 1 من 11 سمة | عرض 1 من 11 جانبًا | عرض 11 من 11 جانبًا | 1 من 11 | النتيجة: 1 من 11 | تمت الإجابة عن 1 من 11"),
    (Lang::Ar, 40, "40 من 40 سمة: Product Owner | PO: 1 من 40 سمة | عرض 1 من 40 جانبًا | عرض 40 من 40 جانبًا | 1 من 40 | النتيجة: 1 من 40 | تمت الإجابة عن 1 من 40"),
    (Lang::Ar, 100, "100 من 100 سمة: Product Owner | PO: 1 من 100 سمة | عرض 1 من 100 جانب | عرض 100 من 100 جانب | 1 من 100 | النتيجة: 1 من 100 | تمت الإجابة عن 1 من 100"),
    (Lang::Ar, 101, "101 من 101 سمة: Product Owner | PO: 1 من 101 سمة | عرض 1 من 101 جانب | عرض 101 من 101 جانب | 1 من 101 | النتيجة: 1 من 101 | تمت الإجابة عن 1 من 101"),
    (Lang::Ar, 102, "102 من 102 سمة: Product Owner | PO: 1 من 102 سمة | عرض 1 من 102 جانب | عرض 102 من 102 جانب | 1 من 102 | النتيجة: 1 من 102 | تمت الإجابة عن 1 من 102"),
];

fn count_sentences(lang: Lang, n: usize) -> String {
    let d = parse_dataset(builtin("pm-vs-po").unwrap()).unwrap();
    let k = n.min(1);
    let v = Verdict {
        picked: n,
        scores: vec![0, n],
        leaders: if n > 0 { vec![1] } else { vec![] },
    };
    [
        verdict_sentence(lang, &d, &v),
        meter_label(lang, "PO", k, n),
        shown_sentence(lang, k, n),
        shown_sentence(lang, n, n),
        score_text(lang, k, n),
        score_sentence(lang, k, n),
        progress_sentence(lang, k, n),
    ]
    .join(" | ")
}

#[test]
fn every_count_sentence_reads_right_in_every_language() {
    let mut wrong = Vec::new();
    for (lang, n, expected) in COUNT_SENTENCES {
        let got = count_sentences(lang, n);
        println!("{lang:?} {n:>3}: {got}");
        if got != expected {
            wrong.push(format!(
                "{lang:?} {n}:\n  got      {got}\n  expected {expected}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // The table covers every language at every n.
    for lang in Lang::ALL {
        assert_eq!(
            COUNT_SENTENCES
                .iter()
                .filter(|(l, _, _)| *l == lang)
                .count(),
            10
        );
    }
}

#[test]
fn lists_join_with_each_languages_words() {
    assert_eq!(and_list(Lang::En, &["A", "B", "C"]), "A, B and C");
    assert_eq!(and_list(Lang::Ar, &["أ", "ب", "ج"]), "أ، ب وج");
    // Spanish writes "e" before the sound /i/ (i-, hi-), but "y" before hie-, hia-...
    assert_eq!(
        and_list(Lang::Es, &["Diseñadora", "Ingeniero"]),
        "Diseñadora e Ingeniero"
    );
    assert_eq!(and_list(Lang::Es, &["Padre", "hijo"]), "Padre e hijo");
    assert_eq!(and_list(Lang::Es, &["Agua", "hielo"]), "Agua y hielo");
    assert_eq!(
        and_list(Lang::Es, &["Product Manager", "Product Owner"]),
        "Product Manager y Product Owner"
    );
    assert_eq!(
        shared_badge(Lang::Fr, &["PM", "PO"]),
        "Commun\u{202F}: PM et PO"
    );
    assert_eq!(shared_badge(Lang::Ar, &["PM", "PO"]), "مشترك: PM وPO");
    assert_eq!(
        labelled(Lang::De, "Abschnitt", "Product Owner"),
        "Abschnitt: Product Owner"
    );
}

#[test]
fn french_sets_a_narrow_no_break_space_before_double_punctuation() {
    let mut phrases: Vec<&str> = KEYS.iter().map(|k| text(Lang::Fr, *k)).collect();
    phrases.extend(TEMPLATES.iter().map(|t| template(Lang::Fr, *t)));
    for phrase in phrases {
        for (i, c) in phrase.char_indices() {
            if matches!(c, '?' | ':' | ';' | '!' | '»') && i > 0 {
                let before = phrase[..i].chars().next_back().unwrap();
                assert_eq!(before, '\u{202F}', "{phrase:?}");
            }
        }
    }
}

#[test]
fn the_help_names_keys_in_each_language() {
    let names = |lang| {
        [
            Key::KeysStep,
            Key::KeySpace,
            Key::KeyQuiz,
            Key::KeyFullScreen,
            Key::KeyHelp,
        ]
        .map(|k| text(lang, k))
    };
    assert_eq!(names(Lang::En), ["← →", "Space", "Q", "F", "?"]);
    assert_eq!(names(Lang::De), ["← →", "Leertaste", "Q", "F", "?"]);
    assert_eq!(names(Lang::Es), ["← →", "Espacio", "Q", "F", "?"]);
    assert_eq!(names(Lang::Fr), ["← →", "Espace", "Q", "F", "?"]);
    // An Arabic layout types ض, ب and ؟ on the Q, F and ? keys: the help names both.
    assert_eq!(names(Lang::Ar), ["← →", "مسافة", "ض (Q)", "ب (F)", "؟ (?)"]);
}

#[test]
fn notices_about_settings_read_in_the_readers_language() {
    let c = parse_config(&RawConfig {
        mode: Some("trivia".into()),
        theme: Some("neon".into()),
        ..RawConfig::default()
    });
    let d = parse_dataset(builtin("pm-vs-po").unwrap()).unwrap();
    let (_, rows) = initial_rows(&d, Some(&["nope".to_string()]));
    let mut notices: Vec<Notice> = c.notices.clone();
    notices.extend(rows);
    notices.push(Notice {
        path: "link".into(),
        ignored: Ignored::LinkState,
    });
    let known = "horizon, focus, goal, responsibility, artifacts, metrics, feedback, team, customers, lifecycle, priorities, overlap";
    let known_ar = known.replace(", ", "، ");
    let expected: [(Lang, [String; 4]); 5] = [
        (Lang::En, [
            "mode: unknown mode \"trivia\" (modes: compare, explore, quiz); showing compare".into(),
            "theme: unknown theme \"neon\" (themes: auto, light, dark, contrast); using auto".into(),
            format!("attributes: unknown attribute \"nope\" ignored (known: {known})"),
            "link: The link’s saved state could not be used, so the defaults are shown".into(),
        ]),
        (Lang::De, [
            "mode: unbekannter Modus „trivia“ (Modi: compare, explore, quiz); „Vergleichen“ wird angezeigt".into(),
            "theme: unbekanntes Farbschema „neon“ (Farbschemata: auto, light, dark, contrast); „auto“ wird verwendet".into(),
            format!("attributes: unbekannter Aspekt „nope“ wird ignoriert (vorhanden: {known})"),
            "link: Der im Link gespeicherte Zustand ist ungültig; es werden die Standardeinstellungen angezeigt".into(),
        ]),
        (Lang::Es, [
            "mode: modo desconocido «trivia» (modos: compare, explore, quiz); se muestra la vista Comparar".into(),
            "theme: tema desconocido «neon» (temas: auto, light, dark, contrast); se usa auto".into(),
            format!("attributes: aspecto desconocido «nope» ignorado (aspectos existentes: {known})"),
            "link: No se pudo usar el estado guardado en el enlace; se muestran los valores predeterminados".into(),
        ]),
        (Lang::Fr, [
            "mode: mode inconnu «\u{202F}trivia\u{202F}» (modes\u{202F}: compare, explore, quiz)\u{202F}; la vue Comparer s’affiche".into(),
            "theme: thème inconnu «\u{202F}neon\u{202F}» (thèmes\u{202F}: auto, light, dark, contrast)\u{202F}; le thème auto s’applique".into(),
            format!("attributes: aspect inconnu «\u{202F}nope\u{202F}» ignoré (aspects connus\u{202F}: {known})"),
            "link: L’état enregistré dans le lien est inutilisable\u{202F}; les réglages par défaut s’affichent".into(),
        ]),
        (Lang::Ar, [
            "mode: وضع غير معروف «trivia» (الأوضاع: compare، explore، quiz)؛ تُعرض المقارنة".into(),
            "theme: مظهر غير معروف «neon» (المظاهر: auto، light، dark، contrast)؛ يُستخدم المظهر auto".into(),
            format!("attributes: تم تجاهل جانب غير معروف «nope» (الجوانب المتاحة: {known_ar})"),
            "link: تعذّر استخدام الحالة المحفوظة في الرابط، لذا تُعرض الإعدادات الافتراضية".into(),
        ]),
    ];
    for (lang, lines) in expected {
        let got: Vec<String> = notices
            .iter()
            .map(|n| n.in_lang(lang).to_string())
            .collect();
        assert_eq!(got, lines, "{lang:?}");
    }
    // No notice carries English into another language.
    for lang in [Lang::De, Lang::Es, Lang::Fr, Lang::Ar] {
        for n in &notices {
            let line = n.in_lang(lang).message;
            assert!(
                !line.contains("unknown") && !line.contains("could not"),
                "{line}"
            );
        }
    }
}

proptest! {
    #[test]
    fn counts_name_their_number_except_arabic_one_and_two(n in 0usize..100_000) {
        for lang in Lang::ALL {
            for noun in [Noun::Trait, Noun::Attribute] {
                let phrase = count(lang, n, noun);
                let special = lang == Lang::Ar && (n == 1 || n == 2);
                prop_assert_eq!(phrase.contains(&n.to_string()), !special, "{}", phrase);
            }
        }
    }
}

#[test]
fn quiz_meter_and_badge_sentences_read_right() {
    use role_explainer::model::strings::{
        meter_label, progress_sentence, score_sentence, score_text, shared_badge,
        verdict_explanation,
    };
    assert_eq!(
        meter_label(Lang::En, "Product Owner", 4, 6),
        "Product Owner: 4 of 6 traits"
    );
    assert_eq!(
        meter_label(Lang::En, "Product Manager", 1, 1),
        "Product Manager: 1 of 1 trait"
    );
    assert_eq!(shared_badge(Lang::En, &["PM", "PO"]), "Shared: PM and PO");
    assert_eq!(score_text(Lang::En, 7, 10), "7 / 10");
    assert_eq!(score_sentence(Lang::En, 9, 10), "Score: 9 of 10");
    assert_eq!(progress_sentence(Lang::En, 3, 10), "3 of 10 answered");
    // Nothing picked: the hint; one leader: that role's description; a tie: the tie hint.
    let d = role_explainer::model::validate::parse_dataset(
        role_explainer::model::builtin::builtin("pm-vs-po").unwrap(),
    )
    .unwrap();
    let mut s = Selection::new(d.attributes.len());
    assert_eq!(
        verdict_explanation(Lang::En, &d, &verdict(&d, &s)),
        text(Lang::En, Key::PickHint)
    );
    s.pick(0, role_explainer::model::selection::Pick::Role(1));
    assert_eq!(
        verdict_explanation(Lang::En, &d, &verdict(&d, &s)),
        d.roles[1].description
    );
    s.pick(1, role_explainer::model::selection::Pick::Role(0));
    assert_eq!(
        verdict_explanation(Lang::En, &d, &verdict(&d, &s)),
        text(Lang::En, Key::TieHint)
    );
}
