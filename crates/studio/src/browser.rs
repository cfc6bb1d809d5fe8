//! The browser's APIs the studio needs beyond the DOM: compression for share links, fetching
//! a built-in dataset, the clipboard and local storage. The streams are a few lines of JS.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = r#"
export async function deflate(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
// Stops at `limit` bytes, so a small link cannot unpack into a huge text.
export async function inflate(bytes, limit) {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) { reader.cancel().catch(() => {}); throw new Error('too large'); }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(chunks).arrayBuffer());
}
export async function fetchText(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(10000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}
export async function copyText(text) {
  await navigator.clipboard.writeText(text);
}
export function fileText(file) {
  return file.text();
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn deflate(text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn inflate(bytes: &[u8], limit: usize) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = fetchText)]
    async fn fetch_text_js(url: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = copyText)]
    async fn copy_text_js(text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = fileText)]
    fn file_text_js(file: &web_sys::File) -> js_sys::Promise;
}

fn message(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// The text compressed with deflate-raw (CompressionStream).
pub async fn compress(text: &str) -> Result<Vec<u8>, String> {
    let bytes = deflate(text).await.map_err(message)?;
    Ok(js_sys::Uint8Array::new(&bytes).to_vec())
}

/// Compressed bytes back to text, at most `limit` bytes of it.
pub async fn decompress(bytes: &[u8], limit: usize) -> Result<String, String> {
    let text = inflate(bytes, limit).await.map_err(message)?;
    text.as_string().ok_or_else(|| "not text".into())
}

pub async fn fetch_text(url: &str) -> Result<String, String> {
    let text = fetch_text_js(url).await.map_err(message)?;
    text.as_string().ok_or_else(|| "not text".into())
}

pub async fn copy_text(text: &str) -> Result<(), String> {
    copy_text_js(text).await.map(|_| ()).map_err(message)
}

pub async fn file_text(file: &web_sys::File) -> Result<String, String> {
    let text = JsFuture::from(file_text_js(file)).await.map_err(message)?;
    text.as_string().ok_or_else(|| "not text".into())
}

pub fn window() -> web_sys::Window {
    web_sys::window().expect("a window")
}

pub fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The page's address without its hash.
pub fn page_url() -> String {
    let location = window().location();
    let href = location.href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// The URL of a file beside the studio page (`role-explainer.js`).
pub fn beside_page(file: &str) -> String {
    let url = page_url();
    match url.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/{file}"),
        None => file.to_string(),
    }
}

/// Removes the hash from the address bar without reloading or adding a history entry.
pub fn clear_hash() {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&page_url()));
    }
}

/// Moves the keyboard focus to the element with this id, if there is one.
pub fn focus(id: &str) {
    if let Some(el) = window()
        .document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
