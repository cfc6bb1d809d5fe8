//! The studio: a page where an author makes a comparison without writing JSON. The editing
//! model (the draft, undo, imports, exports, share links) is plain Rust in the
//! `role-explainer` crate's `model`, tested natively; these modules are the page around it.

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod editor;
#[cfg(target_arch = "wasm32")]
mod export;
#[cfg(target_arch = "wasm32")]
mod import;
#[cfg(target_arch = "wasm32")]
mod preview;
#[cfg(target_arch = "wasm32")]
mod state;

fn main() {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("studio"))
    {
        yew::Renderer::<app::App>::with_root(root).render();
    }
}
