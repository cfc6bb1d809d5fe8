//! The embed build's allocator (feature `size-class-alloc`), in headless Chromium: blocks are
//! aligned and never overlap, freed memory is reused, and a long session of clicks does not
//! grow the memory. One test, so nothing else allocates while it measures.
#![cfg(all(target_arch = "wasm32", feature = "size-class-alloc"))]

use role_explainer::components::app::{App, AppProps};
use role_explainer::model::config::RawConfig;
use role_explainer::model::load::DatasetSource;
use std::alloc::{alloc, dealloc, Layout};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn memory_bytes() -> u32 {
    wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length()
}

fn blocks_are_aligned_and_apart() {
    let mut blocks = Vec::new();
    for (i, size) in [1, 7, 8, 9, 24, 100, 1000, 4096, 5000, 70_000]
        .into_iter()
        .enumerate()
    {
        for align in [1, 8, 16, 64] {
            let layout = Layout::from_size_align(size, align).unwrap();
            let block = unsafe { alloc(layout) };
            assert!(!block.is_null());
            assert_eq!(block as usize % align, 0, "{size} bytes aligned to {align}");
            let mark = (i * 4 + align) as u8;
            unsafe { block.write_bytes(mark, size) };
            blocks.push((block, layout, mark));
        }
    }
    for &(block, layout, mark) in &blocks {
        let bytes = unsafe { std::slice::from_raw_parts(block, layout.size()) };
        assert!(
            bytes.iter().all(|&b| b == mark),
            "a later block overwrote this one"
        );
        unsafe { dealloc(block, layout) };
    }
}

fn freed_memory_is_reused() {
    let layout = Layout::from_size_align(300, 8).unwrap();
    let first = unsafe { alloc(layout) };
    unsafe { dealloc(first, layout) };
    let before = memory_bytes();
    for _ in 0..10_000 {
        let block = unsafe { alloc(layout) };
        assert_eq!(
            block, first,
            "the freed block serves the next request of its size"
        );
        unsafe { dealloc(block, layout) };
    }
    assert_eq!(memory_bytes(), before);
}

fn growing_keeps_the_contents() {
    let mut bytes = Vec::new();
    for i in 0..100_000u32 {
        bytes.push((i % 251) as u8);
    }
    assert!(bytes.iter().enumerate().all(|(i, &b)| b == (i % 251) as u8));
    let mut text = String::new();
    for i in 0..2_000 {
        text.push_str(&i.to_string());
    }
    assert!(text.starts_with("0123456789101112"));
    assert!(text.ends_with("199719981999"));
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(1)).await;
}

fn chip(root: &web_sys::Element, name: &str) -> HtmlElement {
    let buttons = root.query_selector_all(".rx-chips button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().contains(name))
        .unwrap_or_else(|| panic!("no chip named {name}"))
}

async fn a_long_session_does_not_grow_the_memory() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        source: DatasetSource::Json(include_str!("../data/pm-vs-po.en.json").into()),
        config: RawConfig::default(),
        onreport: Default::default(),
        onproblems: Default::default(),
        onanswer: Default::default(),
        onhandover: Default::default(),
        oncopylink: None,
        onfullscreen: Default::default(),
        instance: 0,
        parked: false,
    };
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let toggle = |n: usize| {
        let root = root.clone();
        async move {
            for i in 0..n {
                let name = ["Time horizon", "Success metrics", "Scope"][i % 3];
                chip(&root, name).click();
                settle().await;
            }
        }
    };
    toggle(60).await;
    let warmed = memory_bytes();
    toggle(600).await;
    assert!(
        memory_bytes() <= warmed + 65_536,
        "600 more toggles grew the memory from {warmed} to {} bytes",
        memory_bytes()
    );
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn the_embed_allocator() {
    blocks_are_aligned_and_apart();
    freed_memory_is_reused();
    growing_keeps_the_contents();
    a_long_session_does_not_grow_the_memory().await;
}
