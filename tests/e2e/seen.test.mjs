// What readers, teachers and presenters see: phones to projectors in every mode and theme,
// the widget as a guest in a blog post, print, quiz scores, and a real reveal.js deck.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { serve, launch, openPage, screenshot, widgetReady, ROOT, SCREENSHOTS } from './harness.mjs';
import { layoutProblems, lowContrastOnWhite } from './layout.mjs';

const WIDTHS = [360, 390, 412, 600, 768, 1280, 1920];
const MODES = ['compare', 'explore', 'quiz'];
const THEMES = ['light', 'dark', 'contrast'];

const page = (body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1"><title>test</title>
  <link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/page.css">
  <script type="module" src="/role-explainer.js"></script>${head}</head><body>${body}</body></html>`;

const spacer = '<div style="height: 3000px">Scroll on.</div>';

let server;
let browser;
let dataset;
before(async () => {
  const reveal = join(ROOT, 'node_modules', 'reveal.js', 'dist');
  server = await serve({
    pages: {
      '/test/one.html': page('<main class="page"><role-explainer id="w" eager seed="7"></role-explainer></main>'),
      '/test/long.html': page(`<main class="page article"><h1>A long lesson</h1>${spacer}
        <p>First widget, no fallback table.</p><role-explainer id="a" dataset="pm-vs-po" mode="explore"></role-explainer>${spacer}
        <p>Second, dark.</p><role-explainer id="b" dataset="pm-vs-po" theme="dark"></role-explainer>${spacer}
        <p>Third, high contrast, in the quiz.</p><role-explainer id="c" dataset="pm-vs-po" theme="contrast" mode="quiz"></role-explainer>
        <p id="end">The end.</p></main>`),
      '/test/stack.html': page(`<main class="page">${Array.from({ length: 8 }, (_, i) => `<role-explainer id="s${i}" eager></role-explainer>`).join('')}</main>`),
      '/test/far.html': page(`<main class="page">${spacer}<role-explainer id="far" eager></role-explainer>${spacer}</main>`),
      '/test/worksheet.html': page(`<main class="page">
        <role-explainer id="reveal" reveal print="worksheet" eager></role-explainer>
        <role-explainer id="quiz" mode="quiz" seed="3" print="worksheet" eager></role-explainer></main>`),
      '/test/present.html': page('<main class="page"><role-explainer id="w" reveal presenting="on" eager></role-explainer></main>'),
      '/test/quiz.html': page('<main class="page"><role-explainer id="quiz" mode="quiz" seed="7" eager></role-explainer></main>'),
      '/test/deck.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>deck</title>
        <link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/reveal/reveal.css"><link rel="stylesheet" href="/reveal/theme/white.css">
        <script type="module" src="/role-explainer.js"></script></head><body>
        <div class="reveal"><div class="slides">
          <section><h2>Roles</h2></section>
          <section><h2 id="slide-title">Compare</h2>
            <role-explainer id="w" presenting="on" header="hide" attributes="horizon,focus,goal" reveal eager></role-explainer></section>
          <section><h2>Thanks</h2></section>
        </div></div>
        <script src="/reveal/reveal.js"></script>
        <script>Reveal.initialize({ hash: false, transition: 'none' }).then(() => { window.deckReady = true; });</script>
        </body></html>`,
    },
    routes: { '/reveal/': reveal },
  });
  browser = await launch();
  dataset = JSON.parse(await readFile(join(ROOT, 'data', 'pm-vs-po.en.json'), 'utf8'));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Sets attributes on the widget and waits until it shows the mode asked for. */
async function show(p, attributes) {
  await p.evaluate((attributes) => {
    const w = document.querySelector('#w');
    for (const [name, value] of Object.entries(attributes)) w.setAttribute(name, value);
  }, attributes);
  const w = p.locator('#w');
  const tab = { compare: /^(Compare|Vergleichen|مقارنة)$/, explore: /Which role|Welche Rolle|أي دور/, quiz: /^(Quiz|اختبار)$/ }[attributes.mode];
  await w.getByRole('tab', { name: tab, selected: true }).waitFor();
}

test('no broken words, no sideways scroll, no clipped control: every mode, width and theme', async () => {
  const { page: p, errors, context } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  await p.goto(`${server.url}/test/one.html`);
  await widgetReady(p.locator('#w'));
  const failures = [];
  let checked = 0;
  const runs = [
    ...THEMES.map((theme) => ({ theme, lang: 'en' })),
    { theme: 'light', lang: 'de' },
    { theme: 'light', lang: 'ar' },
  ];
  for (const { theme, lang } of runs) {
    for (const mode of MODES) {
      await show(p, { theme, lang, mode });
      for (const width of WIDTHS) {
        await p.setViewportSize({ width, height: width < 800 ? 740 : 1000 });
        await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const problems = await layoutProblems(p);
        checked += 1;
        for (const problem of problems) failures.push(`${mode} ${theme} ${lang} ${width}px: ${problem}`);
        await screenshot(p, `layout-${mode}-${theme}-${lang}-${width}`);
      }
    }
  }
  assert.equal(checked, 5 * MODES.length * WIDTHS.length);
  assert.deepEqual(failures, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the layout check catches a word broken across lines', async () => {
  // The check itself must be able to fail: squeeze a label into one letter's width.
  const { page: p, context } = await openPage(browser, { viewport: { width: 400, height: 740 } });
  await p.goto(`${server.url}/test/one.html`);
  await widgetReady(p.locator('#w'));
  await p.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = '.rx-title { width: 1ch; overflow-wrap: anywhere; }';
    document.querySelector('#w').shadowRoot.append(style);
  });
  const problems = await layoutProblems(p);
  assert.ok(problems.some((x) => /Product Manager vs Product Owner.* lines for 5 word/.test(x)), problems.join('\n'));
  await context.close();
});

test('on a phone: the compare view fits in 4 screens, the verdict in a fifth, columns stay put', async () => {
  const { page: p, errors, context } = await openPage(browser, { viewport: { width: 360, height: 740 } });
  await p.goto(`${server.url}/test/one.html`);
  const w = p.locator('#w');
  await widgetReady(w);
  assert.equal(await w.getByRole('rowheader').count(), 13, 'all 12 attributes and the shared trait');
  const height = (await w.boundingBox()).height;
  assert.ok(height <= 4 * 740, `compare view is ${height} px tall, more than 4 screens`);
  // The reasons fold away on a phone and come back with one button.
  const horizon = w.getByRole('row', { name: /Time horizon/ });
  assert.doesNotMatch(await horizon.innerText(), /highly tactical|strategic/i);
  await w.getByRole('button', { name: 'Reasons' }).click();
  assert.equal(await w.getByRole('button', { name: 'Reasons' }).getAttribute('aria-pressed'), 'true');
  assert.match(await w.getByRole('row', { name: /Time horizon/ }).innerText(), /tactical/);
  // The chips fold behind a button that says how many rows show; opened, none is cut off.
  const rows = w.getByRole('button', { name: /Show attributes/ });
  assert.match(await rows.innerText(), /12\/12/);
  await rows.click();
  assert.equal(await rows.getAttribute('aria-expanded'), 'true');
  await w.getByRole('button', { name: 'Time horizon' }).click();
  assert.match(await rows.innerText(), /11\/12/);
  assert.deepEqual(await layoutProblems(p), []);
  await screenshot(p, 'phone-compare-chips-open');

  await show(p, { mode: 'explore' });
  await w.getByRole('group', { name: /Time horizon/ }).getByRole('button').first().click();
  const verdict = w.locator('.rx-verdict-wrap');
  const box = await verdict.boundingBox();
  assert.ok(box.height <= 0.2 * 740, `the verdict bar is ${box.height} px, more than a fifth of 740`);
  assert.match(await verdict.innerText(), /1 of 1 trait/);
  await screenshot(p, 'phone-explore');
  assert.deepEqual(errors, []);
  await context.close();
});

test('columns keep their place when rows are switched on and off', async () => {
  const { page: p, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await p.goto(`${server.url}/test/one.html`);
  const w = p.locator('#w');
  await widgetReady(w);
  const edges = () => w.getByRole('columnheader').evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().left)));
  const all = await edges();
  for (const name of ['Time horizon', 'Focus', 'What they tell the team', 'Owned artifacts']) {
    await w.getByRole('button', { name, exact: true }).click();
    assert.deepEqual(await edges(), all, `after switching ${name}`);
  }
  await w.getByRole('button', { name: 'None', exact: true }).click();
  await w.getByRole('button', { name: 'Overlap', exact: true }).click();
  assert.deepEqual(await edges(), all, 'with one row left');
  await context.close();
});

test('a good guest: the blog post keeps its text width, headings and a quiet toolbar', async () => {
  for (const width of [360, 412, 1280]) {
    const { page: p, errors, context } = await openPage(browser, { viewport: { width, height: 800 } });
    await p.goto(`${server.url}/blog-post.html`);
    const widgets = p.locator('role-explainer');
    const paragraph = await p.locator('main > p').first().boundingBox();
    for (let i = 0; i < 3; i += 1) {
      const w = widgets.nth(i);
      await widgetReady(w);
      const box = await w.boundingBox();
      const wide = (await w.getAttribute('layout')) === 'wide';
      if (wide) {
        assert.ok(box.width >= paragraph.width - 1 && box.x >= 0 && box.x + box.width <= width, `widget ${i} (wide) within the page`);
      } else {
        assert.ok(Math.abs(box.width - paragraph.width) <= 1, `widget ${i} is ${box.width} px, the text ${paragraph.width} px`);
      }
      // The post has its own headings: the widgets hide theirs.
      assert.equal(await w.getByRole('heading', { name: 'Product Manager vs Product Owner' }).count(), 0);
      // One compact presenting control (none on a phone), and no keyboard help cluttering the post.
      assert.equal(await w.getByRole('button', { name: 'Keyboard shortcuts' }).count(), 0);
      assert.equal(await w.getByRole('button', { name: 'Full screen' }).count(), width >= 800 ? 1 : 0);
    }
    assert.deepEqual(await layoutProblems(p), []);
    await screenshot(p, `blog-post-${width}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
  // The standalone page asks for every presenting control.
  const { page: p, context } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  await p.goto(`${server.url}/index.html`);
  await widgetReady(p.locator('role-explainer'));
  await p.getByRole('button', { name: 'Keyboard shortcuts' }).waitFor();
  await p.getByRole('heading', { name: 'Product Manager vs Product Owner', level: 2 }).waitFor();
  await context.close();
});

/** The text of a PDF of the page, as a teacher would read it. */
async function pdfText(p, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.pdf`);
  await writeFile(file, await p.pdf({ format: 'A4' }));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const count = (text, word) => text.split(word).length - 1;

test('printing a long page gives every widget\'s whole table, in dark text on white', async () => {
  const { page: p, errors, context } = await openPage(browser, { viewport: { width: 1000, height: 800 } });
  await p.goto(`${server.url}/test/long.html`);
  // The reader never scrolls: no widget has started. The page has loaded and gone idle, so the
  // builds the widgets need are there (the quiz's full build too) when the teacher prints.
  await p.waitForFunction(() => customElements.get('role-explainer'));
  await p.waitForLoadState('networkidle');
  assert.equal(await p.locator('role-explainer').evaluateAll((ws) => ws.filter((w) => w.shadowRoot.querySelector('.rx')).length), 0);
  const text = await pdfText(p, 'print-long-page');
  for (const words of ['Time horizon', 'The next 1–3 years', 'The next 1–3 sprints', 'Success metrics']) {
    assert.equal(count(text, words), 3, `"${words}" printed ${count(text, words)} times, not once per widget`);
  }
  assert.match(text, /The end\./);
  assert.doesNotMatch(text, /Full screen|Check|Show attributes/);
  await p.emulateMedia({ media: 'print' });
  assert.deepEqual(await lowContrastOnWhite(p), []);
  await p.emulateMedia({ media: 'screen' });
  // The contrast check can fail: screen colours of the dark theme are pale on white.
  assert.ok((await lowContrastOnWhite(p)).length > 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a widget far down the page is laid out only once the reader nears it, and stays laid out', async () => {
  const { page: p, errors, context } = await openPage(browser, { viewport: { width: 1000, height: 800 } });
  await p.goto(`${server.url}/test/far.html`);
  const w = p.locator('#far');
  // `eager` starts it at once, out of view: its controls exist, but the browser skips them.
  const tabs = w.getByRole('tablist');
  await tabs.waitFor({ state: 'attached' });
  const laidOut = () => tabs.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
  assert.equal(await laidOut(), false, 'skipped while far off screen');
  await w.scrollIntoViewIfNeeded();
  for (let i = 0; i < 40 && !(await laidOut()); i += 1) await p.waitForTimeout(50);
  assert.equal(await laidOut(), true, 'laid out once near');
  // Scrolled away again, it stays laid out: its text reads as text (innerText, a host's copy).
  await p.evaluate(() => window.scrollTo(0, 0));
  await p.waitForTimeout(300);
  assert.equal(await laidOut(), true, 'still laid out after the reader scrolled away');
  assert.match(await w.getByRole('heading', { level: 2 }).innerText(), /Product Manager vs Product Owner/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a page of empty widgets lays out only those near the screen, even with a late stylesheet', async () => {
  const { page: p, errors, context } = await openPage(browser, { viewport: { width: 1000, height: 800 } });
  // Until the stylesheet sizes them, empty elements have no height: all would count as near.
  await p.route('**/role-explainer.css', async (route) => {
    await new Promise((done) => setTimeout(done, 400));
    await route.continue();
  });
  await p.goto(`${server.url}/test/stack.html`);
  const widgets = p.locator('role-explainer');
  // Started (`eager`), without scrolling to them.
  for (let i = 0; i < 8; i += 1) await widgets.nth(i).getByRole('tablist').waitFor({ state: 'attached' });
  const laidOut = (i) => widgets.nth(i).getByRole('tablist').evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
  assert.equal(await laidOut(0), true, 'the first widget, on screen');
  assert.equal(await laidOut(7), false, 'the last widget, far below, is skipped');
  await widgets.nth(7).scrollIntoViewIfNeeded();
  for (let i = 0; i < 40 && !(await laidOut(7)); i += 1) await p.waitForTimeout(50);
  assert.equal(await laidOut(7), true, 'laid out once near');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a worksheet prints without the answers', async () => {
  const { page: p, errors, context } = await openPage(browser, { viewport: { width: 1000, height: 800 } });
  await p.goto(`${server.url}/test/worksheet.html`);
  await widgetReady(p.locator('#reveal'));
  await widgetReady(p.locator('#quiz'));
  const text = await pdfText(p, 'print-worksheet');
  // The reveal table: attribute names and roles, empty cells to fill in.
  assert.match(text, /Time horizon/);
  assert.match(text, /Product Owner/);
  for (const attribute of dataset.attributes) {
    for (const value of Object.values(attribute.values)) {
      // Quiz cards show traits as questions, so only require that no card's answer prints.
      if (!text.includes(value.text)) continue;
      assert.doesNotMatch(text, new RegExp(`${value.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\n\\s*${value.why.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), 'no why line under a trait');
    }
  }
  // The quiz: ten cards with boxes to tick, and no marks or solutions.
  assert.equal(count(text, '☐'), 10 * 3);
  assert.doesNotMatch(text, /Answer:|✓|✗|Right|Wrong/);
  // The reveal worksheet prints no trait of the table.
  const quizCards = await p.locator('#quiz').locator('.card-text').allInnerTexts();
  const traitsPrinted = dataset.attributes.flatMap((a) => Object.values(a.values).map((v) => v.text))
    .filter((t) => text.includes(t) && !quizCards.includes(t));
  assert.deepEqual(traitsPrinted, []);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The answer key, read from the dataset: trait text → button label. */
function ownerOf(text) {
  for (const attribute of dataset.attributes) {
    for (const [role, value] of Object.entries(attribute.values)) if (value.text === text) return role.toUpperCase();
    if (attribute.shared?.text === text) return 'Shared';
  }
  throw new Error(`no trait ${text}`);
}
const otherThan = (answer) => (answer === 'PM' ? 'PO' : 'PM');

async function quizPage() {
  const { page: p, errors, context } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
  const events = [];
  await p.exposeFunction('recordAnswer', (detail) => events.push(detail));
  await p.addInitScript(() => document.addEventListener('role-explainer:answer', (e) => window.recordAnswer(e.detail)));
  await p.goto(`${server.url}/test/quiz.html`);
  const w = p.locator('#quiz');
  await widgetReady(w);
  const cards = w.getByRole('listitem').filter({ has: p.getByRole('group') });
  const card = async (i) => {
    const item = cards.nth(i);
    const text = await item.locator('.card-text').innerText();
    return { item, answer: ownerOf(text), group: item.getByRole('group') };
  };
  return { p, w, errors, context, events, cards, card };
}

test('quiz: the solution never changes the earned score', async () => {
  const { p, w, errors, context, events, card } = await quizPage();
  for (let i = 0; i < 10; i += 1) {
    const { answer, group } = await card(i);
    await group.getByRole('button', { name: i < 4 ? answer : otherThan(answer) }).first().click();
  }
  await w.getByRole('button', { name: 'Check' }).click();
  assert.match(await w.locator('.score').innerText(), /^4 \/ 10$/);
  assert.equal(await p.getByRole('status').innerText(), 'Score: 4 of 10');
  await w.getByRole('button', { name: 'Show solution' }).click();
  assert.match(await w.locator('.score').innerText(), /^4 \/ 10$/);
  assert.match(await w.locator('.quiz-progress').innerText(), /Solution shown/);
  assert.equal(await w.getByText('✓ Right').count(), 4, 'only the cards the reader got right say Right');
  assert.equal(await w.getByText('✗ Wrong').count(), 6);
  assert.equal(await w.getByText(/Answer:/).count(), 10, 'every card shows its answer');
  assert.equal(events.at(-1).score, 4);
  assert.equal(events.at(-1).solution_shown, true);
  assert.equal(events.length, 2, 'one event for Check, one for the solution');
  assert.deepEqual(errors, []);
  await context.close();
});

test('quiz: an early Check marks only what was answered and says how many are left', async () => {
  const { p, w, errors, context, events, card } = await quizPage();
  for (let i = 0; i < 3; i += 1) {
    const { answer, group } = await card(i);
    await group.getByRole('button', { name: i < 2 ? answer : otherThan(answer) }).first().click();
  }
  await w.getByRole('button', { name: 'Check' }).click();
  assert.match(await w.locator('.quiz-progress').innerText(), /2 \/ 10\s*Unanswered: 7/);
  assert.equal(await p.getByRole('status').innerText(), 'Score: 2 of 10. Unanswered: 7');
  assert.equal(await w.getByText('✗ Wrong').count(), 1, 'unanswered cards are not marked wrong');
  assert.equal(events.at(-1).unanswered, 7);
  // An unanswered card still takes an answer; a checked one is locked.
  const fourth = await card(3);
  assert.equal(await fourth.item.locator('.card-result').count(), 0);
  const button = fourth.group.getByRole('button', { name: fourth.answer }).first();
  assert.equal(await button.getAttribute('aria-disabled'), null);
  await button.click();
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  const first = await card(0);
  const locked = first.group.getByRole('button', { name: otherThan(first.answer) }).first();
  assert.equal(await locked.getAttribute('aria-disabled'), 'true');
  await locked.click({ force: true }); // a reader can still press it; nothing changes
  assert.equal(await locked.getAttribute('aria-pressed'), 'false');
  await w.getByRole('button', { name: 'Check' }).click();
  assert.match(await w.locator('.quiz-progress').innerText(), /3 \/ 10\s*Unanswered: 6/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('quiz: cards do not move when answered, on a phone or a desktop', async () => {
  for (const width of [360, 1100]) {
    const { p, w, context, card, cards } = await quizPage();
    await p.setViewportSize({ width, height: 800 });
    const boxes = () => cards.evaluateAll((items) => items.map((li) => {
      const r = li.getBoundingClientRect();
      return [Math.round(r.x + scrollX), Math.round(r.y + scrollY), Math.round(r.width), Math.round(r.height)];
    }));
    const before = await boxes();
    for (let i = 0; i < 10; i += 1) {
      const { group } = await card(i);
      const buttons = group.getByRole('button');
      await buttons.nth(i % (await buttons.count())).click();
    }
    assert.deepEqual(await boxes(), before);
    assert.deepEqual(await layoutProblems(p), []);
    await screenshot(p, `quiz-answered-${width}`);
    await context.close();
  }
});

test('in a reveal.js deck, keys in the widget stay in the widget and the deck keeps the rest', async () => {
  const { page: p, errors, context } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  await p.goto(`${server.url}/test/deck.html`);
  await p.waitForFunction(() => window.deckReady);
  const slide = () => p.evaluate(() => Reveal.getIndices().h);
  await p.keyboard.press('ArrowRight');
  assert.equal(await slide(), 1, 'the deck answers its own keys');
  const w = p.locator('#w');
  await widgetReady(w);
  const current = () => w.locator('tr[aria-current="true"] th').innerText().catch(() => '');

  await w.getByRole('tab', { name: 'Compare' }).click();
  await p.keyboard.press('ArrowRight'); // the tab list moves between views, the slide stays
  assert.equal(await slide(), 1);
  await w.getByRole('tab', { name: 'Compare' }).click();
  await w.getByRole('group', { name: 'Product Manager vs Product Owner', exact: true }).focus();
  await p.keyboard.press('Space');
  assert.equal(await slide(), 1, 'Space revealed a row, not the next slide');
  assert.match(await current(), /Time horizon/);
  await p.keyboard.press('ArrowRight');
  assert.match(await current(), /Focus/);
  await p.keyboard.press('ArrowLeft');
  assert.match(await current(), /Time horizon/);
  assert.equal(await slide(), 1);
  await w.getByRole('button', { name: 'Reveal next' }).focus();
  await p.keyboard.press('Space');
  await p.keyboard.press('Enter');
  assert.equal(await slide(), 1, 'Space and Enter pressed a widget button, not the deck');
  await p.keyboard.press('?');
  await w.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  assert.equal(await p.locator('.reveal .r-overlay-help').count(), 0, "the deck's own help stays shut");
  await p.keyboard.press('Escape');
  await w.getByRole('dialog').waitFor({ state: 'detached' });
  assert.equal(await p.evaluate(() => document.activeElement?.id), 'w', 'focus stays in the widget');
  assert.equal(await p.evaluate(() => Reveal.isOverview()), false, 'Escape did not open the overview');
  await p.keyboard.press('f');
  assert.equal(await slide(), 1);
  // Keys the widget does not use still reach the deck, from inside the widget too.
  await p.keyboard.press('n');
  assert.equal(await slide(), 2);
  await p.evaluate(() => Reveal.slide(1));
  await screenshot(p, 'reveal-deck');
  // Outside the widget, the deck's arrows are the deck's.
  await p.mouse.click(5, 5);
  await p.keyboard.press('ArrowRight');
  assert.equal(await slide(), 2);
  assert.deepEqual(errors.filter((e) => !/fullscreen|Permissions check failed/i.test(e)), []);
  await context.close();
});

test('presenting in full screen: focus, Space, help, a sticky header and the table up top', async () => {
  const { page: p, errors, context } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
  await p.goto(`${server.url}/test/present.html`);
  const w = p.locator('#w');
  await widgetReady(w);
  await w.getByRole('button', { name: 'Reveal next' }).waitFor();
  // Clicking the title gives the widget focus: its shortcuts work at once.
  await w.getByRole('heading', { name: 'Product Manager vs Product Owner' }).click();
  await p.keyboard.press('?');
  await w.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  await p.keyboard.press('Escape');
  await w.getByRole('dialog').waitFor({ state: 'detached' });
  assert.equal(await p.evaluate(() => document.activeElement?.tagName), 'ROLE-EXPLAINER', 'Escape kept focus in the widget');
  const fullscreen = w.getByRole('button', { name: 'Full screen' });
  await fullscreen.click();
  await p.waitForFunction(() => document.fullscreenElement?.tagName === 'ROLE-EXPLAINER');
  await w.getByRole('button', { name: 'Full screen', pressed: true }).waitFor();
  await p.keyboard.press('Space');
  assert.equal(await p.evaluate(() => document.fullscreenElement?.tagName), 'ROLE-EXPLAINER', 'Space did not leave full screen');
  assert.match(await w.locator('tr[aria-current="true"]').innerText(), /Time horizon/);
  // The table starts in the upper half of the screen.
  const firstRow = await w.getByRole('row', { name: /Time horizon/ }).boundingBox();
  assert.ok(firstRow.y < 720 / 2, `first row at ${firstRow.y}`);
  for (let i = 0; i < 11; i += 1) await p.keyboard.press('ArrowRight');
  assert.match(await w.locator('tr[aria-current="true"]').innerText(), /Overlap/);
  const header = await w.getByRole('columnheader', { name: /Product Owner/ }).boundingBox();
  const row = await w.locator('tr[aria-current="true"]').boundingBox();
  assert.ok(header.y >= -1 && header.y + header.height <= row.y + 1, `header at ${header.y}, current row at ${row.y}`);
  await screenshot(p, 'fullscreen-stepped');
  await fullscreen.click();
  await p.waitForFunction(() => document.fullscreenElement === null);
  await w.getByRole('button', { name: 'Full screen', pressed: false }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('mixed direction: English content in an Arabic interface reads left to right', async () => {
  const { page: p, errors, context } = await openPage(browser, { viewport: { width: 1000, height: 800 } });
  await p.goto(`${server.url}/test/one.html`);
  await show(p, { mode: 'explore', lang: 'ar' });
  const question = p.locator('#w').getByText(dataset.attributes[0].question, { exact: true });
  await question.waitFor();
  // The question mark ends the English sentence on its right, not on its left.
  const [first, last] = await question.evaluate((el) => {
    const node = el.firstChild;
    const at = (i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect().left; };
    return [at(0), at(node.textContent.length - 1)];
  });
  assert.ok(last > first, `"?" at ${last}, "H" at ${first}`);
  assert.equal(await question.evaluate((el) => el.closest('[lang]').lang), 'en');
  assert.deepEqual(errors, []);
  await context.close();
});

test('shortcuts work on an Arabic keyboard layout, and AZERTY letters count as typed', async () => {
  const { page: p, errors, context } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  await p.goto(`${server.url}/test/present.html`);
  await p.evaluate(() => document.querySelector('#w').setAttribute('lang', 'ar'));
  const w = p.locator('#w');
  await widgetReady(w);
  await w.getByRole('tab', { name: 'مقارنة', selected: true }).waitFor();
  const cdp = await context.newCDPSession(p);
  // A real key press as an Arabic layout sends it: the character typed, and the physical key.
  const press = async (key, code, vk, modifiers = 0) => {
    for (const type of ['keyDown', 'keyUp']) {
      const text = type === 'keyDown' && [...key].length === 1 ? { text: key } : {};
      await cdp.send('Input.dispatchKeyEvent', { type, key, code, windowsVirtualKeyCode: vk, modifiers, ...text });
    }
  };
  await w.getByRole('group', { name: 'Product Manager vs Product Owner', exact: true }).focus();
  // AZERTY: the key where QWERTY has Q types "a", which is no shortcut.
  await press('a', 'KeyQ', 65);
  await w.getByRole('tab', { name: 'مقارنة', selected: true }).waitFor();
  await press('؟', 'Slash', 191, 8);
  await w.getByRole('dialog').waitFor();
  await press('Escape', 'Escape', 27);
  await w.getByRole('dialog').waitFor({ state: 'detached' });
  await press('ب', 'KeyF', 70);
  await p.waitForFunction(() => document.fullscreenElement?.id === 'w');
  await press('ب', 'KeyF', 70);
  await p.waitForFunction(() => document.fullscreenElement === null);
  await press('ض', 'KeyQ', 81);
  await w.getByRole('tab', { name: 'اختبار', selected: true }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
