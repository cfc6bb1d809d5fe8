// Classroom: the quiz by keyboard alone, presentation shortcuts, offline file, print, URL state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, screenshot, widgetReady, ROOT } from './harness.mjs';

let server;
let browser;
let dataset;
before(async () => {
  server = await serve({
    pages: {
      '/test/quiz.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>quiz</title>
        <link rel="icon" href="/favicon.svg"><script type="module" src="/role-explainer.js"></script></head>
        <body><button id="before">Before the widget</button>
        <role-explainer id="quiz" mode="quiz" seed="7"></role-explainer></body></html>`,
      '/test/present.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>present</title>
        <link rel="icon" href="/favicon.svg"><script type="module" src="/role-explainer.js"></script></head>
        <body><label>Host field <input id="host-input"></label>
        <role-explainer id="present" reveal attributes="horizon,focus,goal,artifacts"></role-explainer></body></html>`,
      '/test/sandboxed.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sandboxed</title>
        <link rel="icon" href="/favicon.svg"></head><body>
        <!-- Same-origin frames inherit full screen; a cross-origin embed without allowfullscreen
             does not. allow="fullscreen 'none'" gives this frame the cross-origin situation. -->
        <iframe id="frame" title="explainer" sandbox="allow-scripts allow-same-origin" allow="fullscreen 'none'" src="/embed.html#mode=compare"
          style="width: 900px; height: 700px"></iframe></body></html>`,
    },
  });
  browser = await launch();
  dataset = JSON.parse(await readFile(join(ROOT, 'data', 'pm-vs-po.en.json'), 'utf8'));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The answer key, read from the dataset: trait text → button label. */
function ownerOf(text) {
  for (const attribute of dataset.attributes) {
    for (const [role, value] of Object.entries(attribute.values)) if (value.text === text) return role.toUpperCase();
    if (attribute.shared?.text === text) return 'Shared';
  }
  throw new Error(`no trait ${text}`);
}

const focusedText = (page) => page.evaluate(() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el?.textContent?.trim() ?? '';
});

test('a whole quiz by keyboard alone: answer, check, retry, show solution', async () => {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
  const answers = [];
  await page.exposeFunction('recordAnswer', (detail) => answers.push(detail));
  await page.addInitScript(() => document.addEventListener('role-explainer:answer', (e) => window.recordAnswer(e.detail)));
  await page.goto(`${server.url}/test/quiz.html`);
  const w = page.locator('#quiz');
  await widgetReady(w);
  const cards = w.locator('.quiz-card');
  assert.equal(await cards.count(), 10);
  const texts = await w.locator('.card-text').allInnerTexts();
  // Seed 7 deals a fixed order.
  assert.equal(texts.length, 10);
  const again = await (async () => {
    const other = await openPage(browser);
    await other.page.goto(`${server.url}/test/quiz.html`);
    await widgetReady(other.page.locator('#quiz'));
    const t = await other.page.locator('#quiz .card-text').allInnerTexts();
    await other.context.close();
    return t;
  })();
  assert.deepEqual(again, texts);
  await page.bringToFront();

  // Keyboard only: Tab from the button before the widget, through the tabs, into the cards.
  await page.locator('#before').focus();
  // Past the tool buttons (full screen, shortcuts) to the selected tab.
  for (let i = 0; i < 5 && (await focusedText(page)) !== 'Quiz'; i += 1) await page.keyboard.press('Tab');
  assert.equal(await focusedText(page), 'Quiz');
  const order = ['PM', 'PO', 'Shared'];
  let wrongOnPurpose = null;
  for (let i = 0; i < texts.length; i += 1) {
    await page.keyboard.press('Tab'); // into card i's answer row (its first button)
    // The first time, past the tool buttons after the tabs.
    for (let t = 0; i === 0 && t < 3 && !/^(PM|PO|Shared)/.test((await focusedText(page)).replace(/^[●■✓\s]+/, '')); t += 1) {
      await page.keyboard.press('Tab');
    }
    let want = ownerOf(texts[i]);
    if (i === 2) { // answer one card wrongly, on purpose
      want = want === 'PM' ? 'PO' : 'PM';
      wrongOnPurpose = texts[i];
    }
    const steps = order.indexOf(want);
    for (let s = 0; s < steps; s += 1) await page.keyboard.press('ArrowRight');
    assert.match(await focusedText(page), new RegExp(want));
    await page.keyboard.press(i % 2 ? 'Enter' : 'Space');
  }
  assert.equal(await w.locator('.quiz-progress').innerText(), '10 of 10 answered');
  await page.keyboard.press('Tab'); // Check
  assert.equal(await focusedText(page), 'Check');
  await page.keyboard.press('Enter');
  assert.equal(await w.locator('.score').innerText(), '9 / 10');
  assert.equal(await w.getByRole('status').innerText(), 'Score: 9 of 10');
  const wrongCard = w.locator('.quiz-card.wrong');
  assert.equal(await wrongCard.count(), 1);
  assert.equal(await wrongCard.locator('.card-text').innerText(), wrongOnPurpose);
  assert.match(await wrongCard.innerText(), /✗ Wrong\s+Answer: Product (Manager|Owner)\./);
  for (let i = 0; i < 50 && answers.length < 1; i += 1) await page.waitForTimeout(20);
  assert.equal(answers.length, 1);
  assert.equal(answers[0].score, 9);
  assert.equal(answers[0].total, 10);
  assert.equal(answers[0].seed, 7);
  await screenshot(page, 'quiz-checked');

  await page.keyboard.press('Tab'); // Retry
  assert.equal(await focusedText(page), 'Retry');
  await page.keyboard.press('Enter');
  assert.equal(await w.locator('.quiz-progress').innerText(), '0 of 10 answered');
  const retried = await w.locator('.card-text').allInnerTexts();
  assert.notDeepEqual(retried, texts, 'a retry reshuffles');
  assert.equal(await focusedText(page), 'Retry', 'focus stays on Retry');

  await page.keyboard.press('Tab'); // Show solution
  await page.keyboard.press('Space');
  // Nothing answered in this round: the solution shows every answer and earns nothing.
  assert.equal(await w.locator('.score').innerText(), '0 / 10');
  assert.equal(await w.getByRole('status').innerText(), 'Score: 0 of 10');
  assert.equal(await w.locator('.quiz-card.solved').count(), 10);
  for (let i = 0; i < 50 && answers.length < 2; i += 1) await page.waitForTimeout(20);
  assert.equal(answers.length, 2);
  assert.equal(answers[1].solution_shown, true);
  assert.equal(answers[1].score, 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the URL hash keeps the state: a link restores it, Copy link copies it', async () => {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.goto(`${server.url}/index.html#mode=explore&pick=horizon:po`);
  const w = page.locator('role-explainer');
  await widgetReady(w);
  assert.equal(await w.getByRole('tab', { name: 'Which role?' }).getAttribute('aria-selected'), 'true');
  assert.equal(await w.locator('.verdict-sentence').innerText(), '1 of 1 trait: Product Owner');

  await w.getByRole('button', { name: 'Burndown and the definition of done' }).click();
  await page.waitForFunction(() => location.hash === '#mode=explore&pick=horizon:po,metrics:po');
  await w.getByRole('tab', { name: 'Compare' }).click();
  await w.getByRole('button', { name: 'Goal', exact: true }).click();
  await page.waitForFunction(() => location.hash.startsWith('#attributes=horizon,focus,responsibility'));
  const link = page.url();

  await w.getByRole('button', { name: 'Copy link' }).click();
  assert.equal(await w.getByRole('status').innerText(), 'Link copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

  // Open the link in a fresh page: the same state.
  const other = await openPage(browser, { viewport: { width: 1100, height: 900 } });
  await other.page.goto(link);
  const v = other.page.locator('role-explainer');
  await widgetReady(v);
  assert.equal(await v.getByRole('tab', { name: 'Compare' }).getAttribute('aria-selected'), 'true');
  assert.equal(await v.getByRole('rowheader').count(), 12); // 11 attributes + the shared row
  assert.equal(await v.getByRole('button', { name: 'Goal', exact: true }).getAttribute('aria-pressed'), 'false');
  await v.getByRole('tab', { name: 'Which role?' }).click();
  assert.equal(await v.locator('.verdict-sentence').innerText(), '2 of 2 traits: Product Owner');
  assert.deepEqual([...errors, ...other.errors], []);
  await other.context.close();
  await context.close();
});

test('malformed and hostile hashes fall back to the defaults with a notice', async () => {
  // Each hash, loaded on its own, with the reason the link reader refuses it for (the same
  // pairs are checked natively in tests/model_link_state.rs). The browser percent-encodes the
  // spaces and angle brackets of the <img> one before the page sees it.
  const cases = [
    ['mode', '"mode" has no value'],
    ['mode=', 'mode: unknown mode ""'],
    ['mode=slideshow', 'mode: unknown mode "slideshow"'],
    ['mode=explore&mode=quiz', 'mode given twice'],
    ['colour=red', 'unknown key "colour"'],
    ['mode=%zz', 'mode: not valid URL encoding'],
    ['mode=%E2%82', 'mode: not valid URL encoding'],
    ['%=x', '"%" is not valid URL encoding'],
    ['attributes=Horizon', 'attributes: "Horizon" is not an id'],
    ['attributes=horizon,,goal', 'attributes: "" is not an id'],
    ['attributes=nope', 'attributes: unknown attribute "nope"'],
    ['pick=horizon', 'pick: "horizon" is not attribute:role'],
    ['pick=horizon:', 'pick: "horizon:" is not attribute:role'],
    ['pick=:pm', 'pick: ":pm" is not attribute:role'],
    ['pick=horizon:ceo', 'pick: unknown role "ceo"'],
    ['pick=nope:pm', 'pick: unknown attribute "nope"'],
    ['pick=horizon:pm,horizon:po', 'pick: "horizon" picked twice'],
    ['pick=horizon:shared', 'pick: "horizon" has no shared trait'],
    ['pick=%3Cscript%3Ealert(1)%3C/script%3E:pm', 'pick: "<script>alert(1)</script>:pm" is not attribute:role'],
    ['pick=javascript:alert(1)', 'pick: "javascript:alert(1)" is not attribute:role'],
    [`pick=${'horizon:pm,'.repeat(300)}`, 'too long (more than 2000 characters)'],
    ['mode=%E2%80%AEerolpxe', 'mode: unknown mode "\u202eerolpxe"'],
    ['<img src=x onerror=window.__pwned=1>', 'unknown key "<img src"'],
    ['&&mode=x&&', 'mode: unknown mode "x"'],
    ['=', 'unknown key ""'],
  ];
  assert.equal(cases.length, 25);
  const { page, errors, context } = await openPage(browser);
  for (const [hash, reason] of cases) {
    // A full load for each hash: a hash-only navigation would keep the previous page and widget.
    await page.goto('about:blank');
    await page.goto(`${server.url}/index.html#${hash}`);
    // A fresh document: the marker the previous case left is gone.
    assert.equal(await page.evaluate(() => window.__previousCase), undefined, hash);
    await page.evaluate((h) => { window.__previousCase = h; }, hash);
    const w = page.locator('role-explainer');
    await widgetReady(w);
    assert.equal(await w.getByRole('tab', { name: 'Compare' }).getAttribute('aria-selected'), 'true', hash);
    assert.equal(await w.getByRole('rowheader').count(), 13, hash);
    // The notice names no reason any more (it is in the reader's language); the reason for
    // each of these hashes is checked natively in tests/model_link_state.rs.
    assert.equal(
      await w.getByRole('note').innerText(),
      'link: The link’s saved state could not be used, so the defaults are shown',
      `${hash} (${reason})`,
    );
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  }
  // A broken hash typed into a live page falls back the same way.
  await page.goto(`${server.url}/index.html`);
  await widgetReady(page.locator('role-explainer'));
  await page.evaluate(() => { location.hash = 'mode=nope'; });
  await page.locator('role-explainer').getByRole('note').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the offline single file works from file:// with the network blocked', async () => {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
  const requests = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  await context.setOffline(true);
  await page.goto(`file://${join(ROOT, 'dist', 'offline', 'role-explainer.html')}`);
  const w = page.locator('role-explainer');
  await widgetReady(w);
  await w.getByRole('button', { name: 'Focus', exact: true }).click();
  assert.equal(await w.getByRole('status').innerText(), 'Showing 11 of 12 attributes');
  await w.getByRole('tab', { name: 'Which role?' }).click();
  await w.getByRole('button', { name: 'The next 1–3 years' }).click();
  assert.equal(await w.getByRole('status').innerText(), '1 of 1 trait: Product Manager');
  await w.getByRole('tab', { name: 'Quiz' }).click();
  await w.locator('.quiz-card').first().getByRole('button').first().click();
  assert.equal(await w.locator('.quiz-progress').innerText(), '1 of 10 answered');
  await w.getByRole('button', { name: 'Show solution' }).click();
  assert.match(await w.locator('.quiz-progress').innerText(), /^[01] \/ 10\s*Solution shown$/);
  // Styled from the inlined CSS.
  assert.notEqual(await w.locator('.rx-root').evaluate((el) => getComputedStyle(el).borderTopLeftRadius), '0px');
  assert.deepEqual(requests, [], 'no network request was even tried');
  const files = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.deepEqual(files, [], 'nothing but the page itself was loaded');
  assert.deepEqual(errors, []);
  await context.close();
});

test('printing gives the whole table and no controls, from any view', async () => {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1000, height: 900 } });
  await page.goto(`${server.url}/index.html#mode=explore&pick=horizon:po`);
  const w = page.locator('role-explainer');
  await widgetReady(w);
  // What a browser does when the reader prints: announce it, then lay out for print. (The
  // page.pdf() tests in seen.test.mjs go through Chromium's own print path.)
  const print = async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
  };
  const printed = async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  };
  await print();
  assert.equal(await w.getByRole('button').count(), 0, 'no buttons in print');
  assert.equal(await w.getByRole('tab').count(), 0);
  assert.equal(await w.getByRole('table').count(), 1);
  assert.equal(await w.getByRole('rowheader').count(), 13);
  assert.match(await w.getByRole('row', { name: /Time horizon/ }).innerText(), /The next 1–3 years[\s\S]*The next 1–3 sprints/);
  await screenshot(page, 'print-handout');
  // And from a compare view with rows hidden: still every row.
  await printed();
  // Off paper, the print-only copy is gone again (clicks never pay for building it).
  assert.equal(await w.locator('.rx-print').count(), 0);
  await w.getByRole('tab', { name: 'Compare' }).click();
  await w.getByRole('button', { name: 'None', exact: true }).click();
  await print();
  assert.equal(await w.getByRole('rowheader').count(), 13);
  assert.equal(await w.getByRole('button').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('presentation: reveal row by row, step, help, quiz and full screen from the keyboard', async () => {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.__fullscreenRequests = [];
    const original = Element.prototype.requestFullscreen;
    Element.prototype.requestFullscreen = function (...args) {
      window.__fullscreenRequests.push(this.tagName.toLowerCase());
      return original.apply(this, args);
    };
  });
  await page.goto(`${server.url}/test/present.html`);
  const w = page.locator('#present');
  await widgetReady(w);
  const cellsOf = (name) => w.getByRole('row', { name: new RegExp(name) }).innerText();
  assert.match(await cellsOf('Time horizon'), /Hidden/);
  assert.doesNotMatch(await cellsOf('Time horizon'), /1–3 years/);

  // The host page keeps its own keys: typing Q in the host's field does not open the quiz.
  await page.locator('#host-input').focus();
  await page.keyboard.type('q?f');
  assert.equal(await page.locator('#host-input').inputValue(), 'q?f');
  assert.equal(await w.getByRole('tab', { name: 'Compare' }).getAttribute('aria-selected'), 'true');
  assert.deepEqual(await page.evaluate(() => window.__fullscreenRequests), []);

  // Focus the table, then present.
  await w.getByRole('group', { name: 'Product Manager vs Product Owner', exact: true }).focus();
  await page.keyboard.press('Space');
  assert.match(await cellsOf('Time horizon'), /The next 1–3 years/);
  assert.match(await cellsOf('Focus'), /Hidden/);
  await page.keyboard.press('Space');
  assert.match(await cellsOf('Focus'), /The long-term vision/);
  assert.equal(await w.locator('tr[aria-current="true"]').innerText().then((t) => t.startsWith('Focus')), true);
  await page.keyboard.press('ArrowRight');
  assert.match(await cellsOf('Goal'), /Outcomes that meet business objectives/);
  assert.match(await w.locator('tr[aria-current="true"]').innerText(), /^Goal/);
  await page.keyboard.press('ArrowLeft');
  assert.match(await w.locator('tr[aria-current="true"]').innerText(), /^Focus/);
  assert.match(await cellsOf('Owned artifacts'), /Hidden/);
  // The last hidden row: Reveal next (and Reveal all) are there until it is revealed.
  assert.equal(await w.getByRole('button', { name: 'Reveal next' }).count(), 1, 'a row is still hidden');
  assert.equal(await w.getByRole('button', { name: 'Reveal all' }).count(), 1);
  await w.getByRole('button', { name: 'Reveal: Owned artifacts' }).click();
  assert.match(await cellsOf('Owned artifacts'), /The product roadmap/);
  await w.getByRole('button', { name: 'Reveal next' }).waitFor({ state: 'detached' });
  assert.equal(await w.getByRole('button', { name: 'Reveal next' }).count(), 0, 'nothing left to reveal');
  assert.equal(await w.getByRole('button', { name: 'Reveal all' }).count(), 0);

  // ? opens the help, Escape closes it.
  await w.getByRole('group', { name: 'Product Manager vs Product Owner', exact: true }).focus();
  await page.keyboard.press('?');
  const help = w.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await help.waitFor();
  assert.match(await help.innerText(), /Reveal the next row/);
  // Focus moves into the help, onto its Close button, so keyboard and screen-reader users land in it.
  assert.equal(await help.getByRole('button', { name: 'Close' }).evaluate((b) => b.getRootNode().activeElement === b), true, 'focus is on Close');
  await page.keyboard.press('Escape');
  await help.waitFor({ state: 'detached' });

  // F asks for full screen on the widget; F again leaves it.
  await w.getByRole('group', { name: 'Product Manager vs Product Owner', exact: true }).focus();
  await page.keyboard.press('f');
  assert.deepEqual(await page.evaluate(() => window.__fullscreenRequests), ['role-explainer']);
  await page.waitForFunction(() => document.fullscreenElement?.id === 'present');
  // One label, its state in aria-pressed.
  await w.getByRole('button', { name: 'Full screen', pressed: true }).waitFor();
  await page.keyboard.press('f');
  await page.waitForFunction(() => document.fullscreenElement === null);
  await w.getByRole('button', { name: 'Full screen', pressed: false }).waitFor();

  // Q opens the quiz.
  await page.keyboard.press('q');
  assert.equal(await w.getByRole('tab', { name: 'Quiz' }).getAttribute('aria-selected'), 'true');
  await screenshot(page, 'presentation');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a lesson in progress survives opening the quiz (which loads the full build)', async () => {
  // On a phone the reasons fold away behind their own toggle.
  const { page, errors, context } = await openPage(browser, { viewport: { width: 390, height: 800 } });
  // The full build is held back until the reader has gone back to the lesson.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/pkg/role-explainer-full_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(`${server.url}/test/present.html`);
  const w = page.locator('#present');
  await widgetReady(w);
  const cellsOf = (name) => w.getByRole('row', { name: new RegExp(name) }).first().innerText();
  await w.getByRole('button', { name: 'Reveal: Time horizon' }).click();
  await w.getByRole('button', { name: 'Reveal: Goal' }).click();
  await w.getByRole('button', { name: 'Reasons' }).click();
  // A row the embedder's `attributes` did not show.
  await w.getByRole('button', { name: /^Show attributes/ }).click();
  await w.getByRole('button', { name: 'Success metrics' }).click();

  // Quiz, and back while it loads: the reader reveals one more row meanwhile.
  await w.getByRole('tab', { name: 'Quiz' }).click();
  await w.getByText('Loading the quiz…').waitFor();
  await w.getByRole('tab', { name: 'Compare' }).click();
  await w.getByRole('button', { name: 'Reveal: Owned artifacts' }).click();
  release();
  await w.getByRole('tab', { name: 'Quiz' }).click();
  await w.getByRole('button', { name: 'Check' }).waitFor();
  await w.getByRole('tab', { name: 'Compare' }).click();
  assert.match(await cellsOf('Time horizon'), /The next 1–3 years/);
  assert.match(await cellsOf('Goal'), /Outcomes that meet business objectives/);
  assert.match(await cellsOf('Owned artifacts'), /The product roadmap/);
  assert.match(await cellsOf('Focus'), /Hidden/, 'a row the class has not seen stays hidden');
  assert.match(await cellsOf('Success metrics'), /Hidden/, 'the row the reader added is there');
  assert.equal(await w.getByRole('rowheader').count(), 5);
  assert.match(await w.locator('tr[aria-current="true"]').innerText(), /^Owned artifacts/);
  assert.equal(await w.getByRole('button', { name: 'Reasons' }).getAttribute('aria-pressed'), 'true');
  assert.deepEqual(errors, []);
  await context.close();
});

test('presentation: stepping down a table taller than the screen keeps the current row in sight', async () => {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1280, height: 420 } });
  await page.goto(`${server.url}/test/present.html`);
  const w = page.locator('#present');
  await widgetReady(w);
  await w.getByRole('group', { name: 'Product Manager vs Product Owner', exact: true }).focus();
  const current = w.locator('tr[aria-current="true"]');
  // Whether the row is wholly on screen, asked until it is (a host may scroll smoothly).
  const inSight = async () => {
    for (let tries = 0; tries < 20; tries++) {
      const seen = await current.evaluate((row) => {
        const box = row.getBoundingClientRect();
        // Below the table's header, which sticks to the top of the screen while the table
        // scrolls. A pixel of slack: the scroll may stop mid-pixel.
        const head = row.closest('table').querySelector('thead').getBoundingClientRect();
        return box.top >= head.bottom - 1 && box.bottom <= innerHeight + 1;
      });
      if (seen) return true;
      await page.waitForTimeout(100);
    }
    return false;
  };
  // Space reveals the next row and makes it current; the page itself must not scroll for it
  // (the widget takes the key), so only the widget can bring the row into sight.
  for (const name of ['Time horizon', 'Focus', 'Goal', 'Owned artifacts']) {
    await page.keyboard.press('Space');
    assert.match(await current.innerText(), new RegExp(`^${name}`));
    assert.equal(await inSight(), true, `${name} is on screen once current`);
  }
  // And back up with the arrow keys.
  for (const name of ['Goal', 'Focus', 'Time horizon']) {
    await page.keyboard.press('ArrowLeft');
    assert.match(await current.innerText(), new RegExp(`^${name}`));
    assert.equal(await inSight(), true, `${name} is on screen once current`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('inside a sandboxed iframe without full screen the button is hidden and F says so', async () => {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1000, height: 800 } });
  await page.goto(`${server.url}/test/sandboxed.html`);
  const frame = page.frameLocator('#frame');
  await widgetReady(frame.locator('role-explainer'));
  // A plain embed keeps its toolbar quiet: no keyboard-help button (? still opens the help).
  assert.equal(await frame.getByRole('button', { name: 'Keyboard shortcuts' }).count(), 0);
  assert.equal(await frame.getByRole('button', { name: /full screen/i }).count(), 0);
  await frame.getByRole('tab', { name: 'Compare' }).focus();
  await page.keyboard.press('f');
  assert.equal(await frame.getByRole('status').innerText(), 'Full screen is not available here');
  assert.deepEqual(errors, []);
  await context.close();
});
