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

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quiz {
    pub seed: u64,
    pub cards: Vec<Card>,
    /// The reader's answer per card.
    pub answers: Vec<Option<Pick>>,
    pub checked: bool,
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
        let answers = vec![None; cards.len()];
        Quiz {
            seed,
            cards,
            answers,
            checked: false,
            solution_shown: false,
        }
    }

    /// Sets or (pressing the same answer again) clears the answer to a card. Locked once checked.
    pub fn answer(&mut self, card: usize, pick: Pick) {
        if self.checked {
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

    pub fn check(&mut self) {
        self.checked = true;
    }

    /// A new round with a new shuffle (the next seed comes from the current one, kept within
    /// 53 bits so it survives JSON and JavaScript numbers in host events).
    pub fn retry(&self, dataset: &Dataset) -> Self {
        let seed = Rng::new(self.seed).next_u64() >> 11;
        Quiz::deal(dataset, seed)
    }

    /// Fills in every right answer and marks the round checked.
    pub fn show_solution(&mut self) {
        for (slot, card) in self.answers.iter_mut().zip(&self.cards) {
            *slot = Some(card.answer);
        }
        self.checked = true;
        self.solution_shown = true;
    }

    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// Whether the card's answer is right (`None` if unanswered).
    pub fn is_right(&self, card: usize) -> Option<bool> {
        let answer = (*self.answers.get(card)?)?;
        Some(answer == self.cards.get(card)?.answer)
    }

    /// Right answers out of all cards.
    pub fn score(&self) -> (usize, usize) {
        let right = (0..self.cards.len())
            .filter(|i| self.is_right(*i) == Some(true))
            .count();
        (right, self.cards.len())
    }
}
