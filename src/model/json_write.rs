//! Writes JSON strings, for the text this crate writes itself (the studio's dataset drafts).
//! Event details go to the page through serde-wasm-bindgen instead (`embed::mount`).

/// Anything that writes itself as JSON.
pub trait ToJson {
    fn write_json(&self, out: &mut String);

    fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut String) {
        out.push('"');
        for c in self.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if (c as u32) < 0x20 => {
                    out.push_str("\\u00");
                    out.push(char::from_digit((c as u32) >> 4, 16).unwrap_or('0'));
                    out.push(char::from_digit((c as u32) & 0xf, 16).unwrap_or('0'));
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        self.as_str().write_json(out);
    }
}

impl ToJson for &str {
    fn write_json(&self, out: &mut String) {
        (*self).write_json(out);
    }
}
