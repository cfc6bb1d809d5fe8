// `make bench-ab BEFORE=<an older build's dist>`: click → next paint at 4× CPU for a chip toggle,
// an explore pick and a quiz answer, on that build and on dist/, interleaved page by page
// (4 rounds × 20 clicks each, the order flipped every round), so both builds share the
// machine's load minute by minute. `make bench`'s back-to-back runs cannot promise that on a
// shared machine.
import { serve, launch } from '../tests/e2e/harness.mjs';

const before = process.env.BEFORE;
if (!before) { console.error('bench-ab: give BEFORE=<folder of an older build>'); process.exit(2); }
const servers = { before: await serve({ compress: true, root: before }), after: await serve({ compress: true }) };
const browser = await launch();
const cases = [['chip', '/index.html', '.chip[aria-pressed]'], ['pick', '/index.html#mode=explore', '.rx-picker .option'], ['answer', '/index.html#mode=quiz', '.quiz-card .answer']];
const results = {};
for (let round = 0; round < 4; round += 1) {
  for (const [cname, path, selector] of cases) {
    for (const which of round % 2 ? ['after', 'before'] : ['before', 'after']) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${servers[which].url}${path}`);
      await page.waitForFunction(() => document.querySelector('role-explainer')?.shadowRoot?.querySelector('.rx'));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const samples = await page.evaluate(async (selector) => {
        const root = document.querySelector('role-explainer').shadowRoot;
        const out = [];
        for (let i = 0; i < 20; i += 1) {
          const target = root.querySelectorAll(selector)[i % 2];
          const t0 = performance.now();
          target.click();
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          out.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 30));
        }
        return out;
      }, selector);
      (results[`${cname} ${which}`] ??= []).push(...samples);
      await context.close();
    }
  }
}
const q = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)].toFixed(1); };
console.log(`\nclick → next paint, 4× CPU, interleaved; before = ${before}, after = dist/\n`);
for (const [n, a] of Object.entries(results).sort()) console.log(`${n.padEnd(14)} n ${a.length}  p50 ${q(a, 0.5)} ms  p95 ${q(a, 0.95)} ms`);
await browser.close(); for (const s of Object.values(servers)) await s.close();
