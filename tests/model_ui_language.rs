//! Interface languages as data files: the files match the compiled-in translations, read
//! back to the same phrases, install for the wasm's lookups, and bad files are refused.
#![cfg(not(target_arch = "wasm32"))]

use role_explainer::model::i18n::{Key, Lang, Template};
use role_explainer::model::translations;
use role_explainer::model::ui_language::{
    install, installed_count_form, installed_template, installed_text, read_ui_table, ui_json,
    ui_table, NOUNS, PLURALS,
};

const TRANSLATIONS: [Lang; 4] = [Lang::De, Lang::Es, Lang::Fr, Lang::Ar];

fn file(lang: Lang) -> String {
    format!("{}/data/ui/{}.json", env!("CARGO_MANIFEST_DIR"), lang.tag())
}

#[test]
fn the_shipped_files_match_the_translations() {
    // UPDATE_UI_FILES=1 cargo test --test model_ui_language rewrites them.
    for lang in TRANSLATIONS {
        let want = ui_json(lang);
        if std::env::var_os("UPDATE_UI_FILES").is_some() {
            std::fs::create_dir_all(format!("{}/data/ui", env!("CARGO_MANIFEST_DIR"))).unwrap();
            std::fs::write(file(lang), &want).unwrap();
        }
        let have = std::fs::read_to_string(file(lang)).unwrap_or_default();
        assert!(
            have == want,
            "data/ui/{}.json is out of date: run UPDATE_UI_FILES=1 cargo test --test model_ui_language",
            lang.tag()
        );
    }
}

#[test]
fn positions_follow_the_declaration_order() {
    for (i, key) in Key::ALL.iter().enumerate() {
        assert_eq!(*key as usize, i, "{key:?}");
    }
    for (i, t) in Template::ALL.iter().enumerate() {
        assert_eq!(*t as usize, i, "{t:?}");
    }
}

#[test]
fn a_file_reads_back_to_the_same_phrases() {
    for lang in TRANSLATIONS {
        let (read_lang, table) = read_ui_table(&ui_json(lang)).unwrap();
        assert_eq!(read_lang, lang);
        assert_eq!(table, ui_table(lang));
        // Not an empty shell: most phrases are the language's own.
        let own = table.text.iter().filter(|t| t.is_some()).count();
        assert!(own > Key::ALL.len() / 2, "{}: {own} phrases", lang.tag());
    }
}

#[test]
fn an_installed_language_answers_like_the_compiled_in_one() {
    for lang in TRANSLATIONS {
        assert_eq!(
            installed_text(lang, Key::Compare),
            None,
            "nothing before install"
        );
        assert_eq!(install(&ui_json(lang)), Ok(lang));
        for key in Key::ALL {
            assert_eq!(
                installed_text(lang, key),
                translations::text(lang, key),
                "{key:?}"
            );
        }
        for t in Template::ALL {
            assert_eq!(
                installed_template(lang, t),
                translations::template(lang, t),
                "{t:?}"
            );
        }
        for noun in NOUNS {
            for p in PLURALS {
                assert_eq!(
                    installed_count_form(lang, noun, p),
                    translations::count_form(lang, noun, p),
                    "{noun:?} {p:?}"
                );
            }
        }
    }
    // One language's install does not answer for another.
    assert_eq!(installed_text(Lang::En, Key::Compare), None);
}

#[test]
fn bad_files_are_refused_with_what_is_wrong() {
    let good = ui_json(Lang::De);
    let cases = [
        ("not json".to_string(), "not JSON"),
        (
            good.replace("\"lang\": \"de\"", "\"lang\": \"en\""),
            "lang: \"en\" is not a translation",
        ),
        (
            good.replace("\"lang\": \"de\"", "\"lang\": \"xx\""),
            "lang: \"xx\" is not a translation",
        ),
        (good.replace("\"lang\": \"de\",", ""), "lang: missing"),
        (good.replace("\"text\"", "\"texts\""), "text: missing"),
        (
            good.replacen("\"Vergleichen\",", "", 1),
            "text: 54 phrases, expected 55",
        ),
        (
            good.replacen("\"Vergleichen\"", "7", 1),
            "text[0]: a number (expected a string)",
        ),
    ];
    for (text, want) in cases {
        let got = read_ui_table(&text).map(|_| ()).unwrap_err();
        assert!(got.contains(want), "{got:?} should say {want:?}");
        assert!(install(&text).is_err());
    }
}

#[test]
fn the_element_fetches_the_languages_there_are() {
    let script = std::fs::read_to_string(format!(
        "{}/www/role-explainer.js",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
    let list = format!(
        "const LANGS = [{}];",
        tags.iter()
            .map(|t| format!("'{t}'"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    assert!(
        script.contains(&list),
        "www/role-explainer.js should hold {list}"
    );
}
