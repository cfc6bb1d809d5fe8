//! Undo and redo for the studio: a list of whole states and where the author is in it. Typing
//! into one field makes one step, not one per key: a change with the same `merge` key as the
//! step before replaces that step.

/// At most this many steps are kept; the oldest go first.
pub const MAX_STEPS: usize = 200;

#[derive(Clone, Debug, PartialEq)]
pub struct History<T> {
    steps: Vec<T>,
    at: usize,
    /// The merge key of the newest step, while it may still take more typing.
    open: Option<String>,
}

impl<T: Clone + PartialEq> History<T> {
    pub fn new(state: T) -> Self {
        Self {
            steps: vec![state],
            at: 0,
            open: None,
        }
    }

    /// The state shown now.
    pub fn current(&self) -> &T {
        &self.steps[self.at]
    }

    /// Records a new state. Steps that were undone are dropped. With a `merge` key equal to the
    /// previous step's, the previous step is replaced (one undo step per field typed into).
    pub fn push(&mut self, state: T, merge: Option<String>) {
        if state == *self.current() {
            return;
        }
        self.steps.truncate(self.at + 1);
        if merge.is_some() && merge == self.open && self.at > 0 {
            self.steps[self.at] = state;
            return;
        }
        self.steps.push(state);
        if self.steps.len() > MAX_STEPS {
            self.steps.remove(0);
        }
        self.at = self.steps.len() - 1;
        self.open = merge;
    }

    /// Ends the current typing step, so the next change is a step of its own.
    pub fn seal(&mut self) {
        self.open = None;
    }

    pub fn can_undo(&self) -> bool {
        self.at > 0
    }

    pub fn can_redo(&self) -> bool {
        self.at + 1 < self.steps.len()
    }

    pub fn undo(&mut self) -> bool {
        self.open = None;
        if self.can_undo() {
            self.at -= 1;
            true
        } else {
            false
        }
    }

    pub fn redo(&mut self) -> bool {
        self.open = None;
        if self.can_redo() {
            self.at += 1;
            true
        } else {
            false
        }
    }
}
