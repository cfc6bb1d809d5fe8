//! Component tests in headless Chromium (wasm-bindgen-test): mount the app, act like a reader,
//! and read what the DOM shows.
#![cfg(target_arch = "wasm32")]

use role_explainer::components::app::{App, AppProps};
use role_explainer::model::config::RawConfig;
use role_explainer::model::load::DatasetSource;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    root: Element,
    app: Option<AppHandle<App>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

impl Mounted {
    async fn new(source: DatasetSource, mode: &str) -> Self {
        let config = RawConfig {
            mode: Some(mode.into()),
            ..RawConfig::default()
        };
        Self::with_config(source, config).await
    }

    async fn with_config(source: DatasetSource, config: RawConfig) -> Self {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let props = AppProps {
            source,
            config,
            onreport: Default::default(),
            onproblems: Default::default(),
            onanswer: Default::default(),
            onhandover: Default::default(),
            oncopylink: None,
            onfullscreen: Default::default(),
            instance: 0,
            parked: false,
        };
        let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        let mounted = Self {
            root,
            app: Some(app),
        };
        settle().await;
        mounted
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .collect()
    }

    fn text(&self, selector: &str) -> String {
        self.root
            .query_selector(selector)
            .unwrap()
            .map(|e| e.text_content().unwrap_or_default().trim().to_string())
            .unwrap_or_default()
    }

    /// The button whose visible text is `name` (its accessible name here).
    fn button(&self, name: &str) -> HtmlElement {
        self.all("button")
            .into_iter()
            .find(|b| {
                b.text_content()
                    .unwrap_or_default()
                    .trim()
                    .trim_start_matches(['✓', '+'])
                    .trim()
                    == name
            })
            .unwrap_or_else(|| panic!("no button named {name:?}"))
            .dyn_into()
            .unwrap()
    }

    async fn click(&self, name: &str) {
        self.button(name).click();
        settle().await;
    }

    fn rows(&self) -> Vec<String> {
        self.all(".rx-panel tbody[data-attribute]")
            .iter()
            .filter_map(|e| e.get_attribute("data-attribute"))
            .collect()
    }
}

/// Lets Yew's scheduler render.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

/// Waits up to two seconds for `condition`, since tests share one scheduler and run interleaved.
async fn eventually(condition: impl Fn() -> bool) -> bool {
    for _ in 0..100 {
        if condition() {
            return true;
        }
        settle().await;
    }
    false
}

/// The default dataset's text: the wasm carries none, the element passes it in.
const PM_VS_PO: &str = include_str!("../data/pm-vs-po.en.json");

fn builtin() -> DatasetSource {
    DatasetSource::Json(PM_VS_PO.into())
}

#[wasm_bindgen_test]
async fn a_chip_hides_and_shows_its_row() {
    let w = Mounted::new(builtin(), "compare").await;
    assert_eq!(w.rows().len(), 12);
    assert!(w.rows().contains(&"horizon".to_string()));
    assert_eq!(
        w.button("Time horizon")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );

    w.click("Time horizon").await;
    assert!(!w.rows().contains(&"horizon".to_string()));
    assert_eq!(w.rows().len(), 11);
    assert_eq!(
        w.button("Time horizon")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
    assert_eq!(w.text("[role=status]"), "Showing 11 of 12 attributes");

    w.click("Time horizon").await;
    assert!(w.rows().contains(&"horizon".to_string()));
    assert_eq!(w.text("[role=status]"), "Showing 12 of 12 attributes");
}

#[wasm_bindgen_test]
async fn none_and_all_empty_and_fill_the_table() {
    let w = Mounted::new(builtin(), "compare").await;
    w.click("None").await;
    assert!(
        w.rows().is_empty(),
        "{:?} {}",
        w.rows(),
        w.text("[role=status]")
    );
    assert!(w.text(".rx-empty").starts_with("No attributes shown"));
    w.click("Success metrics").await;
    assert_eq!(w.rows(), ["metrics"]);
    w.click("All").await;
    assert_eq!(w.rows().len(), 12);
}

#[wasm_bindgen_test]
async fn a_pick_names_its_role_and_moves_the_verdict() {
    let w = Mounted::new(builtin(), "explore").await;
    assert_eq!(w.text(".verdict-sentence"), "No traits picked yet.");
    w.click("The next 1–3 sprints").await;
    let picker = &w.all(".rx-picker")[0];
    assert!(picker.text_content().unwrap().contains("Product Owner"));
    assert_eq!(w.text(".verdict-sentence"), "1 of 1 trait: Product Owner");
    assert_eq!(w.text("[role=status]"), "1 of 1 trait: Product Owner");
    w.click("Adoption, retention and satisfaction").await;
    assert_eq!(
        w.text(".verdict-sentence"),
        "A tie, 1 of 2 traits each: Product Manager and Product Owner"
    );
    w.click("Adoption, retention and satisfaction").await;
    assert_eq!(w.text(".verdict-sentence"), "1 of 1 trait: Product Owner");
}

/// The badge under a picker takes three forms in one place (not picked, a role, shared). Each
/// keeps its own classes when it replaces another (they carry the role's colour and shape), and
/// none is left without classes or with "undefined".
#[wasm_bindgen_test]
async fn a_picks_badge_keeps_its_classes_as_the_pick_changes() {
    let w = Mounted::new(builtin(), "explore").await;
    let badge_class = |at: usize| {
        w.all(".rx-picker .pick-result > span:first-child")[at]
            .get_attribute("class")
            .unwrap_or_default()
    };
    assert_eq!(badge_class(0), "pick-badge none");
    w.click("The next 1–3 years").await;
    assert_eq!(badge_class(0), "role-badge role-0");
    w.click("The next 1–3 sprints").await;
    assert_eq!(badge_class(0), "role-badge role-1");
    w.click("The next 1–3 sprints").await;
    assert_eq!(badge_class(0), "pick-badge none");
    let overlap = w.all(".rx-picker").len() - 1;
    w.click("Sometimes takes on product-owner work").await;
    assert_eq!(badge_class(overlap), "role-badge role-0");
    w.click("Both shape the product; they can be blended").await;
    assert_eq!(badge_class(overlap), "pick-badge shared");
    w.click("Sometimes takes on product-manager work").await;
    assert_eq!(badge_class(overlap), "role-badge role-1");
    let classless: Vec<String> = w
        .all(".rx-picker span")
        .iter()
        .filter(|e| {
            e.get_attribute("class")
                .is_none_or(|c| c.is_empty() || c.contains("undefined"))
        })
        .map(|e| e.outer_html())
        .collect();
    assert!(classless.is_empty(), "{classless:?}");
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_the_tabs() {
    let w = Mounted::new(builtin(), "compare").await;
    let tablist = w.root.query_selector("[role=tablist]").unwrap().unwrap();
    let init = KeyboardEventInit::new();
    init.set_key("ArrowRight");
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    w.button("Compare").focus().unwrap();
    tablist.dispatch_event(&event).unwrap();
    let selected = || {
        w.button("Which role?")
            .get_attribute("aria-selected")
            .as_deref()
            == Some("true")
    };
    assert!(
        eventually(selected).await,
        "the explore tab was not selected"
    );
    assert!(w.rows().is_empty());
    assert_eq!(w.all(".rx-picker").len(), 12);
}

#[wasm_bindgen_test]
async fn a_broken_dataset_shows_the_validation_message() {
    let broken = r#"{"version": 1, "id": "x", "title": "T", "lang": "en", "source": "S",
        "roles": [{"id": "a", "name": "A", "short": "A", "description": "d"},
                  {"id": "b", "name": "B", "short": "B", "description": "d"}],
        "attributes": [{"id": "k", "name": "K", "values": {"a": {"text": "t", "why": "w"}}}]}"#;
    let w = Mounted::new(DatasetSource::Json(broken.into()), "compare").await;
    assert_eq!(w.text("[role=alert] h2"), "This explainer could not load");
    assert_eq!(
        w.text("[role=alert] li"),
        "attributes[0].values.b: missing trait"
    );
}

#[wasm_bindgen_test]
async fn author_html_renders_as_text() {
    let hostile = PM_VS_PO.replace("Time horizon", "<img src=x onerror=alert(1)>");
    let w = Mounted::new(DatasetSource::Json(hostile), "compare").await;
    assert!(w.all("img").is_empty());
    assert!(w
        .root
        .text_content()
        .unwrap()
        .contains("<img src=x onerror=alert(1)>"));
}

#[wasm_bindgen_test]
async fn an_attribute_list_shows_only_those_rows_and_names_unknown_ids() {
    let config = RawConfig {
        mode: Some("quiz-later".into()),
        attributes: Some("metrics, horizon,nope".into()),
        ..RawConfig::default()
    };
    let w = Mounted::with_config(builtin(), config).await;
    assert_eq!(w.rows(), ["horizon", "metrics"]);
    let notes = w.text("[role=note]");
    assert!(
        notes.contains(
            "mode: unknown mode \"quiz-later\" (modes: compare, explore, quiz); showing compare"
        ),
        "{notes}"
    );
    assert!(
        notes.contains("attributes: unknown attribute \"nope\" ignored"),
        "{notes}"
    );
}

#[wasm_bindgen_test]
async fn a_quiz_scores_right_and_wrong_answers() {
    let config = RawConfig {
        mode: Some("quiz".into()),
        seed: Some("7".into()),
        ..RawConfig::default()
    };
    let w = Mounted::with_config(builtin(), config).await;
    let dataset = role_explainer::model::validate::parse_dataset(PM_VS_PO).unwrap();
    let cards = w.all(".quiz-card");
    assert_eq!(cards.len(), 10);
    assert_eq!(w.text(".quiz-progress"), "0 of 10 answered");
    // Answer every card with the role whose trait it is, except the first, answered wrongly.
    for (i, card) in cards.iter().enumerate() {
        let text = card
            .query_selector(".card-text")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap();
        let owner = dataset
            .attributes
            .iter()
            .find_map(|a| {
                a.values
                    .iter()
                    .find(|(_, t)| t.text == text)
                    .map(|(role, _)| role.clone())
                    .or_else(|| {
                        a.shared
                            .as_ref()
                            .filter(|s| s.text.text == text)
                            .map(|_| "shared".to_string())
                    })
            })
            .unwrap();
        let label = match owner.as_str() {
            "pm" => "PM",
            "po" => "PO",
            _ => "Shared",
        };
        let wrong = if label == "PM" { "PO" } else { "PM" };
        let want = if i == 0 { wrong } else { label };
        let buttons = card.query_selector_all("button").unwrap();
        let button = (0..buttons.length())
            .filter_map(|b| buttons.item(b))
            .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
            .find(|b| b.text_content().unwrap().contains(want))
            .unwrap();
        button.click();
        settle().await;
    }
    assert_eq!(w.text(".quiz-progress"), "10 of 10 answered");
    w.click("Check").await;
    assert_eq!(w.text(".score"), "9 / 10");
    assert_eq!(w.text("[role=status]"), "Score: 9 of 10");
    assert_eq!(w.all(".quiz-card.wrong").len(), 1);
    assert!(w.all(".quiz-card")[0]
        .text_content()
        .unwrap()
        .contains("✗ Wrong"));
    w.click("Show solution").await;
    assert_eq!(
        w.text(".score"),
        "9 / 10",
        "the solution keeps the earned score"
    );
    assert_eq!(w.all(".quiz-card.wrong").len(), 1);
    w.click("Retry").await;
    assert_eq!(w.text(".quiz-progress"), "0 of 10 answered");
}

#[wasm_bindgen_test]
async fn a_link_state_restores_view_and_picks_and_a_broken_one_falls_back() {
    let config = RawConfig {
        hash: Some("#mode=explore&pick=horizon:po,metrics:po".into()),
        ..RawConfig::default()
    };
    let w = Mounted::with_config(builtin(), config).await;
    assert_eq!(
        w.button("Which role?")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    assert_eq!(w.text(".verdict-sentence"), "2 of 2 traits: Product Owner");

    let broken = RawConfig {
        hash: Some("#mode=explore&pick=horizon:ceo".into()),
        ..RawConfig::default()
    };
    let w = Mounted::with_config(builtin(), broken).await;
    assert_eq!(
        w.button("Compare")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        w.text("[role=note]"),
        "link: The link’s saved state could not be used, so the defaults are shown"
    );
    assert_eq!(w.rows().len(), 12);
}
