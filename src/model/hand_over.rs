//! What a widget takes along when the element moves it from the lean build to the full one
//! (its reader opened the quiz): its whole link state (view, rows and picks, written even where
//! they are the defaults, since the settings it is laid over may not be) and what a link does
//! not hold: the presenter's revealed and current rows and the Reasons and row-chips toggles.
//! So going back from the quiz finds the lesson where the class left it.
//!
//! The text is the link state with four more keys: `hidden` (the rows still hidden, always
//! written), `current`, `reasons=1` and `chips=1`. Both builds come from one source; the reader
//! skips keys it does not know rather than dropping the whole hand-over.

use super::dataset::Dataset;
use super::link_state::encode_whole_link;
#[cfg(feature = "quiz")]
use super::link_state::{parse_link_parts, resolve_link_state};
use super::presenter::Presenter;
use super::start::Start;
use super::state::ExplainerState;

/// The state a link does not hold; a start without a hand-over carries the defaults.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Carried {
    /// `None`: the presenter starts from the settings (`reveal`).
    pub presenter: Option<Presenter>,
    pub reasons: bool,
    pub chips_open: bool,
}

/// The hand-over text of a widget's state.
pub fn write_hand_over(state: &ExplainerState) -> String {
    let d = &state.dataset;
    let mut text = encode_whole_link(d, state.mode, &state.selection);
    text.push_str("&hidden=");
    let hidden =
        (d.attributes.iter().enumerate()).filter(|(i, _)| !state.presenter.is_revealed(*i));
    for (n, (_, attribute)) in hidden.enumerate() {
        if n > 0 {
            text.push(',');
        }
        text.push_str(&attribute.id);
    }
    if let Some(attribute) = (state.presenter.current()).and_then(|i| d.attributes.get(i)) {
        text.push_str("&current=");
        text.push_str(&attribute.id);
    }
    if state.reasons {
        text.push_str("&reasons=1");
    }
    if state.chips_open {
        text.push_str("&chips=1");
    }
    text
}

/// The start a widget handed over goes on from: `configured` (the settings' start) with the
/// hand-over laid over it, or `None` without a hand-over that fits. Only the full build is
/// ever handed a widget, so the lean one leaves the reader out.
pub fn resume(dataset: &Dataset, configured: &Start, text: Option<&str>) -> Option<Start> {
    #[cfg(feature = "quiz")]
    return text.and_then(|text| read_hand_over(dataset, configured, text));
    #[cfg(not(feature = "quiz"))]
    {
        let _ = (dataset, configured, text);
        None
    }
}

/// `configured` with a hand-over laid over it; `None` if its link part does not fit the
/// dataset (the widget then starts from its settings and hash).
#[cfg(feature = "quiz")]
pub fn read_hand_over(dataset: &Dataset, configured: &Start, text: &str) -> Option<Start> {
    let mut link = String::new();
    let (mut hidden, mut current) = (None, None);
    let mut carried = Carried::default();
    for part in text.split('&') {
        match part.split_once('=') {
            Some(("mode" | "attributes" | "pick", _)) => {
                if !link.is_empty() {
                    link.push('&');
                }
                link.push_str(part);
            }
            Some(("hidden", ids)) => hidden = Some(ids),
            Some(("current", id)) => current = Some(id),
            Some(("reasons", on)) => carried.reasons = on == "1",
            Some(("chips", on)) => carried.chips_open = on == "1",
            _ => {}
        }
    }
    let state = parse_link_parts(&link).and_then(|state| resolve_link_state(dataset, &state));
    let mut start = configured.with_state(state.ok()?);
    carried.presenter = hidden.map(|ids| {
        let ids: Vec<&str> = ids.split(',').collect();
        let revealed = (dataset.attributes.iter()).map(|a| !ids.contains(&a.id.as_str()));
        let current = current.and_then(|id| dataset.attributes.iter().position(|a| a.id == id));
        Presenter::restored(revealed.collect(), current)
    });
    start.carried = carried;
    Some(start)
}
