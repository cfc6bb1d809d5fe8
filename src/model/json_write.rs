//! Writes JSON for the host events' `detail`. The browser turns it into an object with
//! `JSON.parse`, which costs the wasm far less than a serde bridge to JavaScript values.

use super::report::{AnswerReport, PickReport, QuizReport, Report};
use super::validate::Problem;

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

impl ToJson for usize {
    fn write_json(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
}

impl ToJson for u64 {
    fn write_json(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item.write_json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

/// Writes `{"key":value,...}` from pairs.
fn object(out: &mut String, fields: &[(&str, &dyn ToJson)]) {
    out.push('{');
    for (i, (key, value)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        key.write_json(out);
        out.push(':');
        value.write_json(out);
    }
    out.push('}');
}

impl ToJson for PickReport {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                ("attribute", &self.attribute),
                ("roles", &self.roles),
                ("trait", &self.text),
            ],
        );
    }
}

impl ToJson for Report {
    fn write_json(&self, out: &mut String) {
        let mut scores = String::from("{");
        for (i, (role, score)) in self.verdict.scores.0.iter().enumerate() {
            if i > 0 {
                scores.push(',');
            }
            role.write_json(&mut scores);
            scores.push(':');
            score.write_json(&mut scores);
        }
        scores.push('}');
        let mut verdict = String::new();
        object(
            &mut verdict,
            &[
                ("picked", &self.verdict.picked),
                ("leaders", &self.verdict.leaders),
                ("scores", &Raw(scores)),
                ("sentence", &self.verdict.sentence),
            ],
        );
        object(
            out,
            &[
                ("dataset", &self.dataset),
                ("mode", &self.mode),
                ("shown", &self.shown),
                ("picks", &self.picks),
                ("verdict", &Raw(verdict)),
                ("link", &self.link),
            ],
        );
    }
}

impl ToJson for AnswerReport {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                ("attribute", &self.attribute),
                ("trait", &self.text),
                ("answer", &self.answer),
                ("expected", &self.expected),
                ("right", &self.right),
            ],
        );
    }
}

impl ToJson for QuizReport {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                ("dataset", &self.dataset),
                ("seed", &self.seed),
                ("score", &self.score),
                ("total", &self.total),
                ("unanswered", &self.unanswered),
                ("solution_shown", &self.solution_shown),
                ("answers", &self.answers),
            ],
        );
    }
}

/// The `detail` of `role-explainer:error`.
pub fn problems_json(problems: &[Problem]) -> String {
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let mut out = String::new();
    object(&mut out, &[("problems", &lines)]);
    out
}

/// Already-written JSON.
struct Raw(String);

impl ToJson for Raw {
    fn write_json(&self, out: &mut String) {
        out.push_str(&self.0);
    }
}

impl ToJson for &str {
    fn write_json(&self, out: &mut String) {
        (*self).write_json(out);
    }
}
