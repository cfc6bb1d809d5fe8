import { serve, launch } from '../tests/e2e/harness.mjs';
const widgets = (n) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${n} widgets</title>
  <link rel="icon" href="/favicon.svg"><link rel="modulepreload" href="/role-explainer.js">
  <link rel="preload" href="/pkg/role-explainer_bg.wasm" as="fetch" type="application/wasm" crossorigin>
  <script type="module" src="/role-explainer.js"></script></head><body>
  ${Array.from({ length: n }, (_, i) => `<role-explainer id="w${i}" eager mode="${i % 2 ? 'explore' : 'compare'}"></role-explainer>`).join('\n')}
  </body></html>`;
const server = await serve({ compress: true, root: process.env.DIST2 || undefined, pages: { '/twenty.html': widgets(20), '/one.html': widgets(1) } });
const browser = await launch();
for (let r = 0; r < 4; r++) for (const [p, n] of [['/one.html', 1], ['/twenty.html', 20]]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => { window.__ready = []; document.addEventListener('role-explainer:ready', () => window.__ready.push(performance.now()));
    const wis = WebAssembly.instantiate; WebAssembly.instantiate = async (...a) => { window.__i0 = performance.now(); const x = await wis.apply(WebAssembly, a); window.__i1 = performance.now(); return x; }; });
  await page.goto(`${server.url}${p}`, { waitUntil: 'load' });
  await page.waitForFunction((n) => window.__ready.length >= n, n);
  const x = await page.evaluate(() => ({ i0: window.__i0, i1: window.__i1, load: performance.getEntriesByType('navigation')[0].loadEventEnd, css: performance.getEntriesByType('resource').filter(r=>r.name.endsWith('.css')).map(r=>Math.round(r.responseEnd)).join(','), ready: window.__ready.map(Math.round).join(' ') }));
  console.log(p, Math.round(x.load), Math.round(x.i0), Math.round(x.i1), 'css', x.css, '|', x.ready);
  await context.close();
}
await browser.close(); await server.close();
