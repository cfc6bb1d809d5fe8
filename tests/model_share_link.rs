//! Native tests of the studio's share link: base64url both ways and the refusals a truncated
//! or tampered link gets.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use role_explainer::model::share_link::{base64url, from_base64url, read_share_hash, share_hash};

#[test]
fn base64url_matches_the_rfc_vectors_without_padding() {
    // RFC 4648 §10, padding dropped, with the URL alphabet.
    for (plain, encoded) in [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
        ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64url(plain.as_bytes()), encoded);
        assert_eq!(from_base64url(encoded).unwrap(), plain.as_bytes());
    }
    assert_eq!(
        base64url(&[0xfb, 0xff]),
        "-_8",
        "the URL alphabet, not + and /"
    );
}

#[test]
fn truncated_or_tampered_links_say_so() {
    let hash = share_hash(b"some compressed bytes");
    assert_eq!(
        read_share_hash(&format!("#{hash}")).unwrap(),
        b"some compressed bytes"
    );
    let message = |h: &str| read_share_hash(h).unwrap_err().to_string();
    assert_eq!(
        message(&hash[..hash.len() - 3]),
        "link: the link is cut short; copy it again, whole"
    );
    assert_eq!(
        message("#data=v1."),
        "link: the link is cut short; copy it again, whole"
    );
    assert_eq!(
        message(&format!("{}*{}", &hash[..12], &hash[13..])),
        "link: character 5 (\"*\") cannot be part of a share link; was it changed?"
    );
    assert_eq!(
        message("#data=v1.Zh"),
        "link: the link's last characters do not fit together; was it changed?"
    );
    assert_eq!(
        message("#data=v2.Zm9v"),
        "link: made by a newer studio (unknown format); open it there"
    );
    assert_eq!(
        message("#mode=quiz"),
        "link: no dataset in this link (it should start with #data=v1.)"
    );
}

proptest! {
    #[test]
    fn any_bytes_survive_the_link(bytes in prop::collection::vec(any::<u8>(), 1..300)) {
        // Compressed data is never empty, and an empty payload is refused as cut short.

        let hash = share_hash(&bytes);
        prop_assert!(hash.chars().all(|c| c.is_ascii_alphanumeric() || "-_=.".contains(c)));
        prop_assert_eq!(read_share_hash(&hash).unwrap(), bytes);
    }

    #[test]
    fn any_hash_is_read_or_refused_with_a_reason(text in "\\PC{0,80}") {
        if let Err(p) = read_share_hash(&text) {
            prop_assert_eq!(p.path, "link");
            prop_assert!(!p.message.is_empty());
        }
    }
}
