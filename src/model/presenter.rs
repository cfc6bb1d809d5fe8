//! Presenting the compare view: which row is current, and (for guess-then-reveal lessons)
//! which rows have been revealed.

use super::selection::Selection;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Presenter {
    revealed: Vec<bool>,
    current: Option<usize>,
}

impl Presenter {
    /// Every row revealed, or (for a guess-then-reveal lesson) every row hidden.
    pub fn new(attribute_count: usize, hidden: bool) -> Self {
        Self {
            revealed: vec![!hidden; attribute_count],
            current: None,
        }
    }

    /// A presenter as it was: the rows revealed so far and the current one (a hand-over).
    pub fn restored(revealed: Vec<bool>, current: Option<usize>) -> Self {
        let current = current.filter(|&i| i < revealed.len());
        Self { revealed, current }
    }

    pub fn is_revealed(&self, attribute: usize) -> bool {
        self.revealed.get(attribute).copied().unwrap_or(true)
    }

    pub fn current(&self) -> Option<usize> {
        self.current
    }

    /// Whether some shown row is still hidden.
    pub fn has_hidden(&self, selection: &Selection) -> bool {
        (0..self.revealed.len()).any(|i| selection.is_shown(i) && !self.revealed[i])
    }

    pub fn reveal(&mut self, attribute: usize) {
        if let Some(r) = self.revealed.get_mut(attribute) {
            *r = true;
            self.current = Some(attribute);
        }
    }

    /// Reveals the first shown row still hidden, and makes it current.
    pub fn reveal_next(&mut self, selection: &Selection) {
        if let Some(i) =
            (0..self.revealed.len()).find(|i| selection.is_shown(*i) && !self.revealed[*i])
        {
            self.reveal(i);
        }
    }

    pub fn reveal_all(&mut self) {
        self.revealed.fill(true);
    }

    /// Moves the current row to the next (or previous) shown row, revealing it. From no
    /// current row, forward starts at the first shown row and back at the last.
    pub fn step(&mut self, selection: &Selection, forward: bool) {
        let shown: Vec<usize> = (0..self.revealed.len())
            .filter(|i| selection.is_shown(*i))
            .collect();
        let at = self
            .current
            .and_then(|c| shown.iter().position(|s| *s == c));
        let next = match (at, forward) {
            (None, true) => shown.first(),
            (None, false) => shown.last(),
            (Some(p), true) => shown.get(p + 1).or(shown.get(p)),
            (Some(p), false) => shown.get(p.saturating_sub(1)),
        };
        if let Some(&i) = next {
            self.reveal(i);
        }
    }
}
