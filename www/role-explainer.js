// <role-explainer>: the one script an embedder loads. It defines the custom element, renders
// each instance into an open shadow root, and shares one wasm instantiation between them all.
// The wasm and CSS resolve relative to this file, so a CDN or a sub-folder works.
import init, { mount, installLanguage } from './pkg/role-explainer.js';

const here = import.meta.url;
// The offline single-file build inlines the wasm bytes and the CSS here (see scripts/offline.mjs).
const inlined = globalThis.__roleExplainerInline;
const ATTRIBUTES = ['dataset', 'mode', 'attributes', 'lang', 'theme', 'seed', 'reveal', 'header', 'presenting', 'layout', 'print'];
let wasmReady;
// Set when the wasm panicked: it is then unusable for every widget on the page.
let stopped = null;
const live = new Set();
// Yew never frees the event listeners it puts on an app's root element, so every app it
// mounts and destroys leaks that root (and, through it, the element). Removed widgets
// therefore park their emptied app here, and new widgets take one over instead of mounting.
const parked = [];
const MAX_PARKED = 16;
let instances = 0;

// The host page's own content comes first: nothing of the widget (wasm, dataset) is fetched
// before the page has loaded and gone idle. A widget then renders when it is also near the
// viewport, whichever is later (the `eager` attribute starts one at once), so a long article
// pays only for the widgets a reader reaches. Until then the fallback table holds the place.
const pageIdle = new Promise((resolve) => {
  const idle = () => (window.requestIdleCallback ?? setTimeout)(resolve, { timeout: 2000 });
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
});
const nearViewport = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (entry.isIntersecting) {
      nearViewport.unobserve(entry.target);
      entry.target.start();
    }
  }
}, { rootMargin: '50% 0px' });
// Once a widget's box first comes near the screen it is laid out like any other element from
// then on (before that, .unseen in the CSS lets the browser skip it).
const firstNear = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (entry.isIntersecting) {
      firstNear.unobserve(entry.target);
      entry.target.classList.remove('unseen');
    }
  }
}, { rootMargin: '50% 0px' });
// A printout holds every widget's table, also those the reader never scrolled to: they start
// now, and each renders its print-only copy (the whole table, or the worksheet) while the page
// prints. With the wasm loaded (the page was idle) all of this renders before the page is laid
// out for print (promises already settled resolve within the event's microtask checkpoint);
// before that, the fallback tables print, which hold the same rows.
let printing = false;
window.addEventListener('beforeprint', () => {
  printing = true;
  for (const element of live) element.print();
});
window.addEventListener('afterprint', () => {
  printing = false;
  for (const element of live) element.print();
});
window.addEventListener('role-explainer:panic', (event) => {
  stopped = String(event.detail || 'unknown error');
  for (const element of live) element.stop(stopped);
});

/**
 * Instantiates the wasm once, on first use. The build writes the wasm's SRI hash into
 * WASM_INTEGRITY (scripts/stamp-wasm-integrity.sh), so a `.wasm` changed after the build (a
 * tampered CDN copy) is refused rather than run; unbuilt, the placeholder checks nothing.
 */
const WASM_INTEGRITY = '@ROLE_EXPLAINER_WASM_INTEGRITY@';
function loadWasm() {
  wasmReady ??= (async () => {
    if (inlined?.wasm) return init({ module_or_path: inlined.wasm });
    const url = new URL('pkg/role-explainer_bg.wasm', here);
    const integrity = WASM_INTEGRITY.startsWith('sha384-') ? WASM_INTEGRITY : undefined;
    let response;
    try {
      response = await fetch(url, { integrity });
    } catch (error) {
      // The browser says only "Failed to fetch" for both; a second fetch without the hash tells
      // a changed file from a network failure (it happens only on this error path).
      const changed = integrity && (await fetch(url, { cache: 'no-store' }).then((r) => r.ok, () => false));
      if (!changed) throw error;
      throw new Error(`its code (${url.pathname}) does not match the file this script was built with, so it was not run. Reload the page; if it stays, the site's copy has been changed.`);
    }
    return init({ module_or_path: response });
  })();
  return wasmReady;
}

/** An error shown where the widget would be, as text (never a blank box). */
function alertMessage(text) {
  const message = document.createElement('p');
  message.className = 'rx-error';
  message.setAttribute('role', 'alert');
  message.textContent = text;
  return message;
}

/** Fetches an author's dataset: `{ datasetText }`, or `{ datasetError }` saying why not. */
async function download(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return { datasetText: await response.text() };
  } catch (error) {
    return { datasetError: `could not load ${url} (${error.message || error})` };
  }
}

// The built-in datasets are files beside this script (data/), not part of the wasm, so a reader
// downloads only the one they see. Same list as BUILTIN_FILES in src/model/builtin.rs.
const BUILTIN = {
  'pm-vs-po': 'pm-vs-po.en.json',
  'pm-vs-po.de': 'pm-vs-po.de.json',
  'project-vs-product-vs-owner': 'project-vs-product-vs-owner.en.json',
};
const LANGS = ['en', 'de', 'es', 'fr', 'ar'];
const builtinTexts = new Map();

/** The data/ file for a built-in id in a `lang` (its translation if there is one), as in Rust. */
function builtinFile(id, lang) {
  const primary = (lang ?? '').trim().split(/[-_]/)[0].toLowerCase();
  return (LANGS.includes(primary) && BUILTIN[`${id}.${primary}`]) || BUILTIN[id];
}

/** A built-in dataset's text, fetched once per page (or inlined by the offline build). */
function builtinText(file) {
  let text = builtinTexts.get(file);
  if (!text) {
    const inline = inlined?.datasets?.[file];
    text = inline !== undefined ? Promise.resolve({ datasetText: inline }) : download(new URL(`data/${file}`, here).href);
    builtinTexts.set(file, text);
    // A failed download is tried again next time.
    text.then((r) => { if (r.datasetError) builtinTexts.delete(file); });
  }
  return text;
}

// Interface languages other than English are files too (data/ui/<lang>.json), fetched and
// installed once per page, only for a widget that shows one.
const uiTexts = new Map();
const installed = new Set(['en']);

/** The language a tag names, if it is one the widget speaks (`de-AT` → `de`). */
function shipped(tag) {
  const primary = String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
  return LANGS.includes(primary) ? primary : null;
}

/** The interface language, chosen as in Rust (`Config::ui_lang`): the one asked for, else the
 * dataset's, else English. */
function uiLang(config) {
  let datasetLang = null;
  try {
    datasetLang = config.datasetText && JSON.parse(config.datasetText).lang;
  } catch {
    // A broken dataset shows its error panel; the interface language cannot come from it.
  }
  return shipped(config.lang) ?? shipped(datasetLang) ?? 'en';
}

/** A language file's text, fetched once per page (or inlined by the offline build). */
function uiText(lang) {
  let text = uiTexts.get(lang);
  if (!text) {
    const inline = inlined?.languages?.[lang];
    text = inline !== undefined ? Promise.resolve({ datasetText: inline }) : download(new URL(`data/ui/${lang}.json`, here).href);
    uiTexts.set(lang, text);
  }
  return text;
}

/** Makes sure the wasm speaks `lang`; if its file cannot be had, the interface stays English. */
async function ensureLanguage(lang) {
  if (installed.has(lang)) return;
  const result = await uiText(lang);
  if (installed.has(lang)) return;
  const problem = result.datasetError ?? installLanguage(result.datasetText);
  if (problem) {
    uiTexts.delete(lang);
    console.warn(`role-explainer: the ${lang} interface is not available, so it shows English: ${problem}`);
  } else {
    installed.add(lang);
  }
}

/** A dataset attribute that names a file rather than a built-in id (ids like `pm-vs-po.de`). */
function isUrl(value) {
  return /[/:]|\.json$/i.test(value);
}

class RoleExplainer extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  #root = null;
  #styled = null;
  #widget = null;
  #generation = 0;
  // The quiz shuffle's seed when the page gives none: random, but stable for this element.
  #seed = String(Math.floor(Math.random() * 2 ** 32));
  // With the sync-hash attribute, the reader's state lives in the page's URL hash.
  #hash = null;
  #writtenHash = null;
  #onHashChange = () => {
    if (location.hash.slice(1) === this.#writtenHash) return;
    this.#hash = location.hash;
    this.#render();
  };
  #onFullscreenChange = () => this.#render();
  // The hash is written when the page is idle, not inside the click's frame (replaceState
  // costs several ms at 4× throttling, and the browser refetches the page's icon after it).
  // Copy link writes it first, so the link it copies is always exact.
  #pendingLink = null;
  #onChange = (event) => {
    if (event.target !== this || this.#hash === null) return;
    const first = this.#pendingLink === null;
    this.#pendingLink = event.detail.link;
    if (event.type === 'role-explainer:ready') this.#flushHash();
    else if (first) (window.requestIdleCallback ?? setTimeout)(this.#flushHash, { timeout: 100 });
  };
  #flushHash = () => {
    const link = this.#pendingLink;
    this.#pendingLink = null;
    if (link === null || link === this.#writtenHash) return;
    this.#writtenHash = link;
    const url = link ? `#${link}` : location.pathname + location.search;
    history.replaceState(history.state, '', url);
  };
  #onClick = (event) => {
    if (event.composedPath().some((target) => target.classList?.contains('copy-link'))) this.#flushHash();
  };

  // Tells the app a new widget starts here, so a parked app does not keep an old reader's state.
  #instance = 0;
  #started = false;
  // The dataset URL last fetched, and the promise of its text or error.
  #download = null;

  /** The page starts or stops printing: render (again) with or without the print copy. */
  print() {
    // Paper shows every widget: none may stay skipped as off screen (Chromium prints a
    // skipped box blank, whatever the print styles say).
    if (this.#root?.classList.contains('unseen')) {
      firstNear.unobserve(this.#root);
      this.#root.classList.remove('unseen');
    }
    if (this.#started) this.#render();
    else if (printing) this.start();
  }

  /** Called when the widget comes near the viewport: from now on it renders. */
  start() {
    if (this.#started) return;
    this.#started = true;
    if (this.isConnected) this.#render();
  }

  connectedCallback() {
    if (!this.#root) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      this.#instance = ++instances;
      let style;
      if (inlined?.css) {
        style = document.createElement('style');
        style.textContent = inlined.css;
        this.#styled = Promise.resolve();
      } else {
        style = document.createElement('link');
        style.rel = 'stylesheet';
        style.href = new URL('role-explainer.css', here).href;
        this.#styled = new Promise((done) => { style.onload = style.onerror = done; });
      }
      const reused = stopped === null ? parked.pop() : undefined;
      if (reused) {
        this.#root = reused.root;
        this.#widget = reused.widget;
      } else {
        this.#root = document.createElement('div');
        this.#root.className = 'rx-root';
        // Off screen, the widget is not laid out until first near (see .unseen in the CSS).
        // Not in a frame: the frame's height follows the widget's real one from the start.
        if (window.top === window) {
          this.#root.classList.add('unseen');
          firstNear.observe(this.#root);
        }
        // Until the widget mounts, the element's own content (a fallback table) stays visible.
        this.#root.append(document.createElement('slot'));
      }
      shadow.replaceChildren(style, this.#root);
    }
    if (this.hasAttribute('sync-hash')) {
      this.#hash = location.hash;
      this.#writtenHash = location.hash.slice(1);
      window.addEventListener('hashchange', this.#onHashChange);
      this.addEventListener('role-explainer:change', this.#onChange);
      this.addEventListener('role-explainer:ready', this.#onChange);
      this.addEventListener('click', this.#onClick, true);
      window.addEventListener('pagehide', this.#flushHash);
    }
    document.addEventListener('fullscreenchange', this.#onFullscreenChange);
    live.add(this);
    if (stopped !== null) {
      this.stop(stopped);
    } else if (this.#started || this.hasAttribute('eager')) {
      this.#started = true;
      this.#render();
    } else {
      // Fetch and compile once the page is idle, render when near (a printout may need the
      // wasm before the reader scrolls there).
      pageIdle.then(() => {
        if (!this.isConnected) return;
        loadWasm().catch(() => {});
        this.#prefetch();
      });
      nearViewport.observe(this);
    }
  }

  /** Replaces the widget with an error panel after a panic; the page itself keeps working. */
  stop(reason) {
    this.#widget = null;
    this.#generation += 1;
    if (!this.shadowRoot) return;
    const panel = document.createElement('div');
    panel.className = 'rx-root';
    panel.append(alertMessage(`This explainer stopped working (${reason}). Reload the page to try again.`));
    // A fresh root: the old one still carries listeners into the stopped wasm.
    const style = this.shadowRoot.firstChild;
    this.shadowRoot.replaceChildren(style, panel);
    this.#root = panel;
  }

  disconnectedCallback() {
    live.delete(this);
    nearViewport.unobserve(this);
    if (this.#root) firstNear.unobserve(this.#root);
    document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
    window.removeEventListener('hashchange', this.#onHashChange);
    this.removeEventListener('role-explainer:change', this.#onChange);
    this.removeEventListener('role-explainer:ready', this.#onChange);
    this.removeEventListener('click', this.#onClick, true);
    window.removeEventListener('pagehide', this.#flushHash);
    this.#flushHash();
    this.#generation += 1;
    const widget = this.#widget;
    if (widget && stopped === null) {
      // Empty the app (its components, DOM and state go) and park it for the next widget.
      widget.update(this, JSON.stringify({ parked: true }));
      this.#root.remove();
      if (parked.length < MAX_PARKED) parked.push({ root: this.#root, widget });
      else widget.destroy();
    }
    this.#widget = null;
    this.#root = null;
  }

  attributeChangedCallback() {
    if (this.#root && this.isConnected) this.#render();
  }

  /** Starts fetching the built-in dataset this widget will show, if it shows one. */
  #prefetch() {
    const lang = shipped(this.getAttribute('lang'));
    if (lang && lang !== 'en') uiText(lang);
    const dataset = this.getAttribute('dataset');
    if (this.querySelector(':scope > script[type="application/json"]') || (dataset && isUrl(dataset))) return;
    const file = builtinFile(dataset ?? 'pm-vs-po', this.getAttribute('lang'));
    if (file) builtinText(file);
  }

  /** Reads the configuration from attributes, inline JSON or a dataset URL. */
  async #config() {
    const config = {};
    for (const name of ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value !== null) config[name] = value;
    }
    config.dir = getComputedStyle(this).direction;
    config.seed ??= this.#seed;
    config.instance = this.#instance;
    // Inside an iframe without allowfullscreen the API is off: the widget then hides its button.
    if (document.fullscreenEnabled) config.fullscreen = document.fullscreenElement === this ? 'active' : 'available';
    if (this.#hash !== null) config.hash = this.#hash;
    if (printing) config.printing = true;
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) {
      config.datasetText = inline.textContent;
      delete config.dataset;
    } else if (config.dataset && isUrl(config.dataset)) {
      const url = new URL(config.dataset, document.baseURI).href;
      delete config.dataset;
      // Re-renders (attribute changes, full screen, the hash) reuse a successful download;
      // a failed one is tried again next time.
      if (this.#download?.url !== url) this.#download = { url, result: download(url) };
      const result = await this.#download.result;
      if (result.datasetError) this.#download = null;
      Object.assign(config, result);
    } else {
      // A built-in id (unknown ones go to the wasm, which names the ones there are).
      const file = builtinFile(config.dataset ?? 'pm-vs-po', config.lang);
      if (file) Object.assign(config, await builtinText(file));
    }
    return config;
  }

  async #render() {
    if (stopped !== null) {
      this.stop(stopped);
      return;
    }
    if (!this.#started) return;
    const generation = ++this.#generation;
    try {
      if (!this.hasAttribute('eager')) await pageIdle;
      const [config] = await Promise.all([this.#config(), loadWasm(), this.#styled]);
      await ensureLanguage(uiLang(config));
      if (generation !== this.#generation || !this.isConnected) return;
      const settings = JSON.stringify(config);
      if (this.#widget) this.#widget.update(this, settings);
      else this.#widget = mount(this.#root, this, settings);
    } catch (error) {
      // Never a blank box: say what went wrong where the widget would be.
      console.error('role-explainer:', error);
      // The slot keeps the element's fallback table in view under the message.
      this.#root.replaceChildren(alertMessage(`This explainer could not start: ${error.message || error}`), document.createElement('slot'));
    }
  }
}

if (!customElements.get('role-explainer')) customElements.define('role-explainer', RoleExplainer);
