import { serve, launch } from '../tests/e2e/harness.mjs';
const server = await serve({ compress: true });
const browser = await launch();
for (const [w, h] of [[360, 740], [1280, 900], [1920, 1080]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(`${server.url}/blog-post.html`);
  await page.waitForTimeout(800);
  const n = await page.locator('role-explainer').count();
  // scroll like a reader, in steps, to the last widget
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < total; y += h * 0.8) { await page.mouse.wheel(0, h * 0.8); await page.waitForTimeout(120); }
  await page.locator('role-explainer').nth(n - 1).scrollIntoViewIfNeeded();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `target/screenshots/scroll-last-${w}.png` });
  // now scroll back up to the first widget
  await page.locator('role-explainer').nth(1).scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `target/screenshots/scroll-back-${w}.png` });
  const info = await page.evaluate(() => [...document.querySelectorAll('role-explainer')].map((e) => `${e.shadowRoot?.querySelector('.rx-root')?.className}:${Math.round(e.getBoundingClientRect().height)}`));
  console.log(w, n, info.join(' '));
  await page.close();
}
await browser.close(); await server.close();
