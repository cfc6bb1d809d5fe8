// <role-explainer>: the one script an embedder loads. It defines the custom element, renders
// each instance into an open shadow root, and shares one wasm instantiation between them all.
// The wasm and CSS resolve relative to this file, so a CDN or a sub-folder works.
import init, { mount } from './pkg/role-explainer.js';

const here = import.meta.url;
// The offline single-file build inlines the wasm bytes and the CSS here (see scripts/offline.mjs).
const inlined = globalThis.__roleExplainerInline;
// Two builds of the same widget. The lean one (compare, explore and presenting, English
// interface) is what a widget loads first. The full one adds the quiz and the other interface
// languages: a widget switches to it when its reader opens the quiz (its state goes along) or
// when it speaks another language, so a default embed never downloads it. The offline file
// inlines only the full one. The build writes each wasm's SRI hash over its placeholder
// (scripts/stamp-wasm-integrity.sh), so a `.wasm` changed after the build (a tampered CDN copy)
// is refused rather than run; unbuilt, the placeholders check nothing.
const builds = {
  lean: {
    glue: async () => ({ default: init, mount }),
    wasm: 'pkg/role-explainer_bg.wasm',
    integrity: '@ROLE_EXPLAINER_WASM_INTEGRITY@',
    // Yew never frees the event listeners it puts on an app's root element, so every app it
    // mounts and destroys leaks that root (and, through it, the element). Removed widgets
    // therefore park their emptied app here, and new widgets take one over instead of mounting.
    parked: [],
  },
  full: {
    glue: loadFullGlue,
    wasm: 'pkg/role-explainer-full_bg.wasm',
    integrity: '@ROLE_EXPLAINER_FULL_WASM_INTEGRITY@',
    glueIntegrity: '@ROLE_EXPLAINER_FULL_GLUE_INTEGRITY@',
    parked: [],
    // Interface languages installed in this build (the lean one speaks only English).
    installed: new Set(['en']),
  },
};
const firstBuild = inlined?.wasm ? builds.full : builds.lean;
const ATTRIBUTES = ['dataset', 'mode', 'attributes', 'lang', 'theme', 'seed', 'reveal', 'header', 'presenting', 'layout', 'print'];
// Set when the wasm panicked: it is then unusable for every widget on the page.
let stopped = null;
const live = new Set();
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

/** A build-time hash, or nothing to check against when the script was not built. */
const checkable = (integrity) => (integrity.startsWith('sha384-') ? integrity : undefined);

/** Why a file checked against its build-time hash could not be had: the browser says only
 * "failed" for both a network error and a changed file; a second fetch without the hash tells
 * them apart (it happens only on this error path). */
async function whyNot(url, integrity, error) {
  const changed = integrity && (await fetch(url, { cache: 'no-store' }).then((r) => r.ok, () => false));
  if (!changed) return error;
  return new Error(`its code (${url.pathname}) does not match the file this script was built with, so it was not run. Reload the page; if it stays, the site's copy has been changed.`);
}

// The full build's glue module puts its exports here (scripts/minify-embed.sh wraps it).
const FULL_GLUE = Symbol.for('role-explainer.full-glue');
let glueAttempts = 0;

/** The full build's glue: a module script with the hash built into this script, so the tag's
 * hash covers it too (an `import()` would run a changed file). The offline file inlines it. */
function loadFullGlue() {
  if (globalThis[FULL_GLUE]) return Promise.resolve(globalThis[FULL_GLUE]);
  const url = new URL('pkg/role-explainer-full.js', here);
  // A module that failed to load stays failed under its URL: a retry asks under a new one.
  if (glueAttempts++) url.search = `?retry=${glueAttempts}`;
  const integrity = checkable(builds.full.glueIntegrity);
  return new Promise((resolve, reject) => {
    // A page whose CSP allows scripts by nonce gave this script one; the glue needs it too.
    const nonce = [...document.scripts].find((s) => s.src === here)?.nonce;
    const script = Object.assign(document.createElement('script'), { type: 'module', src: url.href, crossOrigin: 'anonymous', nonce });
    if (integrity) script.integrity = integrity;
    script.onload = () => (globalThis[FULL_GLUE] ? resolve(globalThis[FULL_GLUE]) : reject(new Error(`${url.pathname} has no glue`)));
    script.onerror = () => {
      script.remove();
      whyNot(url, integrity, new Error(`could not load ${url.pathname}`)).then(reject);
    };
    document.head.append(script);
  });
}

/** A build's wasm, checked against its build-time hash. */
async function fetchWasm(build) {
  const url = new URL(build.wasm, here);
  const integrity = checkable(build.integrity);
  try {
    return await fetch(url, { integrity });
  } catch (error) {
    throw await whyNot(url, integrity, error);
  }
}

/** Instantiates a build's wasm once, on first use; its glue module once ready. */
function loadWasm(build) {
  build.ready ??= (async () => {
    // The glue and the wasm download side by side.
    const [glue, module] = await Promise.all([build.glue(), inlined?.wasm ?? fetchWasm(build)]);
    await glue.default({ module_or_path: module });
    return glue;
  })();
  // A failed load (the network) is tried again next time.
  build.ready.catch(() => { build.ready = undefined; });
  return build.ready;
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
    // Before a built-in dataset is read, its file name says its language.
    datasetLang = config.datasetText !== undefined ? JSON.parse(config.datasetText).lang
      : /\.(\w+)\.json$/.exec(builtinFile(config.dataset ?? 'pm-vs-po', config.lang) ?? '')?.[1];
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

/** Makes sure the full build speaks `lang`; if its file cannot be had, the interface stays English. */
async function ensureLanguage(glue, lang) {
  const { installed } = builds.full;
  if (installed.has(lang)) return;
  const result = await uiText(lang);
  if (installed.has(lang)) return;
  const problem = result.datasetError ?? glue.installLanguage(result.datasetText);
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

  // The build this widget uses (the lean one until it needs the full one), and the build its
  // mounted app belongs to.
  #build = firstBuild;
  #mounted = null;
  // The widget's last report, and whether the reader's opening the quiz is moving it to the
  // full build, which then goes on from the lean widget's state.
  #lastReport = null;
  #handover = false;
  // Says that the quiz could not be loaded, above the lean widget that stays.
  #notice = null;
  #onReport = (event) => {
    if (event.target !== this) return;
    this.#lastReport = event.detail;
    if (event.detail?.mode === 'quiz') this.#toFull();
  };
  // A pointer over the Quiz tab, or focus on it, starts fetching the full build (once: after a
  // failure only a click retries); a click on it while the lean widget already shows the quiz's
  // place (its loading failed) tries again.
  #onIntent = (event) => {
    if (this.#build !== builds.lean || !event.composedPath().some((t) => t.id?.endsWith?.('-quiz-tab'))) return;
    if (event.type !== 'click') {
      if (!glueAttempts) loadWasm(builds.full).catch(() => {});
    } else if (this.#lastReport?.mode === 'quiz') this.#toFull();
  };

  /** The lean widget's reader opened the quiz: the widget moves to the full build. */
  #toFull() {
    if (this.#build !== builds.lean || !this.#lastReport) return;
    this.#build = builds.full;
    this.#handover = true;
    this.#render();
  }

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
        // Not needed for the host page's first paint (the fallback table shows meanwhile), so
        // it does not go before the page's own stylesheets and images.
        style.fetchPriority = 'low';
        style.href = new URL('role-explainer.css', here).href;
        this.#styled = new Promise((done) => { style.onload = style.onerror = done; });
      }
      // What is known before any download: the attributes, and an inline dataset's language (a
      // dataset URL's only once it is fetched).
      const known = this.#attributes();
      const inline = this.#inlineDataset();
      if (inline) known.datasetText = inline.textContent;
      if (this.#needsFull(known)) this.#build = builds.full;
      const reused = stopped === null ? this.#build.parked.pop() : undefined;
      if (reused) {
        this.#root = reused.root;
        this.#widget = reused.widget;
        this.#mounted = this.#build;
      } else {
        this.#root = document.createElement('div');
        this.#root.className = 'rx-root';
        // Off screen, the widget is not laid out until first near (see .unseen in the CSS).
        // Not in a frame: the frame's height follows the widget's real one from the start.
        if (window.top === window) {
          const root = this.#root;
          root.classList.add('unseen');
          // Asked once the stylesheet sizes the unseen box: before that an empty element has no
          // height, so every widget on the page would count as near and be laid out.
          this.#styled.then(() => { if (this.#root === root && this.isConnected) firstNear.observe(root); });
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
    this.addEventListener('role-explainer:ready', this.#onReport);
    this.addEventListener('role-explainer:change', this.#onReport);
    this.addEventListener('pointerover', this.#onIntent, { passive: true });
    this.addEventListener('focusin', this.#onIntent);
    this.addEventListener('click', this.#onIntent);
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
        loadWasm(this.#build).catch(() => {});
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
    this.removeEventListener('role-explainer:ready', this.#onReport);
    this.removeEventListener('role-explainer:change', this.#onReport);
    this.removeEventListener('pointerover', this.#onIntent);
    this.removeEventListener('focusin', this.#onIntent);
    this.removeEventListener('click', this.#onIntent);
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
      this.#park(this.#root, widget, this.#mounted);
    }
    this.#widget = null;
    this.#mounted = null;
    this.#root = null;
    this.#notice?.remove();
    this.#notice = null;
  }

  /** Keeps an emptied app for a later widget of the same build (see `parked`). */
  #park(root, widget, build) {
    if (build.parked.length < MAX_PARKED) build.parked.push({ root, widget });
    else widget.destroy();
  }

  attributeChangedCallback() {
    if (this.#root && this.isConnected) this.#render();
  }

  /** Starts fetching the built-in dataset this widget will show, if it shows one. */
  #prefetch() {
    const lang = shipped(this.getAttribute('lang'));
    if (lang && lang !== 'en') uiText(lang);
    const dataset = this.getAttribute('dataset');
    if (this.#inlineDataset() || (dataset && isUrl(dataset))) return;
    const file = builtinFile(dataset ?? 'pm-vs-po', this.getAttribute('lang'));
    if (file) builtinText(file);
  }

  /** The author's dataset written inside the element, if any. */
  #inlineDataset() {
    return this.querySelector(':scope > script[type="application/json"]');
  }

  /** The element's attributes that are set, by name. */
  #attributes() {
    const config = {};
    for (const name of ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value !== null) config[name] = value;
    }
    return config;
  }

  /** Whether the widget starts in the quiz or speaks a language other than English: the full
   * build's work. (A lean widget also moves when its reader opens the quiz, see #onReport.) */
  #needsFull(config, lang = uiLang(config)) {
    const hashMode = /(?:^#?|&)mode=([^&]*)/.exec(config.hash ?? '')?.[1];
    return (hashMode ?? config.mode ?? '').trim().toLowerCase() === 'quiz' || lang !== 'en';
  }

  /** Reads the configuration from attributes, inline JSON or a dataset URL. */
  async #config() {
    const config = this.#attributes();
    config.dir = getComputedStyle(this).direction;
    config.seed ??= this.#seed;
    config.instance = this.#instance;
    // Inside an iframe without allowfullscreen the API is off: the widget then hides its button.
    if (document.fullscreenEnabled) config.fullscreen = document.fullscreenElement === this ? 'active' : 'available';
    if (this.#hash !== null) config.hash = this.#hash;
    if (printing) config.printing = true;
    const inline = this.#inlineDataset();
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

  /** Moves the widget to another build (the lean one's reader opened the quiz): mounts the
   * new app beside the old, swaps them, and parks the old one. Focus stays on the view tabs. */
  #moveTo(build, glue, settings) {
    const hadFocus = this.shadowRoot.activeElement !== null;
    const reused = build.parked.pop();
    const root = reused?.root ?? document.createElement('div');
    root.className = 'rx-root';
    const widget = reused?.widget ?? glue.mount(root, this, settings);
    if (reused) widget.update(this, settings);
    const [oldRoot, oldWidget, oldBuild] = [this.#root, this.#widget, this.#mounted];
    oldRoot.replaceWith(root);
    [this.#root, this.#widget, this.#mounted] = [root, widget, build];
    oldWidget.update(this, JSON.stringify({ parked: true }));
    this.#park(oldRoot, oldWidget, oldBuild);
    // Yew renders the new app in a task of its own.
    if (hadFocus) setTimeout(() => root.querySelector('[role="tab"][aria-selected="true"]')?.focus());
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
      // The build's download starts with the configuration's (a dataset's own language can
      // still ask for the full build once it is read).
      loadWasm(this.#build).catch(() => {});
      const [config] = await Promise.all([this.#config(), this.#styled]);
      // Read once: an inline dataset's language means parsing its JSON.
      const lang = uiLang(config);
      if (this.#needsFull(config, lang)) this.#build = builds.full;
      const build = this.#build;
      const glue = await loadWasm(build);
      if (build === builds.full) await ensureLanguage(glue, lang);
      if (generation !== this.#generation || !this.isConnected) return;
      // The reader's latest state (they may have gone on while the full build loaded): the
      // link's and the presenter's and toggles', read once by the app the full build mounts.
      if (this.#handover && this.#mounted !== build) config.handover = this.#widget?.handOver() ?? '';
      const settings = JSON.stringify(config);
      this.#notice?.remove();
      this.#notice = null;
      if (this.#mounted === build) this.#widget.update(this, settings);
      else if (this.#widget) {
        this.#moveTo(build, glue, settings);
        this.#handover = false;
      }
      else {
        this.#widget = glue.mount(this.#root, this, settings);
        this.#mounted = build;
      }
    } catch (error) {
      // A later render is under way and says how it went (the same failure, or not).
      if (generation !== this.#generation) return;
      if (this.#widget && this.#mounted !== this.#build) {
        // The full build could not load: the lean widget stays, with its other views (and
        // English). Opening the quiz again, or the next render, tries again.
        console.error('role-explainer:', error);
        const [what, next] = this.#handover ? ['The quiz', 'Open Quiz again to retry.'] : ['This language', 'The explainer shows in English.'];
        this.#build = this.#mounted;
        this.#handover = false;
        this.#notice?.remove();
        this.#notice = alertMessage(`${what} could not be loaded (${error.message || error}). ${next}`);
        this.#root.before(this.#notice);
        return;
      }
      // Never a blank box: say what went wrong where the widget would be.
      console.error('role-explainer:', error);
      // The slot keeps the element's fallback table in view under the message.
      this.#root.replaceChildren(alertMessage(`This explainer could not start: ${error.message || error}`), document.createElement('slot'));
    }
  }
}

if (!customElements.get('role-explainer')) customElements.define('role-explainer', RoleExplainer);
