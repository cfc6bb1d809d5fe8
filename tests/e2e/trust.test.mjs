// Trust: accessibility audit, keyboard and focus, reduced motion, hostile and broken input,
// many widgets, create/remove cycles, rapid toggles, and panics.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, screenshot, widgetReady, widgetWorking, ROOT } from './harness.mjs';

const AXE = await readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const DATASET = JSON.parse(await readFile(join(ROOT, 'data', 'pm-vs-po.en.json'), 'utf8'));

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>trust test</title>
  <link rel="icon" href="/favicon.svg"><script type="module" src="/role-explainer.js"></script></head>
  <body><main><h1>Trust test page</h1>${body}</main></body></html>`;
const inline = (dataset, attrs = '') => `<role-explainer ${attrs}><script type="application/json">${
  JSON.stringify(dataset).replace(/</g, '\\u003c')}</script></role-explainer>`;

const HOSTILE = structuredClone(DATASET);
HOSTILE.title = '<img src=x onerror="window.__pwned=1">Title';
HOSTILE.intro = '<script>window.__pwned=1</script>Intro with emoji 🧭🚀 and zero\u200Bwidth and \u202Eright-to-left override\u202C.';
HOSTILE.source = 'javascript:window.__pwned=1';
HOSTILE.roles[0].name = '<b onmouseover="window.__pwned=1">Product Manager</b>';
HOSTILE.roles[1].description = '"><svg onload=window.__pwned=1>';
HOSTILE.attributes[0].name = '<a href="javascript:window.__pwned=1">Time horizon</a>';
HOSTILE.attributes[0].values.pm.text = 'W'.repeat(150);
HOSTILE.attributes[0].values.po.why = '<iframe src="javascript:window.__pwned=1"></iframe>';
HOSTILE.attributes[1].values.pm.text = '{{constructor.constructor("window.__pwned=1")()}}';

const BROKEN = {
  'malformed': '<role-explainer id="malformed"><script type="application/json">{"version": 1, "id": </script></role-explainer>',
  'too-large': `<role-explainer id="too-large"><script type="application/json">{"x": "${'a'.repeat(200_000)}"}</script></role-explainer>`,
  'deep': `<role-explainer id="deep"><script type="application/json">${'['.repeat(5000)}${']'.repeat(5000)}</script></role-explainer>`,
  'wrong-type': '<role-explainer id="wrong-type"><script type="application/json">[1, 2, 3]</script></role-explainer>',
  'missing': '<role-explainer id="missing" dataset="/no/such/dataset.json"></role-explainer>',
  'refused': '<role-explainer id="refused" dataset="/refused/dataset.json"></role-explainer>',
  'slow': '<role-explainer id="slow" dataset="/slow/dataset.json"></role-explainer>',
  'unknown': '<role-explainer id="unknown" dataset="not-a-dataset"></role-explainer>',
};

let server;
let browser;
before(async () => {
  server = await serve({
    pages: {
      '/test/contrast.html': page('<role-explainer theme="contrast"></role-explainer>'),
      '/test/hostile-data.html': page(`<div id="box" style="width: 700px">${inline(HOSTILE, 'id="hostile"')}</div>`),
      '/test/broken.html': page(`${Object.values(BROKEN).join('\n')}<role-explainer id="good"></role-explainer>`),
      '/test/many.html': page(Array.from({ length: 50 }, (_, i) => `<role-explainer id="w${i}" attributes="horizon,focus"></role-explainer>`).join('\n')),
      '/test/cycles.html': page('<div id="slot"></div>'),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function allReady(p) {
  const widgets = p.locator('role-explainer');
  for (let i = 0; i < (await widgets.count()); i += 1) await widgetReady(widgets.nth(i));
}

/** Every widget on the page shows the real explainer, not an error panel. */
async function allWorking(p) {
  const widgets = p.locator('role-explainer');
  const count = await widgets.count();
  assert.ok(count > 0, 'a widget on the page');
  for (let i = 0; i < count; i += 1) await widgetWorking(widgets.nth(i));
}

/** Runs axe over the page (shadow roots included) and returns the violations. */
async function audit(p) {
  await p.evaluate(AXE);
  return p.evaluate(async () => {
    // 'region' (all content inside landmarks) is about the host page's layout, not the
    // widget: test pages without landmarks would fail it whatever the widget did.
    const rules = { region: { enabled: false } };
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules,
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

test('axe finds no WCAG 2.2 AA violations on any demo page, in any mode, light and dark', async () => {
  const targets = [
    '/index.html', '/index.html#mode=explore&pick=horizon:po', '/index.html#mode=quiz',
    '/blog-post.html', '/strict-csp.html', '/hostile-host.html', '/test/contrast.html',
    '/iframe-host.html', '/embed.html#mode=explore&theme=dark', '/index.html#mode=compare&attributes=horizon',
  ];
  let audited = 0;
  for (const colorScheme of ['light', 'dark']) {
    for (const target of targets) {
      // bypassCSP lets the audit script into the strict-CSP page; the widget itself is tested under CSP elsewhere.
      const { page: p, context } = await openPage(browser, { colorScheme, bypassCSP: true, viewport: { width: 1100, height: 900 } });
      await p.goto(`${server.url}${target}`);
      // The audit is of the real widget: an error panel in its place fails here.
      if (!target.endsWith('iframe-host.html')) await allWorking(p);
      // axe audits frames through its own copy in each frame; bring lazy frames in first.
      const frames = p.locator('iframe');
      for (let i = 0; i < (await frames.count()); i += 1) {
        await frames.nth(i).scrollIntoViewIfNeeded();
        const frame = await (await frames.nth(i).elementHandle()).contentFrame();
        await widgetWorking(frame.locator('role-explainer'));
        await frame.evaluate(AXE);
      }
      if (target.endsWith('hostile-host.html')) {
        // Audit the widget, not the deliberately ugly host page around it.
        await p.evaluate(() => { document.getElementById('hostile').disabled = true; });
      }
      // embed.html opened on its own gets the full audit: its main landmark and heading included.
      assert.deepEqual(await audit(p), [], `${target} (${colorScheme})`);
      audited += 1;
      if (target.includes('mode=quiz')) {
        await p.locator('role-explainer').getByRole('button', { name: 'Show solution' }).click();
        assert.deepEqual(await audit(p), [], `${target} checked (${colorScheme})`);
        audited += 1;
      }
      await context.close();
    }
  }
  console.log(`# axe: ${audited} page states audited, 0 violations`);
});

test('every control is reachable by keyboard, with a visible focus ring, and focus survives re-renders', async () => {
  const { page: p, errors, context } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
  for (const hash of ['', '#mode=explore', '#mode=quiz']) {
    await p.goto('about:blank');
    await p.goto(`${server.url}/index.html${hash}`);
    await allWorking(p);
    await p.locator('body').focus();
    // Tab from the top of the page until focus has gone through the widget and out of it.
    const reached = new Set();
    let left = false;
    for (let i = 0; i < 300 && !left; i += 1) {
      await p.keyboard.press('Tab');
      const info = await p.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          inWidget: el.getRootNode() !== document,
          label: `${[...el.getRootNode().querySelectorAll('*')].indexOf(el)}:${el.tagName}:${el.textContent.trim().slice(0, 30)}`,
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!info || !info.inWidget) {
        left = reached.size > 0;
        continue;
      }
      assert.ok(info.ring, `visible focus on ${info.label} (${hash || 'compare'})`);
      reached.add(info.label);
    }
    assert.ok(left, `${hash || 'compare'}: focus left the widget after ${reached.size} tab stops`);
    // Every control a reader could operate, by the same label: each one must have been reached.
    const controls = await p.locator('role-explainer').evaluate((host) => {
      const all = [...host.shadowRoot.querySelectorAll('*')];
      return all
        // Rendered ones only: the phone layout folds some away.
        .filter((el) => el.matches('button:not([tabindex="-1"]):not(:disabled), a[href], input:not(:disabled), select, textarea, [tabindex="0"]')
          && el.getClientRects().length > 0)
        .map((el) => `${all.indexOf(el)}:${el.tagName}:${el.textContent.trim().slice(0, 30)}`);
    });
    assert.ok(controls.length >= 10, `${hash || 'compare'}: ${controls.length} controls`);
    assert.deepEqual([...reached].sort(), [...controls].sort(), `${hash || 'compare'}: every control is a tab stop`);
  }
  // Pressing a chip re-renders the widget; focus stays on the chip.
  await p.goto(`${server.url}/index.html`);
  await allReady(p);
  const chip = p.getByRole('button', { name: 'Focus', exact: true });
  await chip.focus();
  await p.keyboard.press('Enter');
  await p.keyboard.press('Space');
  assert.equal(await chip.evaluate((el) => el.getRootNode().activeElement === el), true);
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  assert.deepEqual(errors, []);
  await context.close();
});

test('prefers-reduced-motion turns every transition off', async () => {
  const durations = async (reducedMotion) => {
    const { page: p, context } = await openPage(browser, { reducedMotion });
    await p.goto(`${server.url}/index.html#mode=explore`);
    await allReady(p);
    const all = await p.locator('role-explainer').evaluate((host) => [...host.shadowRoot.querySelectorAll('*')]
      .flatMap((el) => [getComputedStyle(el), getComputedStyle(el, '::before')])
      .flatMap((s) => [...s.transitionDuration.split(','), ...s.animationDuration.split(',')])
      .map((d) => parseFloat(d)));
    await context.close();
    return all;
  };
  assert.ok((await durations('no-preference')).some((d) => d > 0), 'there are transitions normally');
  assert.ok((await durations('reduce')).every((d) => d === 0), 'none with reduced motion');
});

test('hostile author text renders as inert text and stays inside its box', async () => {
  const { page: p, errors, context } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
  await p.goto(`${server.url}/test/hostile-data.html`);
  const w = p.locator('#hostile');
  await widgetReady(w);
  await w.getByRole('tab', { name: 'Which role?' }).click();
  await w.getByRole('tab', { name: 'Compare' }).click();
  // The widget's own icon is an svg; nothing else of the kind may appear.
  const injected = await w.evaluate((el) => el.shadowRoot.querySelectorAll('img, script, svg:not(.tool-icon), iframe, a, b').length);
  assert.equal(injected, 0);
  assert.equal(await p.evaluate(() => window.__pwned), undefined);
  const title = await w.locator('.rx-title').innerText();
  assert.equal(title, HOSTILE.title);
  assert.match(await w.locator('.rx-source').innerText(), /javascript:window\.__pwned=1/);
  assert.match(await w.locator('.rx-intro').innerText(), /🧭🚀/);
  const overflow = await w.locator('.rx-root').evaluate((el) => el.scrollWidth - el.clientWidth);
  assert.ok(overflow <= 1, `no sideways overflow (${overflow}px)`);
  await screenshot(p, 'hostile-data');
  assert.deepEqual(errors, []);
  await context.close();
});

test('broken, huge, deep, wrong and unreachable datasets each show an error; the others keep working', async () => {
  const { page: p, context } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.route('**/refused/**', (route) => route.abort('connectionrefused'));
  await p.route('**/slow/**', () => {}); // never answers: the element's 10 s timeout fires
  await p.goto(`${server.url}/test/broken.html`);
  const expected = {
    'malformed': /line 1, column \d+: unexpected end of input/,
    'too-large': /dataset: too large \(196 KiB; at most 128 KiB\)/,
    'deep': /nested too deeply/,
    'wrong-type': /dataset: expected an object, found an array/,
    'missing': /could not load .*\/no\/such\/dataset\.json \(HTTP 404\)/,
    'refused': /could not load .*\/refused\/dataset\.json/,
    'slow': /could not load .*\/slow\/dataset\.json \(.*(timed out|timeout).*\)/i,
    'unknown': /unknown built-in dataset "not-a-dataset"/,
  };
  for (const [id, pattern] of Object.entries(expected)) {
    const w = p.locator(`#${id}`);
    await w.scrollIntoViewIfNeeded();
    await w.getByRole('alert').waitFor({ timeout: 15000 });
    assert.match(await w.getByRole('alert').innerText(), pattern, id);
  }
  const good = p.locator('#good');
  await widgetReady(good);
  await good.getByRole('button', { name: 'Goal', exact: true }).click();
  assert.equal(await good.getByRole('status').innerText(), 'Showing 11 of 12 attributes');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a page with 50 widgets loads and every widget responds', async () => {
  const { page: p, errors, context } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
  await p.goto(`${server.url}/test/many.html`);
  await allReady(p);
  for (let i = 0; i < 50; i += 1) {
    const w = p.locator(`#w${i}`);
    await w.getByRole('button', { name: 'Focus', exact: true }).click();
    assert.equal(await w.getByRole('status').innerText(), 'Showing 1 of 12 attributes', `widget ${i}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('200 create/remove cycles leave the heap and the DOM where they were', async () => {
  const { page: p, errors, context } = await openPage(browser);
  await p.goto(`${server.url}/test/cycles.html`);
  const cdp = await context.newCDPSession(p);
  await cdp.send('Performance.enable');
  const cycle = (n) => p.evaluate(async (count) => {
    const slot = document.getElementById('slot');
    for (let i = 0; i < count; i += 1) {
      const el = document.createElement('role-explainer');
      el.setAttribute('mode', i % 2 ? 'explore' : 'compare');
      slot.append(el);
      await new Promise((resolve) => el.addEventListener('role-explainer:ready', resolve, { once: true }));
      el.remove();
    }
  }, n);
  const measure = async () => {
    for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name) => metrics.find((m) => m.name === name).value;
    return { heap: get('JSHeapUsedSize'), nodes: get('Nodes') };
  };
  await cycle(50); // warm up: the wasm module, the JIT and its caches
  const baseline = await measure();
  await cycle(200);
  const afterCycles = await measure();
  const growth = (afterCycles.heap - baseline.heap) / baseline.heap;
  console.log(`# cycles: 200; JS heap ${(baseline.heap / 1024).toFixed(0)} KiB -> ${(afterCycles.heap / 1024).toFixed(0)} KiB (${(growth * 100).toFixed(1)}%); DOM nodes ${baseline.nodes} -> ${afterCycles.nodes}`);
  assert.ok(growth <= 0.10, `heap grew ${(growth * 100).toFixed(1)}%`);
  assert.ok(afterCycles.nodes <= baseline.nodes + 50, `nodes ${baseline.nodes} -> ${afterCycles.nodes}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('1,000 rapid toggles leave the view consistent with the model', async () => {
  const { page: p, errors, context } = await openPage(browser);
  await p.goto(`${server.url}/index.html`);
  await allReady(p);
  await p.locator('role-explainer').evaluate(async (host) => {
    const root = host.shadowRoot;
    const chips = [...root.querySelectorAll('.chip[aria-pressed]')];
    for (let i = 0; i < 1000; i += 1) {
      chips[i % 7].click(); // chips 0..6, each pressed 142 or 143 times
      if (i % 50 === 0) await new Promise((r) => setTimeout(r, 0));
    }
  });
  await p.waitForTimeout(200);
  // 1000 = 7 * 142 + 6: chips 0..5 were pressed 143 times (odd: hidden), chip 6 142 times (shown).
  const state = await p.locator('role-explainer').evaluate((host) => {
    const root = host.shadowRoot;
    return {
      pressed: [...root.querySelectorAll('.chip[aria-pressed]')].map((c) => c.getAttribute('aria-pressed')),
      rows: [...root.querySelectorAll('.rx-panel tbody[data-attribute]')].map((t) => t.dataset.attribute),
    };
  });
  assert.deepEqual(state.pressed.slice(0, 7), ['false', 'false', 'false', 'false', 'false', 'false', 'true']);
  assert.deepEqual(state.rows, DATASET.attributes.slice(6).map((a) => a.id));
  assert.equal(await p.getByRole('status').innerText(), 'Showing 6 of 12 attributes');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a panic turns every widget into an error panel and the host page keeps working', async (t) => {
  const testServer = await serve({
    root: join(ROOT, 'target', 'dist-test'),
    pages: {
      '/test/panic.html': page(`<button id="counter" type="button">0</button>
        <role-explainer id="a"></role-explainer><role-explainer id="b" mode="explore"></role-explainer>
        <role-explainer id="c" mode="quiz"></role-explainer>`),
    },
  });
  t.after(() => testServer.close());
  const { page: p, context } = await openPage(browser);
  t.after(() => context.close());
  const consoleErrors = [];
  p.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await p.goto(`${testServer.url}/test/panic.html`);
  await p.locator('#counter').evaluate((b) => b.addEventListener('click', () => { b.textContent = String(Number(b.textContent) + 1); }));
  await allReady(p);
  // The switch exists only in the test-hooks build (target/dist-test), never in dist/.
  const pageErrors = [];
  p.on('pageerror', (e) => pageErrors.push(String(e)));
  await p.evaluate(() => window.dispatchEvent(new Event('role-explainer:test-panic')));
  for (const id of ['a', 'b', 'c']) {
    const alert = p.locator(`#${id}`).getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /This explainer stopped working \(.*deliberate test panic.*\)\. Reload the page to try again\./);
  }
  assert.ok(consoleErrors.some((e) => e.includes('role-explainer stopped') && e.includes('deliberate test panic')));
  assert.ok(pageErrors.some((e) => /unreachable|RuntimeError/.test(e)), pageErrors.join('\n'));
  // The host page still works, and a widget added later says the same instead of a blank box.
  await p.locator('#counter').click();
  assert.equal(await p.locator('#counter').innerText(), '1');
  await p.evaluate(() => document.querySelector('main').append(Object.assign(document.createElement('role-explainer'), { id: 'late' })));
  await p.locator('#late').getByRole('alert').waitFor();
  assert.equal(await p.evaluate(() => Boolean(window.__pwned)), false);
});
