//! Where an explainer starts: the settings first, a link's state laid over them.
#![cfg(not(target_arch = "wasm32"))]

use role_explainer::model::builtin::builtin;
use role_explainer::model::config::{parse_config, Config, Mode, RawConfig};
use role_explainer::model::dataset::Dataset;
use role_explainer::model::i18n::Ignored;
use role_explainer::model::selection::Pick;
use role_explainer::model::start::{Start, Starts};
use role_explainer::model::validate::parse_dataset;

fn pm_vs_po() -> Dataset {
    parse_dataset(builtin("pm-vs-po").unwrap()).unwrap()
}

fn config(raw: RawConfig) -> Config {
    parse_config(&raw)
}

#[test]
fn the_settings_give_the_mode_rows_and_reveal() {
    let d = pm_vs_po();
    let c = config(RawConfig {
        mode: Some("explore".into()),
        attributes: Some("goal,metrics".into()),
        reveal: Some(String::new()),
        ..RawConfig::default()
    });
    let (start, notices) = Start::from_settings(&d, &c);
    assert_eq!(start.mode, Mode::Explore);
    let shown: Vec<usize> = (0..start.shown.len()).filter(|&i| start.shown[i]).collect();
    assert_eq!(shown, vec![2, 5]);
    assert!(start.picks.is_empty());
    assert!(start.hidden);
    assert!(notices.is_empty());
}

#[test]
fn ignored_settings_come_first_then_unknown_rows() {
    let d = pm_vs_po();
    let c = config(RawConfig {
        mode: Some("slideshow".into()),
        attributes: Some("goal,salary".into()),
        ..RawConfig::default()
    });
    let (start, notices) = Start::from_settings(&d, &c);
    assert_eq!(start.mode, Mode::Compare);
    let paths: Vec<&str> = notices.iter().map(|n| n.path.as_str()).collect();
    assert_eq!(paths.len(), 2, "{notices:?}");
    assert_eq!(paths[0], "mode");
    assert!(paths[1].starts_with("attributes"), "{paths:?}");
}

#[test]
fn a_link_overrides_view_rows_and_picks_and_keeps_reveal() {
    let d = pm_vs_po();
    let c = config(RawConfig {
        reveal: Some(String::new()),
        ..RawConfig::default()
    });
    let (configured, _) = Start::from_settings(&d, &c);
    let linked = configured
        .with_link(
            &d,
            "mode=explore&attributes=focus,overlap&pick=overlap:shared",
        )
        .unwrap();
    assert_eq!(linked.mode, Mode::Explore);
    let shown: Vec<usize> = (0..linked.shown.len())
        .filter(|&i| linked.shown[i])
        .collect();
    assert_eq!(shown, vec![1, 11]);
    assert_eq!(*linked.picks, vec![(11, Pick::Shared)]);
    assert!(linked.hidden);
}

#[test]
fn a_link_without_rows_keeps_the_settings_rows() {
    let d = pm_vs_po();
    let c = config(RawConfig {
        attributes: Some("goal".into()),
        ..RawConfig::default()
    });
    let (configured, _) = Start::from_settings(&d, &c);
    let linked = configured.with_link(&d, "mode=explore").unwrap();
    assert_eq!(linked.shown, configured.shown);
    assert_eq!(linked.mode, Mode::Explore);
}

#[test]
fn a_link_that_does_not_fit_is_a_notice_named_link() {
    let d = pm_vs_po();
    let (configured, _) = Start::from_settings(&d, &config(RawConfig::default()));
    let notice = configured.with_link(&d, "mode=slideshow").unwrap_err();
    assert_eq!(notice.path, "link");
    assert_eq!(notice.ignored, Ignored::LinkState);
}

#[test]
fn the_pages_hash_goes_over_the_settings_and_a_bad_one_is_a_notice() {
    let d = pm_vs_po();
    let with_hash = |hash: &str| {
        Starts::new(
            &d,
            &config(RawConfig {
                mode: Some("explore".into()),
                hash: Some(hash.into()),
                ..RawConfig::default()
            }),
        )
    };
    let good = with_hash("mode=quiz&pick=goal:po");
    assert_eq!(good.here.mode, Mode::Quiz);
    assert_eq!(*good.here.picks, vec![(2, Pick::Role(1))]);
    assert!(good.notices.is_empty() && good.resume.is_none());
    let bad = with_hash("mode=slideshow");
    assert_eq!(bad.here.mode, Mode::Explore, "the settings' start stays");
    let paths: Vec<&str> = bad.notices.iter().map(|n| n.path.as_str()).collect();
    assert_eq!(paths, vec!["link"]);
}

#[test]
fn a_hand_over_is_the_start_to_go_on_from() {
    let d = pm_vs_po();
    let starts = Starts::new(
        &d,
        &config(RawConfig {
            hash: Some("mode=explore".into()),
            handover: Some("mode=quiz&attributes=goal&hidden=&reasons=1".into()),
            ..RawConfig::default()
        }),
    );
    assert_eq!(starts.here.mode, Mode::Explore);
    let resume = starts.resume.expect("a hand-over");
    assert_eq!(resume.mode, Mode::Quiz);
    assert_eq!(resume.shown.iter().filter(|s| **s).count(), 1);
    assert!(resume.carried.reasons);
}
