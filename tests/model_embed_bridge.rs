//! What crosses between the element script and the wasm: the settings JSON it passes in, and
//! the event details written out.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use role_explainer::model::config::Mode;
use role_explainer::model::config::RawConfig;
use role_explainer::model::embed_settings::{read_embed_settings, EmbedSettings};
use role_explainer::model::i18n::Lang;
use role_explainer::model::json_write::ToJson;
use role_explainer::model::load::DatasetSource;
use role_explainer::model::quiz::Quiz;
use role_explainer::model::report::{quiz_report, report, ProblemsReport};
use role_explainer::model::selection::Pick;
use role_explainer::model::validate::Problem;

#[test]
fn settings_are_read_from_the_elements_json() {
    let s = read_embed_settings(
        r##"{"dataset":"pm-vs-po","mode":"quiz","attributes":"horizon","theme":"dark","lang":"de",
            "dir":"rtl","seed":"7","hash":"#mode=explore","handover":"mode=quiz","reveal":"","fullscreen":"available",
            "header":"hide","presenting":"on","layout":"wide","print":"worksheet",
            "printing":true,"instance":3,"parked":false}"##,
    );
    // Every field, compared whole: dropping any one from the reader turns this red.
    assert_eq!(
        s,
        EmbedSettings {
            source: DatasetSource::Builtin("pm-vs-po".into()),
            config: RawConfig {
                mode: Some("quiz".into()),
                attributes: Some("horizon".into()),
                theme: Some("dark".into()),
                lang: Some("de".into()),
                dir: Some("rtl".into()),
                seed: Some("7".into()),
                hash: Some("#mode=explore".into()),
                handover: Some("mode=quiz".into()),
                reveal: Some("".into()),
                fullscreen: Some("available".into()),
                header: Some("hide".into()),
                presenting: Some("on".into()),
                layout: Some("wide".into()),
                print: Some("worksheet".into()),
                printing: true,
            },
            instance: 3,
            parked: false,
        }
    );
    // Each setting is read from its own key, not from a neighbour's.
    for key in [
        "mode",
        "attributes",
        "theme",
        "lang",
        "dir",
        "seed",
        "hash",
        "handover",
        "reveal",
        "fullscreen",
        "header",
        "presenting",
        "layout",
        "print",
    ] {
        let one = read_embed_settings(&format!("{{\"{key}\":\"v\"}}")).config;
        let fields = [
            ("mode", &one.mode),
            ("attributes", &one.attributes),
            ("theme", &one.theme),
            ("lang", &one.lang),
            ("dir", &one.dir),
            ("seed", &one.seed),
            ("hash", &one.hash),
            ("handover", &one.handover),
            ("reveal", &one.reveal),
            ("fullscreen", &one.fullscreen),
            ("header", &one.header),
            ("presenting", &one.presenting),
            ("layout", &one.layout),
            ("print", &one.print),
        ];
        for (name, value) in fields {
            let want = (name == key).then(|| "v".to_string());
            assert_eq!(value, &want, "{name} when only {key} is set");
        }
    }
    assert_eq!(
        read_embed_settings(r#"{"instance":4294967295}"#).instance,
        u32::MAX
    );
    assert_eq!(
        read_embed_settings(r#"{"instance":4294967296}"#).instance,
        0
    );
    assert_eq!(read_embed_settings(r#"{"instance":0}"#).instance, 0);
    // Numbers are whole (the element's counter is); a fraction makes the JSON unreadable,
    // which gives the defaults.
    assert_eq!(
        read_embed_settings(r#"{"instance":2.9}"#),
        EmbedSettings::default()
    );
    let inline = read_embed_settings(r#"{"dataset":"x","datasetText":"{}"}"#);
    assert_eq!(inline.source, DatasetSource::Json("{}".into()));
    let failed = read_embed_settings(r#"{"datasetText":"{}","datasetError":"could not load"}"#);
    assert_eq!(
        failed.source,
        DatasetSource::Unavailable("could not load".into())
    );
    assert!(read_embed_settings(r#"{"parked":true}"#).parked);
}

#[test]
fn wrong_types_and_broken_json_give_the_defaults() {
    let s = read_embed_settings(
        r#"{"dataset":5,"mode":["x"],"instance":-4,"parked":"yes","printing":"true"}"#,
    );
    assert_eq!(s.source, DatasetSource::Builtin("pm-vs-po".into()));
    assert_eq!((s.config.mode, s.instance, s.parked), (None, 0, false));
    assert!(!s.config.printing, "only a JSON true means printing");
    assert_eq!(read_embed_settings("not json"), Default::default());
}

#[test]
fn event_details_have_the_documented_shape() {
    let (d, mut s) = common::four_of_six_for_the_product_owner();
    s.pick(11, Pick::Shared);
    s.toggle_shown(3);
    let r = serde_json::to_value(report(Lang::De, &d, Mode::Explore, &s)).unwrap();
    // The members each detail has (in any order: JS objects are compared by name).
    let keys = |v: &serde_json::Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    let sorted = |names: &[&str]| {
        let mut k: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        k.sort();
        k
    };
    assert_eq!(
        keys(&r),
        sorted(&["dataset", "mode", "shown", "picks", "verdict", "link"])
    );
    assert_eq!(
        keys(&r["verdict"]),
        sorted(&["picked", "leaders", "scores", "sentence"])
    );
    // Scores are an object keyed by role id.
    assert_eq!(keys(&r["verdict"]["scores"]), sorted(&["pm", "po"]));
    assert!(r["verdict"]["scores"]["po"].is_u64());
    assert_eq!(
        keys(&r["picks"][0]),
        sorted(&["attribute", "roles", "trait"])
    );

    let mut q = Quiz::deal(&d, 7);
    q.answer(0, Pick::Role(0));
    q.check();
    let qr = serde_json::to_value(quiz_report(&d, &q)).unwrap();
    assert_eq!(
        keys(&qr),
        sorted(&[
            "dataset",
            "seed",
            "score",
            "total",
            "unanswered",
            "solution_shown",
            "answers"
        ])
    );
    assert_eq!(qr["seed"], 7);
    assert_eq!(
        keys(&qr["answers"][0]),
        sorted(&["attribute", "trait", "answer", "expected", "right"])
    );
    // An unanswered card says null (serde-wasm-bindgen's json_compatible writes null too).
    assert!(qr["answers"][1]["answer"].is_null());

    let problems = vec![Problem {
        path: "a[1]".into(),
        message: "say \"hi\"\n\t\u{1}".into(),
    }];
    let json = serde_json::to_value(ProblemsReport::new(&problems)).unwrap();
    assert_eq!(json["problems"][0], "a[1]: say \"hi\"\n\t\u{1}");
}

#[test]
fn strings_are_written_with_the_shortest_escapes() {
    assert_eq!("a \"b\" \\ /".to_json(), r#""a \"b\" \\ /""#);
    assert_eq!("\n\r\t".to_json(), r#""\n\r\t""#);
    // Other control characters as \u00XX, both hex digits right; a space stays a space.
    assert_eq!(
        "\u{0}\u{1}\u{f}\u{10}\u{1f} ~".to_json(),
        r#""\u0000\u0001\u000f\u0010\u001f ~""#
    );
    assert_eq!("é😀\u{7f}".to_json(), "\"é😀\u{7f}\"");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::cases(10_000)))]

    /// Whatever a page puts in the attributes, the settings are read without a panic.
    #[test]
    fn any_settings_json_is_read(text in "\\PC{0,200}") {
        let _ = read_embed_settings(&text);
    }

    #[test]
    fn any_attribute_strings_round_trip(mode in "\\PC{0,40}", hash in "\\PC{0,40}") {
        let json = serde_json::json!({ "mode": mode, "hash": hash }).to_string();
        let s = read_embed_settings(&json);
        prop_assert_eq!(s.config.mode, Some(mode));
        prop_assert_eq!(s.config.hash, Some(hash));
    }
}
