//! The studio's state: the draft with its undo history, and the message about the last thing
//! the author tried (an import, a link). Every change goes through [`Action`].

use role_explainer::model::studio_draft::{Draft, Edit};
use role_explainer::model::undo_history::History;
use role_explainer::model::validate::Problem;
use std::rc::Rc;
use yew::Reducible;

/// Where local storage keeps the autosaved draft.
pub const STORAGE_KEY: &str = "role-explainer-studio:v1";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tone {
    Done,
    Problem,
}

/// A message shown under the import tools (an aria-live region).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub tone: Tone,
    pub text: String,
    /// The problems, one line each (`row 3: 2 cells; the header has 3`).
    pub lines: Vec<String>,
}

impl Notice {
    pub fn done(text: impl Into<String>) -> Self {
        Self {
            tone: Tone::Done,
            text: text.into(),
            lines: Vec::new(),
        }
    }

    pub fn problems(text: impl Into<String>, problems: &[Problem]) -> Self {
        Self {
            tone: Tone::Problem,
            text: text.into(),
            lines: problems.iter().map(ToString::to_string).collect(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Studio {
    /// Drafts behind `Rc`: a step costs a pointer, not a copy of every earlier draft.
    pub history: History<Rc<Draft>>,
    pub notice: Option<Notice>,
}

pub enum Action {
    /// An edit; `merge` groups typing into one field into one undo step.
    Edit(Edit, Option<String>),
    /// A whole new draft (an import): one undo step, so the work before it is one Undo away.
    Replace(Draft, Notice),
    Undo,
    Redo,
    Notice(Option<Notice>),
}

impl Studio {
    /// The autosaved draft if there is one, else a blank comparison.
    pub fn restored() -> Self {
        let saved = crate::browser::storage()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .and_then(|text| Draft::from_json(&text).ok());
        let notice = saved
            .is_some()
            .then(|| Notice::done("Your work was restored from this browser."));
        Self {
            history: History::new(Rc::new(saved.unwrap_or_else(Draft::blank))),
            notice,
        }
    }

    pub fn draft(&self) -> &Rc<Draft> {
        self.history.current()
    }
}

impl Reducible for Studio {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(edit, merge) => {
                let mut draft = (**next.draft()).clone();
                draft.apply(&edit);
                next.history.push(Rc::new(draft), merge);
            }
            Action::Replace(draft, notice) => {
                next.history.seal();
                next.history.push(Rc::new(draft), None);
                next.history.seal();
                next.notice = Some(notice);
            }
            Action::Undo => {
                next.history.undo();
            }
            Action::Redo => {
                next.history.redo();
            }
            Action::Notice(notice) => next.notice = notice,
        }
        Rc::new(next)
    }
}
