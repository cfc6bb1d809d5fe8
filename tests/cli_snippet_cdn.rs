//! The snippet command's `--cdn` mode: the versioned package URL with the SRI hash of the built
//! element script, and the SHA-384 and base64 code those hashes come from.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use role_explainer::model::sri::{base64, integrity, sha384};
use std::path::{Path, PathBuf};
use std::process::Command;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn sha384_matches_the_standard_test_vectors() {
    // FIPS 180-4 examples: empty, one block, and a message whose padding needs a second block.
    assert_eq!(hex(&sha384(b"")), "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b");
    assert_eq!(hex(&sha384(b"abc")), "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7");
    assert_eq!(
        hex(&sha384(b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")),
        "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039"
    );
}

#[test]
fn sha384_agrees_with_coreutils_at_every_padding_boundary() {
    let dir = scratch("sha");
    // Lengths around the 112- and 128-byte edges where the padding takes one block or two.
    for len in [
        1usize, 55, 56, 63, 64, 110, 111, 112, 113, 127, 128, 129, 239, 240, 255, 256, 1000,
    ] {
        let data: Vec<u8> = (0..len).map(|i| (i * 7 + 3) as u8).collect();
        let file = dir.join(format!("{len}.bin"));
        std::fs::write(&file, &data).unwrap();
        let out = Command::new("sha384sum")
            .arg(&file)
            .output()
            .expect("sha384sum (coreutils)");
        let expected = String::from_utf8(out.stdout).unwrap();
        assert_eq!(hex(&sha384(&data)), expected[..96], "length {len}");
    }
}

#[test]
fn base64_matches_rfc_4648() {
    for (input, expected) in [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64(input.as_bytes()), expected);
    }
    assert_eq!(base64(&[0xfb, 0xff, 0xbf]), "+/+/");
    assert_eq!(
        integrity(b"abc"),
        "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
    );
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("snippet-cdn-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("pkg")).unwrap();
    dir
}

const WASM: &[u8] = b"\0asm\x01\0\0\0";

/// A dist/ folder with the element script (`script`) and the wasm.
fn fake_dist(name: &str, script: &str) -> PathBuf {
    let dir = scratch(name);
    std::fs::write(dir.join("role-explainer.js"), script).unwrap();
    std::fs::write(dir.join("pkg/role-explainer_bg.wasm"), WASM).unwrap();
    dir
}

/// An element script as the build leaves it: with the wasm's hash written in.
fn built_script() -> String {
    format!("const WASM_INTEGRITY=\"{}\";", integrity(WASM))
}

/// Asks for the CDN tag from the build in `dist`, expects a refusal (exit 1, nothing on
/// stdout) and gives its message.
fn refused_from_unpkg(dist: &Path) -> String {
    let (code, out, err) = snippet(&[
        "--dataset",
        "pm-vs-po",
        "--cdn",
        "https://unpkg.com",
        "--dist",
        path(dist),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty(), "{out}");
    err
}

fn snippet(args: &[&str]) -> (i32, String, String) {
    common::run_command(env!("CARGO_BIN_EXE_snippet"), args)
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn cdn_writes_one_versioned_script_tag_with_the_hash_of_the_built_script() {
    let script = built_script();
    let dist = fake_dist("ok", &script);
    let (code, out, err) = snippet(&[
        "--dataset",
        "pm-vs-po",
        "--cdn",
        "https://cdn.jsdelivr.net/npm/",
        "--dist",
        path(&dist),
    ]);
    assert_eq!(code, 0, "{err}");
    let expected = format!(
        "<script type=\"module\" src=\"https://cdn.jsdelivr.net/npm/role-explainer@{}/role-explainer.js\" integrity=\"{}\" crossorigin=\"anonymous\"></script>\n\
         <role-explainer dataset=\"pm-vs-po\">\n<table",
        env!("CARGO_PKG_VERSION"),
        integrity(script.as_bytes()),
    );
    assert!(out.starts_with(&expected), "{out}");
    // The hash is of the file on disk: a changed script gives a different tag.
    let changed_script = format!("{script} ");
    std::fs::write(dist.join("role-explainer.js"), &changed_script).unwrap();
    let (_, changed, _) = snippet(&[
        "--dataset",
        "pm-vs-po",
        "--cdn",
        "https://cdn.jsdelivr.net/npm",
        "--dist",
        path(&dist),
    ]);
    assert!(
        changed.contains(&integrity(changed_script.as_bytes())),
        "{changed}"
    );
    let _ = std::fs::remove_dir_all(dist);
}

#[test]
fn cdn_refuses_a_script_built_for_another_wasm() {
    let dist = fake_dist(
        "other",
        &format!("const WASM_INTEGRITY=\"{}\";", integrity(b"another wasm")),
    );
    let err = refused_from_unpkg(&dist);
    assert!(err.contains("does not hold the hash of"), "{err}");
    let _ = std::fs::remove_dir_all(dist);
}

#[test]
fn cdn_without_a_build_says_which_file_is_missing_and_what_to_run() {
    let dist = scratch("missing");
    let err = refused_from_unpkg(&dist);
    assert!(
        err.contains(&format!("{}", dist.join("role-explainer.js").display())),
        "{err}"
    );
    assert!(err.contains("make dist"), "{err}");
    let _ = std::fs::remove_dir_all(dist);
}

#[test]
fn cdn_refuses_an_element_script_that_does_not_check_its_wasm() {
    let dist = fake_dist(
        "placeholder",
        "const WASM_INTEGRITY = '@ROLE_EXPLAINER_WASM_INTEGRITY@';",
    );
    let err = refused_from_unpkg(&dist);
    assert!(err.contains("placeholder"), "{err}");
    let _ = std::fs::remove_dir_all(dist);
}

#[test]
fn cdn_and_src_together_are_a_usage_error() {
    let dist = fake_dist("both", &built_script());
    let (code, _, err) = snippet(&[
        "--dataset",
        "pm-vs-po",
        "--cdn",
        "https://unpkg.com",
        "--src",
        "r.js",
        "--dist",
        path(&dist),
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--src and --cdn"), "{err}");
    let _ = std::fs::remove_dir_all(dist);
}
