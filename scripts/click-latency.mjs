// Click → next paint, shared by `make bench` and `make bench-ab` so both measure the same way.

/**
 * Resolves once `count` widgets have sent their ready event (pages record them in
 * `window.__ready`). A plain evaluate that polls with timers: Playwright's waitForFunction
 * first injects its own script, about 60 ms of the page's main thread, right while the
 * widget starts, which would be counted against the widget.
 */
export function untilReady(page, count) {
  return page.evaluate((n) => new Promise((resolve) => {
    const check = () => (window.__ready.length >= n ? resolve() : setTimeout(check, 10));
    check();
  }), count);
}

/** A page at `url` with its widget started, then the CPU throttled 4x for what follows. */
export async function throttledPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('role-explainer')?.shadowRoot?.querySelector('.rx'));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page, cdp };
}

/**
 * `count` clicks on the first widget's `selector` matches (alternating the first two), each
 * timed from the click until a task queued after the next frame runs, 30 ms apart.
 */
export function clickLatencies(page, selector, count) {
  return page.evaluate(async ({ selector, count }) => {
    const root = document.querySelector('role-explainer').shadowRoot;
    const out = [];
    for (let i = 0; i < count; i += 1) {
      const target = root.querySelectorAll(selector)[i % 2];
      const t0 = performance.now();
      target.click();
      // The frame after the click has painted once a task queued from rAF runs.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      out.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    return out;
  }, { selector, count });
}
