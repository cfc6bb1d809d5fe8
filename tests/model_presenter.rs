//! Native tests of presenting: stepping through rows and guess-then-reveal.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use role_explainer::model::presenter::Presenter;
use role_explainer::model::selection::Selection;

#[test]
fn reveal_next_goes_in_order_over_shown_rows_only() {
    let mut s = Selection::new(4);
    s.toggle_shown(1);
    let mut p = Presenter::new(4, true);
    assert!(!p.is_revealed(0) && p.has_hidden(&s));
    p.reveal_next(&s);
    assert_eq!((p.is_revealed(0), p.current()), (true, Some(0)));
    p.reveal_next(&s);
    assert_eq!(p.current(), Some(2), "row 1 is not shown, so it is skipped");
    p.reveal_next(&s);
    p.reveal_next(&s);
    assert_eq!(p.current(), Some(3));
    assert!(!p.has_hidden(&s));
    assert!(!p.is_revealed(1));
    p.reveal_all();
    assert!(p.is_revealed(1));
}

#[test]
fn stepping_moves_between_shown_rows_and_stops_at_the_ends() {
    let mut s = Selection::new(5);
    s.toggle_shown(2);
    let mut p = Presenter::new(5, false);
    p.step(&s, false);
    assert_eq!(p.current(), Some(4));
    p.step(&s, true);
    assert_eq!(p.current(), Some(4), "stays at the last row");
    p.step(&s, false);
    assert_eq!(p.current(), Some(3));
    p.step(&s, false);
    assert_eq!(p.current(), Some(1), "row 2 is hidden from the table");
    p.step(&s, false);
    p.step(&s, false);
    assert_eq!(p.current(), Some(0));
    // And forward again, one shown row at a time.
    p.step(&s, true);
    assert_eq!(p.current(), Some(1));
    p.step(&s, true);
    assert_eq!(p.current(), Some(3), "row 2 is hidden from the table");
}

#[test]
fn a_presenter_without_hidden_rows_reveals_everything() {
    let p = Presenter::new(3, false);
    assert!((0..3).all(|i| p.is_revealed(i)));
    assert!(p.is_revealed(99), "rows it does not know are not hidden");
}

proptest! {
    #[test]
    fn stepping_always_lands_on_a_shown_row(shown in prop::collection::vec(any::<bool>(), 1..15), moves in prop::collection::vec(any::<bool>(), 0..40)) {
        let s = Selection::with_shown(shown.clone());
        let mut p = Presenter::new(shown.len(), true);
        for forward in moves {
            p.step(&s, forward);
            if let Some(c) = p.current() {
                prop_assert!(shown[c]);
                prop_assert!(p.is_revealed(c));
            }
        }
    }
}
