//! The built-in content against the article it restates: every trait cites one of the article's
//! real section headings, the German file cites the same ones, and every distinction the article
//! draws has a home in the default dataset.
#![cfg(not(target_arch = "wasm32"))]

use role_explainer::model::builtin::{builtin, BUILTIN};
use role_explainer::model::dataset::Dataset;
use role_explainer::model::validate::parse_dataset;

/// The section headings of "The Product Manager vs. The Product Owner: What's the Difference?",
/// in the article's order, exactly as the article writes them.
const HEADINGS: [&str; 8] = [
    "The Difference Between Product Manager and Product Owner",
    "Product Manager and Product Owner: Which is which?",
    "Product Manager",
    "Product Owner",
    "What Makes One Different from the Other?",
    "Side-by-Side Comparison",
    "Which One Do You Need?",
    "Conclusion",
];

/// The one section that is not a heading of the article: traits of a role the article does not
/// describe (the project manager), marked as such.
const NOT_IN_ARTICLE: &str = "Common project-management practice (not in the article)";

fn dataset(id: &str) -> Dataset {
    parse_dataset(builtin(id).unwrap()).unwrap()
}

/// `(where, section)` for every trait of a dataset, shared traits included.
fn sections(d: &Dataset) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    for a in &d.attributes {
        for (role, t) in &a.values {
            out.push((format!("{}.{role}", a.id), t.section.clone()));
        }
        if let Some(shared) = &a.shared {
            out.push((format!("{}.shared", a.id), shared.text.section.clone()));
        }
    }
    out
}

#[test]
fn every_trait_cites_a_real_section_of_the_article() {
    for (id, _) in BUILTIN {
        let d = dataset(id);
        for (place, section) in sections(&d) {
            let section = section.unwrap_or_else(|| panic!("{id}: {place} cites no section"));
            let from_practice = place.ends_with(".project") && section == NOT_IN_ARTICLE;
            assert!(
                HEADINGS.contains(&section.as_str()) || from_practice,
                "{id}: {place} cites \"{section}\", which is not a heading of the article"
            );
        }
    }
}

#[test]
fn only_the_project_manager_is_marked_as_common_practice() {
    for (place, section) in sections(&dataset("project-vs-product-vs-owner")) {
        assert_eq!(
            place.ends_with(".project"),
            section.as_deref() == Some(NOT_IN_ARTICLE),
            "{place}"
        );
    }
}

#[test]
fn the_german_file_cites_the_same_headings_as_the_english_one() {
    // The German file cites the English article, so it keeps the headings as the article
    // writes them: the mapping is the identity, trait for trait.
    let en = sections(&dataset("pm-vs-po"));
    let de = sections(&dataset("pm-vs-po.de"));
    assert_eq!(en, de);
}

/// Every distinction the article draws between the roles, or says about both, with the place
/// in the default dataset that carries it (`attribute.role`, `attribute.shared` or `intro`) and
/// words that place must contain (in its text or its why).
const DISTINCTIONS: [(&str, &str, &[&str]); 28] = [
    ("1–3 years vs 1–3 sprints; strategic vs tactical", "horizon", &["1–3 years", "1–3 sprints", "highly strategic", "highly tactical"]),
    ("long-term vision vs turning it into reality", "focus", &["long-term vision", "into reality"]),
    ("the roadmap vs the team's day-to-day work", "focus", &["product roadmap", "day-to-day work"]),
    ("business outcomes vs the most value from the team's work", "goal", &["business or company objectives", "maximise the value"]),
    ("vision and strategy vs delivery and agile ceremonies", "responsibility", &["vision and strategy", "delivery", "agile ceremonies"]),
    ("the PM sets the strategy with the product team and leaders", "responsibility.pm", &["product team and leaders"]),
    ("the PM is in charge of the long-term strategy and says what users need and what to prioritise", "priorities.pm", &["long-term strategy", "what users need", "prioritise"]),
    ("the PO's user stories show the team the customers' perspective", "priorities.po", &["user stories", "perspective of customers"]),
    ("the 12-month roadmap vs the backlog of tickets, sometimes epics", "artifacts", &["12-month roadmap", "backlog of tickets", "epics"]),
    ("adoption, retention, satisfaction vs burndown and definition of done", "metrics", &["adoption, retention and satisfaction", "burndown", "definition of done"]),
    ("customer feedback into iterations vs internal stakeholders for feedback, external for guidance", "feedback", &["customer feedback into iterations", "internal stakeholders for feedback", "external stakeholders for guidance"]),
    ("the PM researches what customers need and want, sets a trajectory and the features to deliver", "feedback.pm", &["market and user research", "need and want", "trajectory", "features to deliver"]),
    ("the PO relays feedback on the roadmap to the PM", "feedback.po", &["relay feedback on the roadmap"]),
    ("the PM leads the product (or agile) team through insights, analytics and the roadmap", "team.pm", &["(or agile) team", "customer insights", "product analytics"]),
    ("the PM aligns the teams on strategy and direction", "team.pm", &["align the different teams"]),
    ("the PO is part of the scrum team and attends its coordination meetings", "team.po", &["scrum team", "coordination meetings"]),
    ("backlog grooming is a key PO activity", "team.po", &["backlog grooming is a key activity"]),
    ("the face that interacts with customers vs the voice that speaks for them", "customers", &["face", "voice", "stories"]),
    ("the whole product life vs keeping the team clear on what to focus on", "lifecycle", &["entire product lifecycle", "discovery", "go-to-market", "which task to focus on"]),
    ("the term product owner comes from Scrum", "goal.po", &["comes from Scrum"]),
    ("either may take on the other's work (resources, role definition, the way things are run)", "overlap", &["lack of resources", "poor role definition", "just the way", "other way round"]),
    ("that does not make them the same role", "overlap.po", &["does not make the roles the same"]),
    ("both shape the product; blended, but each shines when focused", "overlap.shared", &["impact", "blended into one", "shines better"]),
    ("a successful launch is a team effort; what matters most is what company and customers need", "overlap.shared", &["team effort", "company and its customers need"]),
    ("you don't necessarily need to choose: different roles", "intro", &["don’t necessarily need to choose", "different roles"]),
    ("ask what outcome you want; that tells you which roles you need", "intro", &["what outcome you want", "which roles you need"]),
    ("a product owner is a type of management position", "intro", &["a product owner is a type of management position"]),
    ("what matters: defined roles and structures that let the team work effectively", "intro", &["roles are defined", "work effectively"]),
];

#[test]
fn every_distinction_in_the_article_has_a_home() {
    let d = dataset("pm-vs-po");
    for (what, place, words) in DISTINCTIONS {
        let mut text = String::new();
        if place == "intro" {
            text = d.intro.clone().unwrap_or_default();
        } else {
            let (attribute, role) = place.split_once('.').unwrap_or((place, ""));
            let a = &d.attributes[d
                .attribute_index(attribute)
                .unwrap_or_else(|| panic!("{what}: no attribute {attribute}"))];
            let traits: Vec<(&str, &str)> = match role {
                "" => a
                    .values
                    .values()
                    .map(|t| (t.text.as_str(), t.why.as_str()))
                    .collect(),
                "shared" => {
                    let s = a.shared.as_ref().expect("a shared trait");
                    vec![(s.text.text.as_str(), s.text.why.as_str())]
                }
                role => vec![(a.values[role].text.as_str(), a.values[role].why.as_str())],
            };
            for (t, why) in traits {
                text.push_str(&format!("{t} | {why} | "));
            }
        }
        for word in words {
            assert!(
                text.contains(word),
                "{what}: \"{word}\" not in {place}: {text}"
            );
        }
    }
}

#[test]
fn the_intro_describes_the_comparison_not_the_article() {
    for (id, _) in BUILTIN {
        let intro = dataset(id).intro.unwrap_or_default();
        assert!(!intro.contains("never"), "{id}: {intro}");
        assert!(
            !intro.starts_with("The article") && !intro.starts_with("Der Artikel"),
            "{id}: {intro}"
        );
    }
}
