// `make bench-ab BEFORE=<an older build's dist>`: click → next paint at 4× CPU for a chip toggle,
// an explore pick and a quiz answer, on that build and on dist/, interleaved page by page
// (4 rounds × 20 clicks each, the order flipped every round), so both builds share the
// machine's load minute by minute. `make bench`'s back-to-back runs cannot promise that on a
// shared machine.
import { serve, launch } from '../tests/e2e/harness.mjs';
import { throttledPage, clickLatencies } from './click-latency.mjs';

const before = process.env.BEFORE;
if (!before) { console.error('bench-ab: give BEFORE=<folder of an older build>'); process.exit(2); }
const servers = { before: await serve({ compress: true, root: before }), after: await serve({ compress: true }) };
const browser = await launch();
const cases = [['chip', '/index.html', '.chip[aria-pressed]'], ['pick', '/index.html#mode=explore', '.rx-picker .option'], ['answer', '/index.html#mode=quiz', '.quiz-card .answer']];
const results = {};
for (let round = 0; round < 4; round += 1) {
  for (const [cname, path, selector] of cases) {
    for (const which of round % 2 ? ['after', 'before'] : ['before', 'after']) {
      const { context, page } = await throttledPage(browser, `${servers[which].url}${path}`);
      const samples = await clickLatencies(page, selector, 20);
      (results[`${cname} ${which}`] ??= []).push(...samples);
      await context.close();
    }
  }
}
const q = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)].toFixed(1); };
console.log(`\nclick → next paint, 4× CPU, interleaved; before = ${before}, after = dist/\n`);
for (const [n, a] of Object.entries(results).sort()) console.log(`${n.padEnd(14)} n ${a.length}  p50 ${q(a, 0.5)} ms  p95 ${q(a, 0.95)} ms`);
await browser.close(); for (const s of Object.values(servers)) await s.close();
