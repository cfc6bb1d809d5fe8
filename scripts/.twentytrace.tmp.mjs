import { serve, launch } from '../tests/e2e/harness.mjs';
const widgets = (n) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${n} widgets</title>
  <link rel="icon" href="/favicon.svg"><link rel="modulepreload" href="/role-explainer.js">
  <link rel="preload" href="/pkg/role-explainer_bg.wasm" as="fetch" type="application/wasm" crossorigin>
  <script type="module" src="/role-explainer.js"></script></head><body>
  ${Array.from({ length: n }, (_, i) => `<role-explainer id="w${i}" eager mode="${i % 2 ? 'explore' : 'compare'}"></role-explainer>`).join('\n')}
  </body></html>`;
const server = await serve({ compress: true, root: process.env.DIST2 || undefined, pages: { '/one.html': widgets(1), '/twenty.html': widgets(20) } });
const browser = await launch();
const RUNS = 4;
async function run(path, n) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,v8.wasm,v8,blink,loading', transferMode: 'ReportEvents' });
  await page.addInitScript(() => { window.__ready = []; document.addEventListener('role-explainer:ready', () => { window.__ready.push(performance.now()); if (window.__ready.length === (document.querySelectorAll('role-explainer').length)) performance.mark('rx-all-ready'); }); });
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.waitForFunction((n) => window.__ready.length >= n, n);
  await page.waitForTimeout(100);
  await cdp.send('Tracing.end'); await done;
  await context.close();
  const mark = events.find((e) => e.name === 'rx-all-ready');
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.tid === e.tid && x.name === 'FunctionCall'));
  const ev = events.filter((e) => e.tid === main.tid && e.ph === 'X' && e.ts + e.dur <= mark.ts);
  const sums = {};
  for (const e of ev) sums[e.name] = (sums[e.name] || 0) + e.dur / 1000;
  return sums;
}
const acc = { one: {}, twenty: {} };
for (let i = 0; i < RUNS; i++) {
  for (const [k, p, n] of [['one', '/one.html', 1], ['twenty', '/twenty.html', 20]]) {
    const s = await run(p, n);
    for (const [name, v] of Object.entries(s)) acc[k][name] = (acc[k][name] || 0) + v / RUNS;
  }
}
const names = new Set([...Object.keys(acc.one), ...Object.keys(acc.twenty)]);
const rows = [...names].map((n) => [n, acc.one[n] || 0, acc.twenty[n] || 0]).sort((a, b) => (b[2] - b[1]) - (a[2] - a[1])).slice(0, 40);
for (const [n, a, b] of rows) console.log(a.toFixed(1).padStart(7), b.toFixed(1).padStart(7), ((b - a) / 19).toFixed(2).padStart(6), n);
await browser.close(); await server.close();
