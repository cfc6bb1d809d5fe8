//! The quiz: the dataset's traits as shuffled cards that the reader assigns to a role (or to
//! "shared"), then checks, retries with a new shuffle, or reveals the solution.

use super::dataset::Dataset;
use super::selection::{options, Pick};

/// How many cards one round deals (fewer if the dataset has fewer traits).
pub const CARDS_PER_ROUND: usize = 10;

/// A small, seedable generator (SplitMix64), so a test can fix the shuffle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// One card: a trait of an attribute, and which answer is right.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Card {
    pub attribute: usize,
    /// The right answer: the role the trait belongs to, or [`Pick::Shared`].
    pub answer: Pick,
}

/// How a card stands in the round.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardState {
    /// Not checked yet: the reader can still answer or change the answer.
    Open,
    /// Checked and locked: the reader's answer was right.
    Right,
    /// Checked and locked: the reader's answer was wrong.
    Wrong,
    /// The solution is shown on a card the reader had not had checked: it earns nothing.
    Solved,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quiz {
    pub seed: u64,
    pub cards: Vec<Card>,
    /// The reader's answer per card.
    pub answers: Vec<Option<Pick>>,
    /// Cards a Check has marked. They stay locked; unanswered cards are never marked.
    pub marked: Vec<bool>,
    /// How many times Check was pressed this round (the score shows from the first).
    pub checks: u32,
    /// The right answers are shown beside the reader's own. The earned score does not change.
    pub solution_shown: bool,
}

/// Every card the dataset can deal, in dataset order.
pub fn all_cards(dataset: &Dataset) -> Vec<Card> {
    dataset
        .attributes
        .iter()
        .enumerate()
        .flat_map(|(i, attribute)| {
            options(dataset, attribute)
                .into_iter()
                .map(move |(pick, _)| Card {
                    attribute: i,
                    answer: pick,
                })
        })
        .collect()
}

/// Whether the dataset has shared traits, so the quiz offers a "shared" answer.
pub fn has_shared(dataset: &Dataset) -> bool {
    dataset.attributes.iter().any(|a| a.shared.is_some())
}

impl Quiz {
    /// Deals a round from `seed`: shuffles every card and takes the first [`CARDS_PER_ROUND`].
    pub fn deal(dataset: &Dataset, seed: u64) -> Self {
        let mut cards = all_cards(dataset);
        Rng::new(seed).shuffle(&mut cards);
        cards.truncate(CARDS_PER_ROUND);
        let n = cards.len();
        Quiz {
            seed,
            cards,
            answers: vec![None; n],
            marked: vec![false; n],
            checks: 0,
            solution_shown: false,
        }
    }

    /// A quiz with no cards, for the lean embed build, which never shows one (the element
    /// switches to the full build, which deals it, when the reader opens the quiz).
    #[cfg(not(feature = "quiz"))]
    pub fn not_dealt(seed: u64) -> Self {
        Quiz {
            seed,
            cards: Vec::new(),
            answers: Vec::new(),
            marked: Vec::new(),
            checks: 0,
            solution_shown: false,
        }
    }

    /// Whether the reader can still answer the card: not marked, and no solution shown.
    pub fn is_open(&self, card: usize) -> bool {
        !self.solution_shown && !self.marked.get(card).copied().unwrap_or(true)
    }

    /// Sets or (pressing the same answer again) clears the answer to an open card.
    pub fn answer(&mut self, card: usize, pick: Pick) {
        if !self.is_open(card) {
            return;
        }
        if let Some(slot) = self.answers.get_mut(card) {
            *slot = if *slot == Some(pick) {
                None
            } else {
                Some(pick)
            };
        }
    }

    /// Marks and locks every answered card. Unanswered cards stay open, neither locked nor
    /// counted wrong, so an early Check only tells the reader how far they are.
    pub fn check(&mut self) {
        if self.solution_shown {
            return;
        }
        for (mark, answer) in self.marked.iter_mut().zip(&self.answers) {
            *mark |= answer.is_some();
        }
        self.checks += 1;
    }

    /// Whether the score is shown: after a Check or the solution.
    pub fn is_checked(&self) -> bool {
        self.checks > 0 || self.solution_shown
    }

    /// Whether every card is marked (nothing left to check).
    pub fn is_complete(&self) -> bool {
        self.marked.iter().all(|m| *m)
    }

    /// A new round with a new shuffle (the next seed comes from the current one, kept within
    /// 53 bits so it survives JSON and JavaScript numbers in host events).
    pub fn retry(&self, dataset: &Dataset) -> Self {
        let seed = Rng::new(self.seed).next_u64() >> 11;
        Quiz::deal(dataset, seed)
    }

    /// Shows the right answer on every card and ends the round. Answers given so far are
    /// marked first, so the earned score is what the reader got right on their own.
    pub fn show_solution(&mut self) {
        if !self.solution_shown {
            self.check();
            self.solution_shown = true;
        }
    }

    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// Cards without an answer that are still open.
    pub fn unanswered(&self) -> usize {
        (0..self.cards.len())
            .filter(|i| self.is_open(*i) && self.answers[*i].is_none())
            .count()
    }

    /// Whether the card's answer is right (`None` if unanswered).
    pub fn is_right(&self, card: usize) -> Option<bool> {
        let answer = (*self.answers.get(card)?)?;
        Some(answer == self.cards.get(card)?.answer)
    }

    pub fn state(&self, card: usize) -> CardState {
        match (
            self.marked.get(card).copied().unwrap_or(false),
            self.is_right(card),
        ) {
            (true, Some(true)) => CardState::Right,
            (true, _) => CardState::Wrong,
            (false, _) if self.solution_shown => CardState::Solved,
            (false, _) => CardState::Open,
        }
    }

    /// Right answers on marked cards, out of all cards: the earned score.
    pub fn score(&self) -> (usize, usize) {
        let right = (0..self.cards.len())
            .filter(|i| self.state(*i) == CardState::Right)
            .count();
        (right, self.cards.len())
    }
}
