//! Native tests of embed settings and the host-event report.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use role_explainer::model::builtin::builtin;
use role_explainer::model::config::{
    initial_rows, parse_config, Fullscreen, Mode, RawConfig, Theme,
};
use role_explainer::model::dataset::Dataset;
use role_explainer::model::i18n::Lang;
use role_explainer::model::report::report;
use role_explainer::model::selection::{Pick, Selection};
use role_explainer::model::validate::parse_dataset;

fn pm_vs_po() -> Dataset {
    parse_dataset(builtin("pm-vs-po").unwrap()).unwrap()
}

fn raw(mode: Option<&str>, attributes: Option<&str>, theme: Option<&str>) -> RawConfig {
    RawConfig {
        mode: mode.map(String::from),
        attributes: attributes.map(String::from),
        theme: theme.map(String::from),
        ..RawConfig::default()
    }
}

#[test]
fn defaults_are_compare_and_auto_with_every_row() {
    let c = parse_config(&RawConfig::default());
    assert_eq!(
        (c.mode, c.theme, c.attributes, c.notices),
        (Mode::Compare, Theme::Auto, None, vec![])
    );
}

#[test]
fn known_values_are_read_case_insensitively() {
    let c = parse_config(&raw(
        Some(" Explore "),
        Some(" horizon , ,metrics"),
        Some("DARK"),
    ));
    assert_eq!(c.mode, Mode::Explore);
    assert_eq!(c.theme, Theme::Dark);
    assert_eq!(
        c.attributes.as_deref(),
        Some(&["horizon".to_string(), "metrics".to_string()][..])
    );
    assert!(c.notices.is_empty());
}

#[test]
fn unknown_values_fall_back_with_a_notice() {
    let c = parse_config(&raw(Some("trivia"), None, Some("neon")));
    assert_eq!(c.mode, Mode::Compare);
    assert_eq!(c.theme, Theme::Auto);
    let notices: Vec<String> = c.notices.iter().map(ToString::to_string).collect();
    assert_eq!(
        notices,
        [
            "mode: unknown mode \"trivia\" (modes: compare, explore, quiz); showing compare",
            "theme: unknown theme \"neon\" (themes: auto, light, dark, contrast); using auto",
        ]
    );
}

#[test]
fn attribute_lists_pick_rows_and_name_unknown_ids() {
    let d = pm_vs_po();
    let wanted = vec![
        "metrics".to_string(),
        "nope".to_string(),
        "horizon".to_string(),
    ];
    let (shown, notices) = initial_rows(&d, Some(&wanted));
    let ids: Vec<&str> = d
        .attributes
        .iter()
        .zip(&shown)
        .filter(|(_, s)| **s)
        .map(|(a, _)| a.id.as_str())
        .collect();
    assert_eq!(ids, ["horizon", "metrics"]);
    assert_eq!(notices.len(), 1);
    assert!(notices[0]
        .to_string()
        .starts_with("attributes: unknown attribute \"nope\" ignored (known: horizon, focus,"));
    // A list naming nothing known shows everything rather than an empty widget.
    let (shown, notices) = initial_rows(&d, Some(&["x".to_string()]));
    assert!(shown.iter().all(|s| *s));
    assert_eq!(notices.len(), 1);
}

#[test]
fn every_theme_is_read_by_its_name() {
    for theme in [Theme::Auto, Theme::Light, Theme::Dark, Theme::Contrast] {
        for written in [theme.name().to_string(), theme.name().to_uppercase()] {
            let c = parse_config(&raw(None, None, Some(&written)));
            assert_eq!((c.theme, c.notices), (theme, vec![]), "{written}");
        }
    }
    let names = [Theme::Auto, Theme::Light, Theme::Dark, Theme::Contrast].map(Theme::name);
    assert_eq!(names, ["auto", "light", "dark", "contrast"]);
}

#[test]
fn reveal_fullscreen_seed_and_direction_are_read() {
    let read = |reveal: Option<&str>, fullscreen: Option<&str>, dir: Option<&str>| {
        parse_config(&RawConfig {
            reveal: reveal.map(String::from),
            fullscreen: fullscreen.map(String::from),
            dir: dir.map(String::from),
            seed: Some(" 42 ".into()),
            ..RawConfig::default()
        })
    };
    for (reveal, want) in [
        (None, false),
        (Some(""), true),
        (Some("reveal"), true),
        (Some("false"), false),
        (Some(" FALSE "), false),
    ] {
        assert_eq!(read(reveal, None, None).reveal, want, "{reveal:?}");
    }
    for (fullscreen, want) in [
        (None, Fullscreen::Unavailable),
        (Some("available"), Fullscreen::Available),
        (Some("active"), Fullscreen::Active),
        (Some("yes"), Fullscreen::Unavailable),
    ] {
        assert_eq!(
            read(None, fullscreen, None).fullscreen,
            want,
            "{fullscreen:?}"
        );
    }
    for (dir, want) in [(None, false), (Some("ltr"), false), (Some(" RTL "), true)] {
        assert_eq!(read(None, None, dir).host_rtl, want, "{dir:?}");
    }
    assert_eq!(read(None, None, None).seed, 42);
}

#[test]
fn the_interface_language_and_direction_follow_the_settings_then_the_dataset() {
    let en = pm_vs_po();
    let mut ar_content = en.clone();
    ar_content.lang = "ar".into();
    let mut he_content = en.clone();
    he_content.lang = "he".into();
    let with = |lang: Option<&str>, dir: Option<&str>| {
        parse_config(&RawConfig {
            lang: lang.map(String::from),
            dir: dir.map(String::from),
            ..RawConfig::default()
        })
    };
    // The language asked for, else the dataset's, else English.
    assert_eq!(with(Some("de"), None).ui_lang(&en), Lang::De);
    assert_eq!(with(None, None).ui_lang(&ar_content), Lang::Ar);
    assert_eq!(with(Some("xx"), None).ui_lang(&he_content), Lang::En);
    // Right to left for an RTL host, interface or content; each alone is enough.
    assert!(!with(None, None).is_rtl(&en));
    assert!(with(None, Some("rtl")).is_rtl(&en));
    assert!(with(Some("ar"), None).is_rtl(&en));
    assert!(with(None, None).is_rtl(&he_content));
    assert!(!with(Some("de"), Some("ltr")).is_rtl(&en));
}

#[test]
fn notices_clip_values_at_40_characters() {
    let notice = |value: &str| parse_config(&raw(Some(value), None, None)).notices[0].to_string();
    let forty = "é".repeat(40);
    assert_eq!(
        notice(&forty),
        format!("mode: unknown mode \"{forty}\" (modes: compare, explore, quiz); showing compare")
    );
    let forty_one = format!("{forty}x");
    assert_eq!(
        notice(&forty_one),
        format!("mode: unknown mode \"{forty}…\" (modes: compare, explore, quiz); showing compare")
    );
}

#[test]
fn huge_values_are_clipped_in_notices() {
    let long = "x".repeat(10_000);
    let c = parse_config(&raw(Some(&long), None, None));
    assert!(c.notices[0].to_string().len() < 130);
}

#[test]
fn the_report_names_rows_picks_and_verdict_by_id() {
    let d = pm_vs_po();
    let mut s = Selection::new(d.attributes.len());
    s.toggle_shown(0);
    s.pick(0, Pick::Role(1));
    s.pick(d.attribute_index("overlap").unwrap(), Pick::Shared);
    let r = report(Lang::En, &d, Mode::Explore, &s);
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["dataset"], "pm-vs-po");
    assert_eq!(json["mode"], "explore");
    assert_eq!(
        json["shown"].as_array().unwrap().len(),
        d.attributes.len() - 1
    );
    assert_eq!(
        json["picks"][0],
        serde_json::json!({"attribute": "horizon", "roles": ["po"], "trait": "The next 1–3 sprints"})
    );
    assert_eq!(json["picks"][1]["roles"], serde_json::json!(["pm", "po"]));
    assert_eq!(
        json["verdict"]["scores"],
        serde_json::json!({"pm": 1, "po": 2})
    );
    assert_eq!(json["verdict"]["leaders"], serde_json::json!(["po"]));
    assert_eq!(json["verdict"]["sentence"], "2 of 2 traits: Product Owner");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::cases(10_000)))]

    /// Any attribute values at all give a usable configuration and never panic.
    #[test]
    fn any_attribute_values_give_a_usable_config(mode in any::<Option<String>>(), attributes in any::<Option<String>>(), theme in any::<Option<String>>()) {
        let c = parse_config(&RawConfig { mode, attributes: attributes.clone(), theme, ..RawConfig::default() });
        prop_assert!(c.notices.len() <= 2);
        let d = pm_vs_po();
        let (shown, _) = initial_rows(&d, c.attributes.as_deref());
        prop_assert_eq!(shown.len(), d.attributes.len());
        prop_assert!(shown.contains(&true));
    }
}

#[test]
fn host_page_settings_are_read_and_typos_get_a_notice() {
    use role_explainer::model::config::{Header, Presenting, PrintAs};
    let c = parse_config(&RawConfig::default());
    assert_eq!(
        (c.header, c.presenting, c.print),
        (Header::Show, Presenting::Auto, PrintAs::Table)
    );
    let c = parse_config(&RawConfig {
        header: Some(" HIDE ".into()),
        presenting: Some("off".into()),
        layout: Some("wide".into()),
        print: Some("Worksheet".into()),
        ..RawConfig::default()
    });
    assert_eq!(
        (c.header, c.presenting, c.print, c.notices.len()),
        (Header::Hide, Presenting::Off, PrintAs::Worksheet, 0)
    );
    assert_eq!(
        parse_config(&RawConfig {
            presenting: Some("on".into()),
            ..RawConfig::default()
        })
        .presenting,
        Presenting::On
    );
    let c = parse_config(&RawConfig {
        header: Some("none".into()),
        presenting: Some("yes".into()),
        layout: Some("huge".into()),
        print: Some("answers".into()),
        ..RawConfig::default()
    });
    assert_eq!(
        (c.header, c.presenting, c.print),
        (Header::Show, Presenting::Auto, PrintAs::Table)
    );
    let notices: Vec<String> = c.notices.iter().map(ToString::to_string).collect();
    assert_eq!(
        notices,
        [
            "layout: unknown layout \"huge\" (layout: fit, wide); using fit",
            "header: unknown header \"none\" (header: show, hide); using show",
            "presenting: unknown presenting \"yes\" (presenting: auto, on, off); using auto",
            "print: unknown print \"answers\" (print: table, worksheet); using table",
        ]
    );
}

#[test]
fn printing_passes_from_the_element_to_the_config() {
    for printing in [false, true] {
        let raw = RawConfig {
            printing,
            ..Default::default()
        };
        assert_eq!(parse_config(&raw).printing, printing);
    }
}
