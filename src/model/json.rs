//! A small, strict JSON reader.
//!
//! The widget validates author datasets field by field and names the JSON path of every
//! problem, so it needs a value tree rather than typed deserialisation. This reader also
//! gives syntax errors a line and column, caps nesting depth against hostile input, and
//! costs far fewer wasm bytes than serde_json.

use std::fmt;

/// Arrays and objects nested deeper than this are rejected, so hostile input cannot exhaust
/// the stack: 32 nested arrays are read, 33 are refused.
pub const MAX_DEPTH: usize = 32;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// Whole numbers only (see `Reader::number`).
    Number(i64),
    String(String),
    Array(Vec<Json>),
    /// Members in document order; duplicates are kept so validation can report them.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The member `key` of an object, if this is one and it has it.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// A short name of the value's type, for error messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }
}

/// A syntax error, with a 1-based line and column (counted in characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.message
        )
    }
}

/// Parses one JSON document. Trailing non-whitespace is an error.
pub fn parse(text: &str) -> Result<Json, SyntaxError> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    // A UTF-8 byte order mark is common in files saved by Windows editors.
    if text.starts_with('\u{feff}') {
        reader.pos = 3;
    }
    reader.skip_space();
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.pos < reader.bytes.len() {
        return Err(reader.error("unexpected text after the end of the document"));
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn error(&self, message: &str) -> SyntaxError {
        let before = &self.text[..self.pos.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        SyntaxError {
            line,
            column,
            message: message.to_string(),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn expect_word(&mut self, word: &str, value: Json) -> Result<Json, SyntaxError> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("unexpected character"))
        }
    }

    /// `depth` counts the arrays and objects around the value: the document itself is at 0.
    fn value(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        match self.peek() {
            None => Err(self.error("unexpected end of input")),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.expect_word("true", Json::Bool(true)),
            Some(b'f') => self.expect_word("false", Json::Bool(false)),
            Some(b'n') => self.expect_word("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("unexpected character")),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        // This object is nesting level `depth + 1`.
        if depth >= MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.pos += 1;
        let mut members = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a quoted member name"));
            }
            let key = self.string()?;
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.error("expected ':' after the member name"));
            }
            self.pos += 1;
            self.skip_space();
            let value = self.value(depth + 1)?;
            members.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(members));
                }
                _ => return Err(self.error("expected ',' or '}'")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        // This array is nesting level `depth + 1`.
        if depth >= MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_space();
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.error("expected ',' or ']'")),
            }
        }
    }

    /// Whole numbers only: nothing the widget reads needs a fraction, and float parsing
    /// would cost the wasm about 14 kB brotli. Leading zeros are refused, as JSON says.
    fn number(&mut self) -> Result<Json, SyntaxError> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let start = self.pos;
        let mut n: i64 = 0;
        while let Some(d @ b'0'..=b'9') = self.peek() {
            if self.pos > start && self.bytes[start] == b'0' {
                self.pos = start;
                return Err(self.error("leading zero in a number"));
            }
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(i64::from(d - b'0')))
                .ok_or_else(|| self.error("number too large"))?;
            self.pos += 1;
        }
        if self.pos == start {
            return Err(self.error("expected a digit"));
        }
        if let Some(b'.' | b'e' | b'E') = self.peek() {
            return Err(self.error("only whole numbers are allowed"));
        }
        Ok(Json::Number(if negative { -n } else { n }))
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let run_start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // The run holds no quote, backslash or control byte, so it ends on a char boundary.
            out.push_str(&self.text[run_start..self.pos]);
            match self.peek() {
                None => return Err(self.error("unterminated string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => return Err(self.error("control character in string")),
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), SyntaxError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                let high = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&high) {
                    if !self.bytes[self.pos..].starts_with(b"\\u") {
                        return Err(self.error("unpaired surrogate in \\u escape"));
                    }
                    self.pos += 2;
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.error("unpaired surrogate in \\u escape"));
                    }
                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    high
                };
                out.push(char::from_u32(code).ok_or_else(|| self.error("invalid \\u escape"))?);
                return Ok(());
            }
            _ => return Err(self.error("invalid escape")),
        };
        self.pos += 1;
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .bytes
            .get(self.pos..self.pos + 4)
            .ok_or_else(|| self.error("expected four hex digits"))?;
        let mut value = 0;
        for &d in digits {
            let v = (d as char)
                .to_digit(16)
                .ok_or_else(|| self.error("expected four hex digits"))?;
            value = value * 16 + v;
        }
        self.pos += 4;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(r#" {"a": [1, -2500, true, false, null], "b": "x\n\u00e9\ud83d\ude00"} "#)
            .unwrap();
        assert_eq!(
            v.get("a"),
            Some(&Json::Array(vec![
                Json::Number(1),
                Json::Number(-2500),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null
            ]))
        );
        assert_eq!(v.get("b"), Some(&Json::String("x\né😀".into())));
    }

    #[test]
    fn syntax_errors_have_line_and_column() {
        let e = parse("{\n  \"a\": 1,\n  \"b\" 2\n}").unwrap_err();
        assert_eq!((e.line, e.column), (3, 7));
        assert_eq!(e.message, "expected ':' after the member name");
        let e = parse("[1, 2").unwrap_err();
        assert_eq!(e.to_string(), "line 1, column 6: expected ',' or ']'");
        assert!(parse("").is_err());
        assert!(parse("{} x").is_err());
        assert!(parse("\"\u{1}\"").is_err());
        assert!(parse("\"\\ud800\"").is_err());
    }

    fn message(text: &str) -> String {
        match parse(text) {
            Ok(v) => panic!("{text:?} was read as {v:?}"),
            Err(e) => e.message,
        }
    }

    #[test]
    fn numbers_have_no_leading_zeros() {
        for text in [
            "01",
            "0001",
            "-01",
            "00.5",
            "-00",
            "[01]",
            "{\"a\": 007}",
            "00e1",
        ] {
            assert_eq!(message(text), "leading zero in a number", "{text}");
        }
        let e = parse("[1, 02]").unwrap_err();
        assert_eq!((e.line, e.column), (1, 5));
        for (text, n) in [("0", 0), ("-0", 0), ("10", 10), ("-10", -10)] {
            assert_eq!(parse(text), Ok(Json::Number(n)), "{text}");
        }
        assert_eq!(message("-"), "expected a digit");
        // Whole numbers only: no float parser in the wasm.
        for text in [
            "0.5", "-0.25", "0e3", "100.5", "1E2", "2e-1", "2e+1", "1.", "1e", "1e+",
        ] {
            assert_eq!(message(text), "only whole numbers are allowed", "{text}");
        }
        assert_eq!(message(".5"), "unexpected character");
        assert_eq!(message("+1"), "unexpected character");
    }

    #[test]
    fn escapes_are_read_exactly() {
        let s = |text: &str| {
            parse(text).map(|v| match v {
                Json::String(s) => s,
                other => panic!("{other:?}"),
            })
        };
        assert_eq!(s(r#""\b\f\t\n\r""#), Ok("\u{8}\u{c}\t\n\r".into()));
        assert_eq!(s(r#""\"\\\/""#), Ok("\"\\/".into()));
        assert_eq!(
            s(r#""\u0041\u00e9\u00E9\u20AC\u0000""#),
            Ok("Aéé€\0".into())
        );
        // A surrogate pair is one character; either half alone is refused.
        assert_eq!(s(r#""\ud83d\ude00""#), Ok("😀".into()));
        assert_eq!(s(r#""\uD834\uDD1E""#), Ok("𝄞".into()));
        assert_eq!(s(r#""\udbff\udfff""#), Ok("\u{10ffff}".into()));
        assert_eq!(s(r#""\ud800\udc00""#), Ok("\u{10000}".into()));
        for text in [
            r#""\ud800""#,
            r#""\ud800x""#,
            r#""\ud800\u0041""#,
            r#""\ud800\ud800""#,
        ] {
            assert_eq!(message(text), "unpaired surrogate in \\u escape", "{text}");
        }
        assert_eq!(message(r#""\udc00""#), "invalid \\u escape");
        assert_eq!(message(r#""\u12""#), "expected four hex digits");
        assert_eq!(message(r#""\u12g4""#), "expected four hex digits");
        assert_eq!(message(r#""\x""#), "invalid escape");
        assert_eq!(message("\"\t\""), "control character in string");
        assert_eq!(message("\"abc"), "unterminated string");
    }

    #[test]
    fn a_byte_order_mark_is_skipped_only_at_the_start() {
        // Windows editors save one; serde_json refuses it, this reader skips it (documented
        // in tests/model_fuzz.rs, where the two readers are compared).
        assert_eq!(parse("\u{feff}{}"), Ok(Json::Object(vec![])));
        assert_eq!(
            parse("\u{feff} [1]"),
            Ok(Json::Array(vec![Json::Number(1)]))
        );
        assert_eq!(message("\u{feff}"), "unexpected end of input");
        assert_eq!(message(" \u{feff}{}"), "unexpected character");
        assert_eq!(message("\u{feff}\u{feff}{}"), "unexpected character");
        assert_eq!(
            message("{}\u{feff}"),
            "unexpected text after the end of the document"
        );
        // Inside a string it is an ordinary character.
        assert_eq!(parse("\"\u{feff}\""), Ok(Json::String("\u{feff}".into())));
        let e = parse("\u{feff}[1,]").unwrap_err();
        assert_eq!((e.line, e.column), (1, 5));
    }

    fn nested(levels: usize) -> String {
        format!("{}{}", "[".repeat(levels), "]".repeat(levels))
    }

    #[test]
    fn nesting_is_capped_at_exactly_32_levels() {
        assert_eq!(MAX_DEPTH, 32);
        assert!(parse(&nested(32)).is_ok());
        assert_eq!(message(&nested(33)), "nested too deeply");
        // Scalars inside the deepest container are no extra level.
        assert!(parse(&format!("{}1{}", "[".repeat(32), "]".repeat(32))).is_ok());
        let objects = |n: usize| format!("{}1{}", "{\"a\":".repeat(n), "}".repeat(n));
        assert!(parse(&objects(32)).is_ok());
        assert_eq!(message(&objects(33)), "nested too deeply");
        // Mixed, and not only at the start of the document.
        let mixed = |n: usize| {
            let open: String = (0..n)
                .map(|i| if i % 2 == 0 { "[0," } else { "{\"k\":" })
                .collect();
            let close: String = (0..n)
                .rev()
                .map(|i| if i % 2 == 0 { "]" } else { "}" })
                .collect();
            format!("{open}null{close}")
        };
        assert!(parse(&mixed(32)).is_ok());
        let e = parse(&mixed(33)).unwrap_err();
        assert_eq!(e.message, "nested too deeply");
        // At the 33rd opener, the `[` of the last `[0,` before `null`.
        assert_eq!(e.column, mixed(33).find("null").unwrap() - 2);
    }

    #[test]
    fn numbers_are_whole_without_leading_zeros() {
        assert_eq!(parse("0"), Ok(Json::Number(0)));
        assert_eq!(parse("-0"), Ok(Json::Number(0)));
        assert_eq!(
            parse("[10, -7]"),
            Ok(Json::Array(vec![Json::Number(10), Json::Number(-7)]))
        );
        assert_eq!(parse("9223372036854775807"), Ok(Json::Number(i64::MAX)));
        for bad in [
            "01",
            "-01",
            "00.5",
            "[01]",
            "1.5",
            "1e3",
            "2E1",
            "-",
            "9223372036854775808",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse("1.0").unwrap_err().message,
            "only whole numbers are allowed"
        );
    }

    #[test]
    fn rejects_deep_nesting_without_overflowing() {
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).unwrap_err().message, "nested too deeply");
        let deep = "{\"a\":".repeat(100_000);
        assert_eq!(parse(&deep).unwrap_err().message, "nested too deeply");
    }
}
