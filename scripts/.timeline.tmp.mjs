import { serve, launch } from '../tests/e2e/harness.mjs';
const server = await serve({ compress: true, root: process.env.BENCH_DIST || undefined });
const browser = await launch();
const out = [];
for (let i = 0; i < 7; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__t = {};
    const mark = (k) => { window.__t[k] ??= performance.now(); };
    document.addEventListener('role-explainer:ready', () => mark('ready'));
    window.addEventListener('load', () => mark('load'));
    const ric = window.requestIdleCallback;
    window.requestIdleCallback = (cb, o) => ric((d) => { mark('idle'); cb(d); }, o);
    const wi = WebAssembly.instantiate;
    WebAssembly.instantiate = async (...a) => { mark('instStart'); const r = await wi.apply(WebAssembly, a); mark('instEnd'); return r; };
    const wis = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = async (...a) => { mark('instStart'); const r = await wis.apply(WebAssembly, a); mark('instEnd'); return r; };
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__t['lt' + Math.round(e.startTime)] = Math.round(e.duration); }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${server.url}/blog-post.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__t.ready);
  const t = await page.evaluate(() => {
    const res = Object.fromEntries(performance.getEntriesByType('resource').filter((r) => /wasm|json|role-explainer\.(js|css)/.test(r.name)).map((r) => [r.name.split('/').pop(), `${Math.round(r.startTime)}-${Math.round(r.responseEnd)}`]));
    const nav = performance.getEntriesByType('navigation')[0];
    return { ...window.__t, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime, dcl: nav.domContentLoadedEventEnd, loadEnd: nav.loadEventEnd, ...res };
  });
  out.push(t);
  await context.close();
}
for (const t of out) console.log(JSON.stringify(t, (k, v) => typeof v === 'number' ? Math.round(v) : v));
await browser.close(); await server.close();
