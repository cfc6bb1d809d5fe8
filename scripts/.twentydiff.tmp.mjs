import { serve, launch } from '../tests/e2e/harness.mjs';
const widgets = (n) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${n} widgets</title>
  <link rel="icon" href="/favicon.svg"><link rel="modulepreload" href="/role-explainer.js">
  <link rel="preload" href="/pkg/role-explainer_bg.wasm" as="fetch" type="application/wasm" crossorigin>
  <script type="module" src="/role-explainer.js"></script></head><body>
  ${Array.from({ length: n }, (_, i) => `<role-explainer id="w${i}" eager mode="${i % 2 ? 'explore' : 'compare'}"></role-explainer>`).join('\n')}
  </body></html>`;
const server = await serve({ compress: true, root: process.env.DIST2 || undefined, pages: { '/twenty.html': widgets(20), '/one.html': widgets(1) } });
const browser = await launch();
const all = {};
for (const [path, N] of [['/one.html', 1], ['/twenty.html', 20]]) { const agg = all[path] = {};
for (let r = 0; r < 5; r++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.addInitScript(() => { window.__ready = []; document.addEventListener('role-explainer:ready', () => window.__ready.push(performance.now())); });
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.waitForFunction((n) => window.__ready.length >= n, N);
  const { profile } = await cdp.send('Profiler.stop');
  await context.close();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas; const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) || 0) + (dt[i] || 0)));
  for (const [id, us] of self) { const n = byId.get(id); const name = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`; agg[name] = (agg[name] || 0) + us / 1000 / 5; }
}
}
const one = all['/one.html'], tw = all['/twenty.html']; const keys = new Set([...Object.keys(one), ...Object.keys(tw)]); const diff = {}; for (const k of keys) diff[k] = ((tw[k] || 0) - (one[k] || 0)) / 19; console.log('total one', Object.entries(one).filter(([k])=>k.trim()!=='(idle)').reduce((t,[,v])=>t+v,0).toFixed(1), 'twenty', Object.entries(tw).filter(([k])=>k.trim()!=='(idle)').reduce((t,[,v])=>t+v,0).toFixed(1));
const rows = Object.entries(diff).sort((a, b) => b[1] - a[1]).slice(0, 45);
for (const [k, v] of rows) console.log(v.toFixed(1).padStart(7), k.slice(0, 140));
await browser.close(); await server.close();
