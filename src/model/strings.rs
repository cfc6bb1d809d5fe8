//! The widget's own words (labels, buttons, verdict sentences), kept apart from the views so
//! they can be tested natively and translated as a table.

use super::dataset::Dataset;
use super::verdict::Verdict;

/// Fixed labels of the user interface.
#[derive(Debug, PartialEq, Eq)]
pub struct UiStrings {
    pub compare: &'static str,
    pub explore: &'static str,
    pub views: &'static str,
    pub show_attributes: &'static str,
    pub all: &'static str,
    pub none: &'static str,
    pub attribute: &'static str,
    pub no_rows: &'static str,
    pub shared_by: &'static str,
    pub explore_hint: &'static str,
    pub not_picked: &'static str,
    pub clear_picks: &'static str,
    pub verdict_heading: &'static str,
    pub error_heading: &'static str,
    pub error_hint: &'static str,
    pub source: &'static str,
    pub from_section: &'static str,
}

pub const EN: UiStrings = UiStrings {
    compare: "Compare",
    explore: "Which role?",
    views: "Views",
    show_attributes: "Show attributes",
    all: "All",
    none: "None",
    attribute: "Attribute",
    no_rows: "No attributes shown. Pick some above, or choose All.",
    shared_by: "Shared",
    explore_hint:
        "Pick the trait that fits for each attribute and see which role your picks add up to.",
    not_picked: "Not picked",
    clear_picks: "Clear picks",
    verdict_heading: "Your picks point to",
    error_heading: "This explainer could not load",
    error_hint: "The dataset has problems. Each line names where it is and what is wrong:",
    source: "Source",
    from_section: "From",
};

/// "1 trait" / "4 traits".
fn traits(n: usize) -> String {
    if n == 1 {
        "1 trait".into()
    } else {
        format!("{n} traits")
    }
}

/// Joins names as "A", "A and B", "A, B and C".
fn and_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The verdict's headline, such as "4 of 6 traits: Product Owner".
pub fn verdict_sentence(dataset: &Dataset, verdict: &Verdict) -> String {
    let names: Vec<&str> = verdict
        .leaders
        .iter()
        .filter_map(|r| dataset.roles.get(*r).map(|role| role.name.as_str()))
        .collect();
    match names.len() {
        0 => "No traits picked yet.".into(),
        1 => format!(
            "{} of {}: {}",
            verdict.top_score(),
            traits(verdict.picked),
            names[0]
        ),
        _ => format!(
            "A tie, {} of {} each: {}",
            verdict.top_score(),
            traits(verdict.picked),
            and_list(&names)
        ),
    }
}

/// One line of explanation under the headline.
pub fn verdict_explanation(dataset: &Dataset, verdict: &Verdict) -> String {
    match verdict.leaders.as_slice() {
        [] => "Pick a trait for any attribute; each one counts for the role it belongs to.".into(),
        [one] => dataset
            .roles
            .get(*one)
            .map(|r| r.description.clone())
            .unwrap_or_default(),
        _ => "Your picks point equally to more than one role. Pick more traits to break the tie."
            .into(),
    }
}

/// The accessible label of one role's meter, such as "Product Owner: 4 of 6 traits".
pub fn meter_label(role_name: &str, score: usize, picked: usize) -> String {
    format!("{role_name}: {score} of {}", traits(picked))
}

/// What the compare view announces after a chip changes, such as "Showing 5 of 10 attributes".
pub fn shown_sentence(shown: usize, total: usize) -> String {
    let noun = if total == 1 {
        "attribute"
    } else {
        "attributes"
    };
    format!("Showing {shown} of {total} {noun}")
}

/// The names of the roles sharing a trait, for its badge: "Shared: PM and PO".
pub fn shared_badge(names: &[&str]) -> String {
    format!("{}: {}", EN.shared_by, and_list(names))
}
