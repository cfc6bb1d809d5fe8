// Shared end-to-end harness: a static server for dist/ on 127.0.0.1 and Debian's Chromium
// driven by playwright-core. Test files import from here.
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = normalize(join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
export const DIST = join(ROOT, 'dist');
export const SCREENSHOTS = join(ROOT, 'target', 'screenshots');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Serves dist/ (or `root`) on a free port. `pages` maps extra paths to HTML strings (test-only pages);
 * `routes` maps path prefixes to other folders (such as an npm package's files);
 * `headers(path)` may add response headers. Every request is recorded in `requests`.
 * `port` 0 picks a free one.
 * `compress` serves files brotli-compressed to clients that accept it, as a real static host
 * or CDN does (the performance scripts measure with it; tests see the plain bytes).
 */
export async function serve({ pages = {}, routes = {}, headers = () => ({}), root: distRoot = DIST, compress = false, port = 0 } = {}) {
  const requests = [];
  const compressed = new Map();
  const brotli = (file, body) => {
    if (!compressed.has(file)) {
      compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    return compressed.get(file);
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const extra = { 'Cache-Control': 'no-store', ...headers(path) };
    if (pages[path] !== undefined) {
      res.writeHead(200, { 'Content-Type': TYPES['.html'], ...extra });
      res.end(pages[path]);
      return;
    }
    const prefix = Object.keys(routes).find((p) => path.startsWith(p));
    const root = prefix ? routes[prefix] : distRoot;
    const rest = prefix ? path.slice(prefix.length - 1) : path;
    const file = normalize(join(root, rest.endsWith('/') ? `${rest}index.html` : rest));
    if (!file.startsWith(root)) { res.writeHead(403); res.end(); return; }
    try {
      let body = await readFile(file);
      const type = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (compress && /\bbr\b/.test(req.headers['accept-encoding'] ?? '') && extname(file) !== '.png') {
        body = brotli(file, body);
        Object.assign(type, { 'Content-Encoding': 'br', Vary: 'Accept-Encoding' });
      }
      res.writeHead(200, { ...type, ...extra });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve, reject) => { server.once('error', reject); server.listen(port, '127.0.0.1', resolve); });
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, requests, close: () => new Promise((r) => server.close(r)) };
}

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A page that records console errors and uncaught exceptions into `errors`. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, errors, context };
}

export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Waits until the widget has replaced its placeholder with the explainer or an error. Widgets
 * start when they come near the viewport, so scroll to it first, as a reader would.
 */
export async function widgetReady(locator) {
  await locator.scrollIntoViewIfNeeded().catch(() => {});
  await locator.locator('.rx').or(locator.locator('.rx-error')).first().waitFor();
}

/**
 * Waits until the widget shows the explainer itself, found as a reader finds it (its tabs),
 * and fails if it shows its error panel instead.
 */
export async function widgetWorking(locator) {
  await widgetReady(locator);
  const error = locator.locator('.rx-error');
  if (await error.count()) throw new Error(`the widget shows its error panel: ${await error.first().innerText()}`);
  await locator.getByRole('tablist').first().waitFor();
}
