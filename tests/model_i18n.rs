//! Interface languages: every phrase exists, plurals follow each language's rules, sentences read right.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use role_explainer::model::i18n::{count, plural, tag_is_rtl, text, Key, Lang, Noun, Plural};
use role_explainer::model::selection::Selection;
use role_explainer::model::strings::{and_list, shown_sentence, verdict_sentence};
use role_explainer::model::verdict::verdict;

const KEYS: [Key; 46] = [
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
fn plurals_follow_each_language() {
    assert_eq!(count(Lang::En, 1, Noun::Trait), "1 trait");
    assert_eq!(count(Lang::En, 0, Noun::Trait), "0 traits");
    assert_eq!(count(Lang::Fr, 0, Noun::Trait), "0 trait");
    assert_eq!(count(Lang::Fr, 2, Noun::Attribute), "2 aspects");
    assert_eq!(count(Lang::De, 6, Noun::Trait), "6 Merkmalen");
    assert_eq!(count(Lang::Es, 1, Noun::Attribute), "1 aspecto");
    assert_eq!(count(Lang::Ar, 1, Noun::Trait), "سمة واحدة");
    assert_eq!(count(Lang::Ar, 2, Noun::Trait), "سمتان");
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
        "4 sur 6 traits : Product Owner"
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
