//! ARIA's `"true"` and `"false"` as static text.

/// The attribute value for a boolean state (`aria-pressed`, `aria-expanded`...). A static
/// string, not `bool::to_string()`: no allocation and no formatting code on every render.
pub fn aria_bool(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}
