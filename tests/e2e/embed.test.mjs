// Embedding: many widgets per page, hostile host CSS, strict CSP, iframes, lifecycle, events,
// and the no-JS fallback.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, screenshot, widgetReady, ROOT } from './harness.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let server;
let browser;
before(async () => {
  server = await serve({
    pages: {
      '/test/full-quiz.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>full</title>
        <link rel="icon" href="/favicon.svg"><script type="module" src="/role-explainer.js"></script></head>
        <body><role-explainer mode="quiz"></role-explainer></body></html>`,
      '/test/full-de.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>full</title>
        <link rel="icon" href="/favicon.svg"><script type="module" src="/role-explainer.js"></script></head>
        <body><role-explainer lang="de"></role-explainer></body></html>`,
      '/test/full-de-dataset.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>full</title>
        <link rel="icon" href="/favicon.svg"><script type="module" src="/role-explainer.js"></script></head>
        <body><role-explainer dataset="pm-vs-po.de"></role-explainer></body></html>`,
      // The author's own dataset, inline and in German: its language is known before any download.
      '/test/full-de-inline.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>full</title>
        <link rel="icon" href="/favicon.svg"><script type="module" src="/role-explainer.js"></script></head>
        <body><role-explainer><script type="application/json">${await readFile(join(ROOT, 'data', 'pm-vs-po.de.json'), 'utf8')}</script></role-explainer></body></html>`,
    },
    headers: (path) => (path === '/strict-csp.html' ? { 'Content-Security-Policy': STRICT_CSP } : {}),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function allReady(page) {
  const widgets = page.locator('role-explainer');
  const count = await widgets.count();
  for (let i = 0; i < count; i += 1) await widgetReady(widgets.nth(i));
  return widgets;
}

test('three widgets on a blog post work on their own and share one wasm download', async () => {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
  server.requests.length = 0;
  await page.goto(`${server.url}/blog-post.html`);
  const widgets = await allReady(page);
  assert.equal(await widgets.count(), 3);
  const [compare, explore, subset] = [widgets.nth(0), widgets.nth(1), widgets.nth(2)];

  assert.equal(await compare.getByRole('rowheader').count(), 13);
  assert.equal(await subset.getByRole('rowheader').count(), 4);
  assert.equal(await explore.getByRole('tab', { name: 'Which role?' }).getAttribute('aria-selected'), 'true');

  await compare.getByRole('button', { name: 'Time horizon' }).click();
  assert.equal(await compare.getByRole('rowheader').count(), 12);
  assert.equal(await subset.getByRole('rowheader').count(), 4);
  assert.equal(await compare.getByRole('status').innerText(), 'Showing 11 of 12 attributes');
  assert.equal(await subset.getByRole('status').innerText(), '');

  await explore.getByRole('button', { name: 'The next 1–3 years' }).click();
  assert.equal(await explore.getByRole('status').innerText(), '1 of 1 trait: Product Manager');
  assert.equal(await compare.getByRole('status').innerText(), 'Showing 11 of 12 attributes');

  // theme="dark" on the third widget only.
  const background = (w) => w.locator('.rx-root').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(await background(subset), 'rgb(21, 25, 31)');
  assert.equal(await background(compare), 'rgb(255, 255, 255)');

  const wasm = server.requests.filter((p) => p.endsWith('.wasm'));
  assert.deepEqual(wasm, ['/pkg/role-explainer_bg.wasm']);
  await screenshot(page, 'blog-post-1100');
  assert.deepEqual(errors, []);
  await context.close();
});

test('hostile host CSS neither breaks the widget nor is broken by it', async () => {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
  await page.goto(`${server.url}/hostile-host.html`);
  const widget = page.locator('role-explainer');
  await widgetReady(widget);
  // The host's own box is the host page's business (its margins and rem sizes differ on
  // purpose); give it the same width in both runs so only the CSS reaching inside counts.
  await widget.evaluate((el) => {
    el.style.setProperty('display', 'block', 'important');
    el.style.setProperty('width', '900px', 'important');
  });
  const probe = () => widget.evaluate((host) => {
    const root = host.shadowRoot;
    const pick = (selector, props) => {
      const style = getComputedStyle(root.querySelector(selector));
      return Object.fromEntries(props.map((p) => [p, style[p]]));
    };
    return {
      title: pick('.rx-title', ['fontSize', 'fontFamily', 'textTransform', 'letterSpacing', 'display', 'color', 'visibility']),
      chip: pick('.chip[aria-pressed]', ['display', 'fontSize', 'visibility', 'backgroundColor', 'lineHeight']),
      table: pick('table', ['display', 'borderCollapse']),
      cell: pick('td', ['display', 'borderTopWidth', 'paddingTop', 'whiteSpace', 'textAlign']),
      meterless: pick('.rx-tabs', ['display', 'marginTop']),
    };
  });
  const hostile = await probe();
  await screenshot(page, 'hostile-host-on');
  // The sheet's own switch: toggling the <link>'s `disabled` would refetch the file asynchronously.
  const hostileSheet = await page.evaluateHandle(() => document.getElementById('hostile').sheet);
  await hostileSheet.evaluate((sheet) => { sheet.disabled = true; });
  // Proof that the switch took: the host's own chip shows again without the hostile sheet.
  assert.notEqual(await page.locator('main > button.chip').evaluate((el) => getComputedStyle(el).display), 'none');
  const plain = await probe();
  await screenshot(page, 'hostile-host-off');
  assert.deepEqual(hostile, plain);
  assert.equal(plain.chip.display, 'block'); // a flex item
  assert.equal(plain.title.fontSize, '24px');

  // The widget's own CSS does not leak onto host elements that borrow its class names.
  await hostileSheet.evaluate((sheet) => { sheet.disabled = false; });
  const hostChip = await page.locator('main > button.chip').evaluate((el) => getComputedStyle(el).display);
  assert.equal(hostChip, 'none');
  const hostTitle = await page.locator('main > p.rx-title').evaluate((el) => getComputedStyle(el).fontSize);
  assert.equal(hostTitle, '80px');

  // And it still works under the hostile CSS.
  await widget.getByRole('button', { name: 'Success metrics' }).click();
  assert.equal(await widget.getByRole('status').innerText(), 'Showing 11 of 12 attributes');
  assert.deepEqual(errors, []);
  await context.close();
});

test('works under a strict CSP with no violations', async () => {
  const { page, errors, context } = await openPage(browser);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto(`${server.url}/strict-csp.html`);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  const widgets = await allReady(page);
  await widgets.nth(0).getByRole('button', { name: 'Focus' }).click();
  assert.equal(await widgets.nth(0).getByRole('status').innerText(), 'Showing 11 of 12 attributes');
  await widgets.nth(1).getByRole('button', { name: 'Keeping the team clear on what to focus on' }).click();
  assert.equal(await widgets.nth(1).getByRole('status').innerText(), '1 of 1 trait: Product Owner');
  // Styles loaded (a CSP block would leave the widget unstyled).
  const radius = await widgets.nth(0).locator('.rx-root').evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
  assert.notEqual(radius, '0px');
  // The quiz loads the full build (a module script and a second wasm) under the same policy.
  await widgets.nth(0).getByRole('tab', { name: 'Quiz' }).click();
  await widgets.nth(0).getByRole('button', { name: 'Check' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('iframes follow their content height within 2 px', async () => {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1000, height: 800 } });
  await page.goto(`${server.url}/iframe-host.html`);
  const frameEl = page.locator('#compare-frame');
  await frameEl.scrollIntoViewIfNeeded();
  const frame = page.frameLocator('#compare-frame');
  await widgetReady(frame.locator('role-explainer'));
  const handle = await frameEl.elementHandle();
  const inner = await handle.contentFrame();
  const check = async (label) => {
    await page.waitForFunction(async () => {
      const f = document.getElementById('compare-frame');
      const h = f.contentDocument.documentElement.getBoundingClientRect().height;
      return Math.abs(f.getBoundingClientRect().height - h) <= 2;
    }, null, { timeout: 15000 }).catch(() => {});
    const outer = await frameEl.evaluate((f) => f.getBoundingClientRect().height);
    const content = await inner.evaluate(() => document.documentElement.getBoundingClientRect().height);
    assert.ok(Math.abs(outer - content) <= 2, `${label}: frame ${outer}px, content ${content}px`);
    return outer;
  };
  const full = await check('initial');
  await frame.getByRole('button', { name: 'None', exact: true }).click();
  const empty = await check('after None');
  assert.ok(empty < full - 300, `the frame shrank (${full} → ${empty})`);
  await frame.getByRole('button', { name: 'Goal' }).click();
  await check('after a chip');
  await frame.getByRole('button', { name: 'All', exact: true }).click();
  await check('after All');
  await page.setViewportSize({ width: 420, height: 800 });
  const narrow = await check('after resize');
  // A phone-width frame shows the compact cards: a new height, which the frame follows.
  assert.ok(Math.abs(narrow - full) > 50, `the frame followed the narrow layout (${full} → ${narrow})`);

  // The AMP form of the message is sent too.
  const amp = await page.evaluate(() => new Promise((resolve) => {
    window.addEventListener('message', (e) => { if (e.data?.sentinel === 'amp') resolve(e.data); });
    document.getElementById('compare-frame').contentWindow.postMessage('noop', '*');
    document.getElementById('compare-frame').style.width = '500px';
  }));
  assert.equal(amp.type, 'embed-size');
  assert.ok(amp.height > 0);

  const oembed = await inner.evaluate(() => document.querySelector('link[type="application/json+oembed"]').href);
  const doc = await (await fetch(oembed)).json();
  assert.equal(doc.type, 'rich');
  assert.equal(doc.title, 'Product Manager vs Product Owner');
  assert.deepEqual(errors, []);
  await context.close();
});

test('remove, re-insert, live attribute changes and host events', async () => {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
  await page.addInitScript(() => {
    window.__events = [];
    for (const type of ['role-explainer:ready', 'role-explainer:change', 'role-explainer:error']) {
      document.addEventListener(type, (e) => window.__events.push({ type, detail: e.detail, target: e.target.id }));
    }
  });
  await page.goto(`${server.url}/index.html`);
  const widget = page.locator('role-explainer');
  await widgetReady(widget);
  await widget.evaluate((el) => { el.id = 'w'; });

  const ready = await page.evaluate(() => window.__events.find((e) => e.type === 'role-explainer:ready'));
  assert.equal(ready.detail.dataset, 'pm-vs-po');
  assert.equal(ready.detail.mode, 'compare');
  assert.equal(ready.detail.shown.length, 12);
  assert.deepEqual(ready.detail.verdict, { picked: 0, leaders: [], scores: { pm: 0, po: 0 }, sentence: 'No traits picked yet.' });

  // Live attribute changes update in place.
  await page.evaluate(() => { window.__events.length = 0; });
  await widget.evaluate((el) => el.setAttribute('mode', 'explore'));
  await page.getByRole('tab', { name: 'Which role?' }).and(page.locator('[aria-selected="true"]')).waitFor();
  await page.getByRole('button', { name: 'Burndown and the definition of done' }).click();
  const change = await page.evaluate(() => window.__events.at(-1));
  assert.equal(change.type, 'role-explainer:change');
  assert.equal(change.target, 'w');
  assert.equal(change.detail.mode, 'explore');
  assert.deepEqual(change.detail.picks, [{ attribute: 'metrics', roles: ['po'], trait: 'Burndown and the definition of done' }]);
  assert.deepEqual(change.detail.verdict.leaders, ['po']);
  assert.equal(change.detail.verdict.sentence, '1 of 1 trait: Product Owner');

  await widget.evaluate((el) => { el.setAttribute('mode', 'compare'); el.setAttribute('attributes', 'horizon,focus'); });
  await page.waitForFunction(() => document.querySelector('role-explainer').shadowRoot.querySelectorAll('.rx-panel tbody').length === 2);
  // The pick survived the settings change.
  const last = await page.evaluate(() => window.__events.at(-1).detail);
  assert.deepEqual(last.shown, ['horizon', 'focus']);
  assert.equal(last.picks.length, 1);

  // Remove: the app is destroyed. What the host can see: the removed element's shadow root
  // is emptied (only its style is left), and nothing it is sent any more makes an event.
  const shown = () => {
    const root = window.__parked.shadowRoot;
    return [...root.children].filter((el) => !['STYLE', 'LINK'].includes(el.tagName)).length
      + root.querySelectorAll('button, table, [role]').length;
  };
  await widget.evaluate((el) => { window.__parked = el; });
  assert.ok(await page.evaluate(shown) > 0, 'the widget shows something before it is removed');
  const hash = await page.evaluate(() => location.hash);
  await page.evaluate(() => { window.__events.length = 0; window.__parked.remove(); });
  assert.equal(await page.evaluate(shown), 0, 'the removed widget is emptied');
  await page.evaluate(() => {
    window.__parked.setAttribute('mode', 'quiz');
    window.__parked.setAttribute('attributes', 'horizon');
    location.hash = '#mode=explore';
    document.dispatchEvent(new Event('fullscreenchange'));
  });
  await page.waitForTimeout(400);
  assert.deepEqual(await page.evaluate(() => window.__events), [], 'a removed widget sends no events');
  assert.equal(await page.evaluate(shown), 0, 'and renders nothing');
  // Put back the page's own hash and the attributes (without a hashchange) before re-inserting.
  await page.evaluate((h) => {
    history.replaceState(null, '', h || location.pathname);
    window.__parked.setAttribute('mode', 'compare');
    window.__parked.setAttribute('attributes', 'horizon,focus');
  }, hash);
  // Re-insert: it works again.
  await page.evaluate(() => document.querySelector('main').append(window.__parked));
  await widgetReady(page.locator('role-explainer'));
  await page.getByRole('button', { name: 'Owned artifacts' }).click();
  assert.equal(await page.getByRole('rowheader').count(), 3);
  assert.equal(await page.getByRole('status').innerText(), 'Showing 3 of 12 attributes');

  // An inline dataset replaces the built-in one when added live.
  await page.evaluate(() => {
    const el = document.querySelector('role-explainer');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"version": 2}';
    el.append(script);
    el.setAttribute('dataset', 'ignored-when-inline');
  });
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /version: unsupported version 2/);
  const error = await page.evaluate(() => window.__events.find((e) => e.type === 'role-explainer:error'));
  assert.ok(error.detail.problems.some((p) => p.startsWith('version: unsupported version 2')));
  assert.deepEqual(errors, []);
  await context.close();
});

test('without JavaScript the snippet shows a readable table', async () => {
  const { page, context } = await openPage(browser, { javaScriptEnabled: false, viewport: { width: 1000, height: 900 } });
  await page.goto(`${server.url}/blog-post.html`);
  const table = page.getByRole('table', { name: 'Product Manager vs Product Owner' });
  assert.equal(await table.isVisible(), true);
  assert.deepEqual(await table.getByRole('columnheader').allInnerTexts(), ['Attribute', 'Product Manager', 'Product Owner']);
  const row = table.getByRole('row', { name: /Time horizon/ });
  assert.match(await row.innerText(), /The next 1–3 years/);
  assert.match(await row.innerText(), /The next 1–3 sprints/);
  await screenshot(page, 'blog-post-no-js');
  await context.close();
});

test('the page does not jump while the wasm arrives (CLS 0)', async () => {
  for (const path of ['/index.html', '/blog-post.html']) {
    for (const viewport of [{ width: 412, height: 823 }, { width: 1280, height: 900 }]) {
      const { page, context } = await openPage(browser, { viewport });
      // A slow wasm download: the fallback table holds the widget's place meanwhile.
      await page.route('**/*.wasm', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 700));
        await route.continue();
      });
      await page.goto(`${server.url}${path}`);
      await widgetReady(page.locator('role-explainer').first());
      await page.waitForTimeout(300);
      const cls = await page.evaluate(() => new Promise((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 100);
      }));
      assert.equal(cls, 0, `${path} at ${viewport.width}px`);
      await context.close();
    }
  }
});

test('the quiz loads only when a reader opens it, and goes on from the reader\'s state', async () => {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
  await page.addInitScript(() => {
    window.__events = [];
    for (const type of ['role-explainer:ready', 'role-explainer:change']) {
      document.addEventListener(type, (e) => window.__events.push({ type, mode: e.detail.mode, picks: e.detail.picks.length, shown: e.detail.shown.length }));
    }
  });
  const wasmRequests = () => server.requests.filter((p) => p.endsWith('.wasm'));
  // The full build first fails (a dropped connection), then loads; either can be held back.
  let failFull = true;
  let gate = null;
  const holdFull = () => {
    let release;
    gate = { promise: new Promise((resolve) => { release = resolve; }), release: () => { release(); gate = null; } };
    return gate;
  };
  await page.route('**/pkg/role-explainer-full_bg.wasm', async (route) => {
    await gate?.promise;
    return failFull ? route.abort() : route.continue();
  });
  server.requests.length = 0;
  await page.goto(`${server.url}/index.html`);
  const w = page.locator('role-explainer');
  await widgetReady(w);
  assert.deepEqual(wasmRequests(), ['/pkg/role-explainer_bg.wasm'], 'a default embed loads only the lean build');

  // The reader's state: a row hidden, a trait picked.
  await w.getByRole('button', { name: 'Time horizon' }).click();
  await w.getByRole('tab', { name: 'Which role?' }).click();
  await w.getByRole('button', { name: 'Burndown and the definition of done' }).click();

  // Opening the quiz while the full build cannot load (and the page changes the theme while it
  // tries): a message, and the other views still work.
  const failing = holdFull();
  await w.getByRole('tab', { name: 'Quiz' }).click();
  await w.getByText('Loading the quiz…').waitFor();
  await w.evaluate((el) => el.setAttribute('theme', 'dark'));
  failing.release();
  const alert = w.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /^The quiz could not be loaded \(.+\)\. Open Quiz again to retry\.$/);
  await w.getByRole('tab', { name: 'Which role?' }).click();
  assert.equal(await w.getByRole('button', { name: 'Burndown and the definition of done' }).getAttribute('aria-pressed'), 'true');
  await w.getByRole('tab', { name: 'Quiz' }).click();
  await w.getByText('Loading the quiz…').waitFor();

  // Again, on the Quiz tab the reader is already on, now that it loads; while it loads the reader
  // goes back and picks another trait. The widget moves with the latest state and focus.
  failFull = false;
  const loading = holdFull();
  await w.getByRole('tab', { name: 'Quiz' }).focus();
  await page.keyboard.press('Enter');
  await w.getByRole('tab', { name: 'Which role?' }).click();
  await w.getByRole('button', { name: 'Turning the vision into reality' }).click();
  loading.release();
  await alert.waitFor({ state: 'detached' });
  assert.deepEqual(wasmRequests(), ['/pkg/role-explainer_bg.wasm', '/pkg/role-explainer-full_bg.wasm']);
  const focused = await page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return `${el?.getAttribute('role')}: ${el?.textContent.trim()}`;
  });
  assert.equal(focused, 'tab: Which role?');
  for (const name of ['Burndown and the definition of done', 'Turning the vision into reality']) {
    assert.equal(await w.getByRole('button', { name }).getAttribute('aria-pressed'), 'true', name);
  }
  await w.getByRole('tab', { name: 'Quiz' }).click();
  await w.getByRole('button', { name: 'Check' }).waitFor();
  await w.getByRole('tab', { name: 'Compare' }).click();
  assert.equal(await w.getByRole('rowheader').count(), 12, 'the hidden row stays hidden');
  // Each event: type, view, picks, rows shown. The page heard one ready, and each change once
  // (the move adds no event).
  const events = await page.evaluate(() => window.__events.map((e) => `${e.type.slice(15)} ${e.mode} ${e.picks} ${e.shown}`));
  assert.deepEqual(events, ['ready compare 0 12', 'change compare 0 11', 'change explore 0 11', 'change explore 1 11',
    'change quiz 1 11', 'change explore 1 11', 'change quiz 1 11', 'change explore 1 11', 'change explore 2 11',
    'change quiz 2 11', 'change compare 2 11']);
  // Only the dropped connection is reported (the requests, and the element's log of them).
  assert.ok(errors.some((e) => e.startsWith('role-explainer: TypeError: Failed to fetch')), errors.join('\n'));
  assert.ok(errors.every((e) => /^(Failed to load resource|role-explainer: TypeError: Failed to fetch)/.test(e)), errors.join('\n'));
  await context.close();
});

test('a widget that starts in the quiz or speaks another language loads only the full build', async () => {
  for (const [page, wanted] of [['quiz', 'Check'], ['de', 'Vergleichen'], ['de-dataset', 'Vergleichen'], ['de-inline', 'Vergleichen']]) {
    const { page: tab, errors, context } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
    server.requests.length = 0;
    await tab.goto(`${server.url}/test/full-${page}.html`);
    const w = tab.locator('role-explainer');
    await widgetReady(w);
    await w.getByRole('button', { name: wanted }).or(w.getByRole('tab', { name: wanted })).first().waitFor();
    assert.deepEqual(server.requests.filter((p) => p.endsWith('.wasm')), ['/pkg/role-explainer-full_bg.wasm'], page);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
