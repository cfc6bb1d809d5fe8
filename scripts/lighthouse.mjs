// `make lighthouse`: Lighthouse 12.2.3 (mobile preset) against the blog page, served from
// dist/ on 127.0.0.1 and run in Debian's Chromium. Prints the score, TBT, CLS and LCP and
// writes target/lighthouse.json.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve, ROOT, DIST, CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';
import { floorPage } from './floor-page.mjs';

// Brotli, as any static host or CDN serves these files.
// BENCH_DIST measures another build (an older commit's dist) with the same script.
const dist = process.env.BENCH_DIST || DIST;
// The baseline, measured in the same run: the blog post with its fallback tables and no
// script, the best this page can score on this machine.
const floor = floorPage(await readFile(join(dist, 'blog-post.html'), 'utf8'));
const server = await serve({ compress: true, root: process.env.BENCH_DIST || undefined, pages: { '/bench/floor.html': floor } });
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: CHROMIUM_ARGS,
});
// The median of three runs per page, metric by metric (single runs vary by a few points).
const RUNS = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const results = {};
const runs = {};
try {
  for (const path of ['/bench/floor.html', '/blog-post.html', '/index.html']) {
    runs[path] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const run = await lighthouse(`${server.url}${path}`, {
        port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error',
      });
      const audits = run.lhr.audits;
      runs[path].push({
        score: Math.round(run.lhr.categories.performance.score * 100),
        tbt: audits['total-blocking-time'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        fcp: audits['first-contentful-paint'].numericValue,
        // The longest main-thread task the widget's script runs (its first render), as
        // Lighthouse simulates it at 4x: what TBT counts beyond 50 ms.
        widgetTask: Math.max(0, ...(audits['long-tasks'].details?.items ?? [])
          .filter((task) => /\/(role-explainer\.js|pkg\/)/.test(task.url)).map((task) => task.duration)),
      });
    }
    results[path] = Object.fromEntries(Object.keys(runs[path][0]).map((k) => [k, median(runs[path].map((r) => r[k]))]));
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.log(`\nLighthouse 12.2.3, mobile preset (simulated slow 4G, 4x CPU), Debian Chromium, median of ${RUNS} runs\n`);
console.log(`${'page'.padEnd(20)}${'score'.padEnd(8)}${'TBT'.padEnd(10)}${'CLS'.padEnd(8)}${'LCP'.padEnd(10)}${'FCP'.padEnd(10)}widget's longest task`);
for (const [path, r] of Object.entries(results)) {
  const label = path === '/bench/floor.html' ? 'floor (no script)' : path;
  console.log(`${label.padEnd(20)}${String(r.score).padEnd(8)}${`${r.tbt.toFixed(0)} ms`.padEnd(10)}${r.cls.toFixed(3).padEnd(8)}${`${(r.lcp / 1000).toFixed(2)} s`.padEnd(10)}${`${(r.fcp / 1000).toFixed(2)} s`.padEnd(10)}${r.widgetTask ? `${r.widgetTask.toFixed(0)} ms` : '-'}`);
}
console.log('budget: score 100, CLS 0, TBT 0 ms (the floor is the page without the widget)');
await mkdir(join(ROOT, 'target'), { recursive: true });
await writeFile(join(ROOT, 'target', process.env.BENCH_DIST ? 'lighthouse-baseline.json' : 'lighthouse.json'), JSON.stringify({ date: new Date().toISOString(), results, runs }, null, 2));
