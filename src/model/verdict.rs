//! Which role a set of picked traits adds up to.

use super::dataset::Dataset;
use super::selection::{roles_of, Selection};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// How many attributes have a picked trait.
    pub picked: usize,
    /// For each role, how many picked traits belong to it (a shared trait counts for each).
    pub scores: Vec<usize>,
    /// The roles with the highest score; empty when nothing counts; several on a tie.
    pub leaders: Vec<usize>,
}

impl Verdict {
    pub fn top_score(&self) -> usize {
        self.scores.iter().copied().max().unwrap_or(0)
    }
}

pub fn verdict(dataset: &Dataset, selection: &Selection) -> Verdict {
    let mut scores = vec![0; dataset.roles.len()];
    let mut picked = 0;
    for (i, attribute) in dataset.attributes.iter().enumerate() {
        if let Some(pick) = selection.picked(i) {
            picked += 1;
            for r in roles_of(dataset, attribute, pick) {
                scores[r] += 1;
            }
        }
    }
    let top = scores.iter().copied().max().unwrap_or(0);
    let leaders = if top == 0 {
        Vec::new()
    } else {
        (0..scores.len()).filter(|r| scores[*r] == top).collect()
    };
    Verdict {
        picked,
        scores,
        leaders,
    }
}
