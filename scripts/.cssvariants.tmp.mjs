// Interleaved: for each CSS variant dir, the twenty-widget page's post-mount layout task (ms).
import { serve, launch } from '../tests/e2e/harness.mjs';
const widgets = (n) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${n} widgets</title>
  <link rel="icon" href="/favicon.svg"><link rel="modulepreload" href="/role-explainer.js">
  <link rel="preload" href="/pkg/role-explainer_bg.wasm" as="fetch" type="application/wasm" crossorigin>
  <script type="module" src="/role-explainer.js"></script></head><body>
  ${Array.from({ length: n }, (_, i) => `<role-explainer id="w${i}" eager mode="${i % 2 ? 'explore' : 'compare'}"></role-explainer>`).join('\n')}
  </body></html>`;
const dirs = process.argv.slice(2);
const servers = await Promise.all(dirs.map((root) => serve({ compress: true, root, pages: { '/twenty.html': widgets(20), '/one.html': widgets(1) } })));
const browser = await launch();
const res = dirs.map(() => ({ layout: [], style: [], ready: [], mount: [] }));
async function run(server, path, n) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await page.addInitScript(() => { window.__ready = []; document.addEventListener('role-explainer:ready', () => window.__ready.push(performance.now())); });
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.waitForFunction((n) => window.__ready.length >= n, n);
  const ready = await page.evaluate(() => Math.max(...window.__ready));
  await page.waitForTimeout(300);
  await cdp.send('Tracing.end'); await done;
  await context.close();
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.tid === e.tid && x.name === 'FunctionCall'));
  const ev = events.filter((e) => e.tid === main.tid && e.ph === 'X');
  const sum = (n) => ev.filter((e) => e.name === n).reduce((t, e) => t + e.dur / 1000, 0);
  return { layout: sum('Layout'), style: sum('UpdateLayoutTree'), ready, mount: sum('FunctionCall') };
}
const path = process.env.PAGE || '/twenty.html';
const n = path.includes('twenty') ? 20 : 1;
for (let r = 0; r < (+process.env.RUNS || 5); r++) for (let i = 0; i < dirs.length; i++) {
  const x = await run(servers[i], path, n);
  for (const k of Object.keys(x)) res[i][k].push(x[k]);
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
dirs.forEach((d, i) => console.log(d.padEnd(24), Object.entries(res[i]).map(([k, v]) => `${k} ${med(v).toFixed(1)}`).join('  ')));
await browser.close(); await Promise.all(servers.map((s) => s.close()));
