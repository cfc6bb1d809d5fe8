//! Every role colour, in every theme, reaches 4.5:1 contrast against the widget's surfaces.
//! The palette is read from the shipped stylesheet, so the test checks what readers get.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

const CSS: &str = include_str!("../www/role-explainer.css");

/// The `--rx-*: var(--role-explainer-*, #hex)` or `--rx-*: #hex` defaults of a theme block.
fn theme(selector: &str) -> BTreeMap<String, String> {
    let start = CSS
        .find(selector)
        .unwrap_or_else(|| panic!("no {selector} block"));
    let block = &CSS[start..start + CSS[start..].find('}').unwrap()];
    block
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let name = line.strip_prefix("--rx-")?.split(':').next()?.to_string();
            let hex = line.split('#').nth(1)?.get(..6)?.to_string();
            Some((name, hex))
        })
        .collect()
}

fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn contrast_is_computed_like_wcag() {
    assert!((contrast("000000", "ffffff") - 21.0).abs() < 1e-9);
    assert!((contrast("777777", "ffffff") - 4.48).abs() < 0.01);
}

#[test]
fn role_and_text_colours_reach_4_5_to_1_in_every_theme() {
    let mut checked = 0;
    for selector in [
        ":host {",
        ":host([theme=\"dark\"]) {",
        ":host(:not([theme=\"light\"])) {",
        ":host([theme=\"contrast\"]) {",
    ] {
        let t = theme(selector);
        for surface in ["surface", "surface-2"] {
            let bg = &t[surface];
            for fg in [
                "role-0", "role-1", "role-2", "role-3", "text", "muted", "accent", "right", "wrong",
            ] {
                let ratio = contrast(&t[fg], bg);
                assert!(
                    ratio >= 4.5,
                    "{selector} --rx-{fg} #{} on --rx-{surface} #{bg}: {ratio:.2}",
                    t[fg]
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 4 * 2 * 9);
}
