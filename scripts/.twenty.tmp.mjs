import { serve, launch } from '../tests/e2e/harness.mjs';
const widgets = (n) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${n} widgets</title>
  <link rel="icon" href="/favicon.svg"><link rel="modulepreload" href="/role-explainer.js">
  <link rel="preload" href="/pkg/role-explainer_bg.wasm" as="fetch" type="application/wasm" crossorigin>
  <script type="module" src="/role-explainer.js"></script></head><body>
  ${Array.from({ length: n }, (_, i) => `<role-explainer id="w${i}" eager mode="${i % 2 ? 'explore' : 'compare'}"></role-explainer>`).join('\n')}
  </body></html>`;
const server = await serve({ compress: true, root: process.env.BENCH_DIST || undefined, pages: { '/one.html': widgets(1), '/twenty.html': widgets(20) } });
const browser = await launch();
async function run(path, n) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.wasm,v8', transferMode: 'ReportEvents' });
  await page.addInitScript(() => { window.__ready = []; document.addEventListener('role-explainer:ready', () => window.__ready.push(performance.now())); });
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.waitForFunction((n) => window.__ready.length >= n, n);
  const ready = await page.evaluate(() => Math.max(...window.__ready));
  await page.waitForTimeout(200);
  await cdp.send('Tracing.end'); await done;
  await context.close();
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.tid === e.tid && x.name === 'FunctionCall'));
  const ev = events.filter((e) => e.tid === main.tid && e.ph === 'X');
  const sums = {};
  for (const e of ev) sums[e.name] = (sums[e.name] || 0) + e.dur / 1000;
  const keys = ['RunTask', 'FunctionCall', 'wasm.CompileLazy', 'ParseHTML', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'ParseAuthorStyleSheet', 'EvaluateScript', 'v8.compile', 'CompileScript', 'RecalculateStyles', 'HitTest'];
  return { ready: Math.round(ready), ...Object.fromEntries(keys.map((k) => [k, +(sums[k] || 0).toFixed(1)])) , fcount: ev.filter(e=>e.name==='UpdateLayoutTree').length };
}
for (let i = 0; i < 3; i++) {
  console.log('one   ', JSON.stringify(await run('/one.html', 1)));
  console.log('twenty', JSON.stringify(await run('/twenty.html', 20)));
}
await browser.close(); await server.close();
