import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve, CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';
const server = await serve({ compress: true, root: process.env.BENCH_DIST || undefined });
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROMIUM_ARGS });
for (const path of (process.argv[2] || '/index.html').split(',')) for (let i = 0; i < (+process.env.RUNS || 1); i++) {
  const run = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' });
  const a = run.lhr.audits;
  console.log(Object.keys(a).filter(k=>/largest|lcp/.test(k))); const det = a['largest-contentful-paint-element']?.details ?? {}; const lcpEl = JSON.stringify(det).match(/"snippet":"([^"]*)"/)?.[1]; const sel = JSON.stringify(det).match(/"selector":"([^"]*)"/)?.[1];
  const phases = a['largest-contentful-paint-element']?.details?.items?.[1]?.items;
  const lt = a['long-tasks']?.details?.items?.map((t) => `${Math.round(t.startTime)}:${Math.round(t.duration)}`).join(' ');
  console.log(path, 'score', Math.round(run.lhr.categories.performance.score * 100), 'TBT', Math.round(a['total-blocking-time'].numericValue), 'LCP', Math.round(a['largest-contentful-paint'].numericValue), 'FCP', Math.round(a['first-contentful-paint'].numericValue), 'SI', Math.round(a['speed-index'].numericValue));
  console.log('  LCP el', sel, lcpEl);
  console.log('  long tasks', lt);
}
await chrome.kill(); await server.close();
