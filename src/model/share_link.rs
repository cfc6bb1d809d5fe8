//! The studio's share link: a whole dataset in the URL hash, as `#data=v1.<base64url>`. The
//! browser compresses the JSON (CompressionStream, deflate-raw) before and after this; here
//! are the text parts, so a truncated or tampered link is refused with a message that says
//! where, instead of a broken page.

use super::validate::Problem;

/// The hash parameter and the format version in front of the payload.
pub const PREFIX: &str = "data=v1.";

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn problem(message: String) -> Problem {
    Problem {
        path: "link".into(),
        message,
    }
}

/// Bytes as unpadded base64url (RFC 4648 §5), safe in a URL hash as is.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Reads unpadded base64url; the error names the first character that cannot be one, or says
/// the text was cut short.
pub fn from_base64url(text: &str) -> Result<Vec<u8>, Problem> {
    let mut values = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        let v = ALPHABET
            .iter()
            .position(|a| char::from(*a) == c)
            .ok_or_else(|| {
                problem(format!(
                    "character {} (\"{}\") cannot be part of a share link; was it changed?",
                    i + 1,
                    c.escape_default()
                ))
            })?;
        values.push(v as u32);
    }
    if values.len() % 4 == 1 {
        return Err(problem(
            "the link is cut short; copy it again, whole".into(),
        ));
    }
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, v)| n | (v << (18 - 6 * i)));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
        // Bits below the last whole byte must be zero, or the text was altered.
        let spare = match chunk.len() {
            2 => n & 0xFFFF,
            3 => n & 0xFF,
            _ => 0,
        };
        if spare != 0 {
            return Err(problem(
                "the link's last characters do not fit together; was it changed?".into(),
            ));
        }
    }
    Ok(out)
}

/// The hash for a compressed dataset (without `#`).
pub fn share_hash(compressed: &[u8]) -> String {
    format!("{PREFIX}{}", base64url(compressed))
}

/// The compressed dataset in a hash (with or without `#`), or why it cannot be read.
pub fn read_share_hash(hash: &str) -> Result<Vec<u8>, Problem> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let Some(payload) = hash.strip_prefix(PREFIX) else {
        return Err(problem(if hash.starts_with("data=") {
            "made by a newer studio (unknown format); open it there".into()
        } else {
            "no dataset in this link (it should start with #data=v1.)".into()
        }));
    };
    if payload.is_empty() {
        return Err(problem(
            "the link is cut short; copy it again, whole".into(),
        ));
    }
    from_base64url(payload)
}
