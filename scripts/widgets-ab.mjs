// `make bench-widgets-ab BEFORE=<an older build's dist>`: navigation → all widgets ready for 1
// and 20 eager widgets (bench's (d)), the two builds taking turns page by page in one run, so a
// busy minute on the machine weighs on both alike. More folders may follow as arguments.
import { serve, launch } from '../tests/e2e/harness.mjs';
import { untilReady } from './click-latency.mjs';
const widgets = (n) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${n} widgets</title>
  <link rel="icon" href="/favicon.svg"><link rel="modulepreload" href="/role-explainer.js">
  <link rel="preload" href="/pkg/role-explainer_bg.wasm" as="fetch" type="application/wasm" crossorigin>
  <script type="module" src="/role-explainer.js"></script></head><body>
  ${Array.from({ length: n }, (_, i) => `<role-explainer id="w${i}" eager mode="${i % 2 ? 'explore' : 'compare'}"></role-explainer>`).join('\n')}
  </body></html>`;
const dirs = process.argv.slice(2);
if (dirs.length < 2) { console.error('bench-widgets-ab: give BEFORE=<folder of an older build>'); process.exit(2); }
const servers = await Promise.all(dirs.map((root) => serve({ compress: true, root, pages: { '/twenty.html': widgets(20), '/one.html': widgets(1) } })));
const browser = await launch();
async function visit(server, path, n) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => { window.__ready = []; document.addEventListener('role-explainer:ready', () => window.__ready.push(performance.now())); });
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await untilReady(page, n);
  const r = await page.evaluate(() => window.__ready[window.__ready.length - 1]);
  await context.close();
  return r;
}
const res = dirs.map(() => ({ one: [], twenty: [] }));
for (let r = 0; r < (+process.env.RUNS || 15); r++) for (let i = 0; i < dirs.length; i++) {
  res[i].one.push(await visit(servers[i], '/one.html', 1));
  res[i].twenty.push(await visit(servers[i], '/twenty.html', 20));
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
dirs.forEach((d, i) => console.log(d.padEnd(28), `one ${med(res[i].one).toFixed(1)}  twenty ${med(res[i].twenty).toFixed(1)}  ×${(med(res[i].twenty) / med(res[i].one)).toFixed(2)}`));
await browser.close(); await Promise.all(servers.map((s) => s.close()));
