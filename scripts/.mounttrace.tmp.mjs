import { serve, launch } from '../tests/e2e/harness.mjs';
const server = await serve({ compress: true, root: process.env.BENCH_DIST || undefined });
const browser = await launch();
const path = process.argv[2] || '/blog-post.html';
for (let run = 0; run < 3; run++) {
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.wasm,disabled-by-default-v8.wasm.detailed,v8', transferMode: 'ReportEvents' });
await page.addInitScript(() => { document.addEventListener('role-explainer:ready', () => { window.__ready = performance.now(); performance.mark('rx-ready'); }); });
await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
await page.waitForFunction(() => window.__ready);
await page.waitForTimeout(300);
await cdp.send('Tracing.end'); await done;
await context.close();
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.tid === e.tid && x.name === 'FunctionCall'));
const mainEv = events.filter((e) => e.tid === main.tid && e.ph === 'X');
const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationTiming');
// Find mount: the FunctionCall with the longest duration after wasm
const tops = mainEv.filter((e) => e.dur > 3000).sort((a, b) => a.ts - b.ts);
const t0 = Math.min(...mainEv.map((e) => e.ts));
const sums = {};
// Aggregate events inside the longest task
const longest = mainEv.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur - a.dur)[0];
for (const e of mainEv) if (e.ts >= longest.ts && e.ts + e.dur <= longest.ts + longest.dur) { sums[e.name] = (sums[e.name] || 0) + e.dur / 1000; }
console.log('longest RunTask', (longest.dur / 1000).toFixed(1), 'ms at', ((longest.ts - t0) / 1000).toFixed(0));
console.log(Object.entries(sums).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${k} ${v.toFixed(1)}`).join('\n'));
const tasks = mainEv.filter((e) => e.name === 'RunTask' && e.dur > 4000).map((e) => `${((e.ts - t0) / 1000).toFixed(0)}:${(e.dur / 1000).toFixed(1)}`);
console.log('tasks >4ms', tasks.join(' '));
}
await browser.close(); await server.close();
