//! Where an explainer starts: the embedder's settings, then a link's state laid over them, or
//! the state the lean build handed over. Plain Rust, tested natively in `tests/model_start.rs`.

use super::config::{initial_rows, Config, Mode, Notice};
use super::dataset::Dataset;
use super::hand_over::{resume, Carried};
use super::i18n::Ignored;
use super::link_state::{read_link, ResolvedState};
use super::selection::Pick;
use std::rc::Rc;

/// Where the explainer starts: settings and link state applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    pub mode: Mode,
    pub shown: Rc<Vec<bool>>,
    pub picks: Rc<Vec<(usize, Pick)>>,
    /// Start the compare view with every row hidden (guess, then reveal).
    pub hidden: bool,
    /// What a hand-over from the lean build carries beyond a link.
    pub carried: Carried,
}

/// An explainer's starts and what its settings had to ignore.
#[derive(Clone, Debug, PartialEq)]
pub struct Starts {
    /// From the settings and the page's hash.
    pub here: Start,
    /// From the lean build's hand-over, which wins over `here`: the reader's latest state
    /// (the hash may lag it).
    pub resume: Option<Start>,
    pub notices: Vec<Notice>,
}

impl Starts {
    pub fn new(dataset: &Dataset, config: &Config) -> Self {
        let (configured, mut notices) = Start::from_settings(dataset, config);
        let here = match config.hash.as_deref() {
            Some(link) => configured
                .with_link(dataset, link)
                .unwrap_or_else(|notice| {
                    notices.push(notice);
                    configured.clone()
                }),
            None => configured.clone(),
        };
        let resume = resume(dataset, &configured, config.handover.as_deref());
        Starts {
            here,
            resume,
            notices,
        }
    }
}

impl Start {
    /// The start the settings ask for, and the settings it had to ignore (in the order they
    /// are written: the config's own, then the attribute list's).
    pub fn from_settings(dataset: &Dataset, config: &Config) -> (Start, Vec<Notice>) {
        let (shown, row_notices) = initial_rows(dataset, config.attributes.as_deref());
        let start = Start {
            mode: config.mode,
            shown: Rc::new(shown),
            picks: Rc::new(Vec::new()),
            hidden: config.reveal,
            carried: Carried::default(),
        };
        (start, [config.notices.as_slice(), &row_notices].concat())
    }

    /// This start with a link's view, rows and picks laid over it; a link that does not fit
    /// the dataset is a notice, and the start stays as it was.
    pub fn with_link(&self, dataset: &Dataset, link: &str) -> Result<Start, Notice> {
        let state = read_link(dataset, link).map_err(|problem| Notice {
            path: problem.path,
            ignored: Ignored::LinkState,
        })?;
        Ok(self.with_state(state))
    }

    /// This start with a read link state's view, rows and picks laid over it.
    pub fn with_state(&self, state: ResolvedState) -> Start {
        Start {
            mode: state.mode.unwrap_or(self.mode),
            shown: state.shown.map_or_else(|| self.shown.clone(), Rc::new),
            picks: Rc::new(state.picks),
            hidden: self.hidden,
            carried: self.carried.clone(),
        }
    }
}
