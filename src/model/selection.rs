//! What the reader has chosen: which attribute rows the compare view shows, and which trait
//! the explore view has picked for each attribute.

use super::dataset::{Attribute, Dataset, Trait};

/// One choosable trait of an attribute: a role's own, or the one several roles share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pick {
    Role(usize),
    Shared,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    shown: Vec<bool>,
    picks: Vec<Option<Pick>>,
}

impl Selection {
    /// Every attribute shown, nothing picked.
    pub fn new(attribute_count: usize) -> Self {
        Self {
            shown: vec![true; attribute_count],
            picks: vec![None; attribute_count],
        }
    }

    /// The given rows shown, nothing picked.
    pub fn with_shown(shown: Vec<bool>) -> Self {
        let picks = vec![None; shown.len()];
        Self { shown, picks }
    }

    /// Replaces which rows are shown, keeping the picks.
    pub fn set_shown(&mut self, shown: &[bool]) {
        for (slot, value) in self.shown.iter_mut().zip(shown) {
            *slot = *value;
        }
    }

    pub fn attribute_count(&self) -> usize {
        self.shown.len()
    }

    pub fn is_shown(&self, attribute: usize) -> bool {
        self.shown.get(attribute).copied().unwrap_or(false)
    }

    pub fn shown_count(&self) -> usize {
        self.shown.iter().filter(|s| **s).count()
    }

    /// Shows a hidden attribute row or hides a shown one. Out-of-range indexes are ignored.
    pub fn toggle_shown(&mut self, attribute: usize) {
        if let Some(s) = self.shown.get_mut(attribute) {
            *s = !*s;
        }
    }

    pub fn show_all(&mut self, shown: bool) {
        self.shown.fill(shown);
    }

    pub fn picked(&self, attribute: usize) -> Option<Pick> {
        self.picks.get(attribute).copied().flatten()
    }

    pub fn picked_count(&self) -> usize {
        self.picks.iter().filter(|p| p.is_some()).count()
    }

    /// Picks a trait for an attribute; picking the one already picked clears it, like a toggle.
    pub fn pick(&mut self, attribute: usize, pick: Pick) {
        if let Some(slot) = self.picks.get_mut(attribute) {
            *slot = if *slot == Some(pick) {
                None
            } else {
                Some(pick)
            };
        }
    }

    pub fn clear_picks(&mut self) {
        self.picks.fill(None);
    }
}

/// The traits the explore view offers for an attribute: each role's, then the shared one.
pub fn options(dataset: &Dataset, attribute: &Attribute) -> Vec<(Pick, Trait)> {
    let mut out: Vec<(Pick, Trait)> = dataset
        .roles
        .iter()
        .enumerate()
        .filter_map(|(i, role)| {
            attribute
                .value_for(&role.id)
                .map(|t| (Pick::Role(i), t.clone()))
        })
        .collect();
    if let Some(shared) = &attribute.shared {
        out.push((Pick::Shared, shared.text.clone()));
    }
    out
}

/// The trait a pick stands for, without building every option.
pub fn trait_of<'a>(dataset: &Dataset, attribute: &'a Attribute, pick: Pick) -> Option<&'a Trait> {
    match pick {
        Pick::Role(r) => attribute.value_for(&dataset.roles.get(r)?.id),
        Pick::Shared => attribute.shared.as_ref().map(|s| &s.text),
    }
}

/// The indexes of the roles a pick belongs to.
pub fn roles_of(dataset: &Dataset, attribute: &Attribute, pick: Pick) -> Vec<usize> {
    match pick {
        Pick::Role(r) if r < dataset.roles.len() => vec![r],
        Pick::Role(_) => Vec::new(),
        Pick::Shared => attribute
            .shared
            .iter()
            .flat_map(|s| s.roles.iter().filter_map(|id| dataset.role_index(id)))
            .collect(),
    }
}
