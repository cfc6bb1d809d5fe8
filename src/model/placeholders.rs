//! Filling `{name}` placeholders in an interface sentence.
//!
//! One pass over the template, looking for `{` and `}` by character: a value that itself holds
//! `{…}` (an author's role called "{score}") stays as written, and the wasm carries no
//! substring searcher (`str::replace` with a `&str` pattern brings core's two-way search).

/// `template` with each `{name}` that `pairs` names replaced by its value; other braces stay.
pub fn fill_in(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let named = after.find('}').and_then(|close| {
            let name = &after[..close];
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, value)| (close, *value))
        });
        match named {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
