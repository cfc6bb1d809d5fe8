// Authors' content: three roles, interface languages, right-to-left, themes and colours.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot, widgetReady } from './harness.mjs';

// A Hebrew dataset (English interface, mirrored layout) whose title starts with a Latin word.
const HEBREW = JSON.stringify({
  version: 1, id: 'hebrew', title: 'Scrum: מנהל מוצר מול בעל מוצר', lang: 'he', source: 'A test',
  roles: [
    { id: 'a', name: 'מנהל מוצר', short: 'PM', description: 'First.' },
    { id: 'b', name: 'בעל מוצר', short: 'PO', description: 'Second.' },
  ],
  attributes: [{ id: 'k', name: 'אופק זמן', values: { a: { text: 'שנים', why: 'w' }, b: { text: 'ספרינטים', why: 'w' } } }],
});
const COLOURED = JSON.stringify({
  version: 1, id: 'coloured', title: 'Coloured', lang: 'en', source: 'A test',
  roles: [
    { id: 'a', name: 'Alpha', short: 'A', description: 'First.', colour: '#123456' },
    { id: 'b', name: 'Beta', short: 'B', description: 'Second.' },
  ],
  attributes: [{ id: 'k', name: 'Kind', values: { a: { text: 'Ay', why: 'w' }, b: { text: 'Bee', why: 'w' } } }],
});

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>authoring</title>
  <link rel="icon" href="/favicon.svg"><script type="module" src="/role-explainer.js"></script></head><body>
  <role-explainer id="three" dataset="project-vs-product-vs-owner"></role-explainer>
  <role-explainer id="de" dataset="pm-vs-po" lang="de"></role-explainer>
  <role-explainer id="de-id" dataset="pm-vs-po.de" attributes="horizon"></role-explainer>
  <role-explainer id="ar" dataset="pm-vs-po" lang="ar"></role-explainer>
  <div dir="rtl"><role-explainer id="rtl-host" dataset="pm-vs-po"></role-explainer></div>
  <role-explainer id="auto" dataset="pm-vs-po" attributes="horizon"></role-explainer>
  <role-explainer id="light" dataset="pm-vs-po" theme="light" attributes="horizon"></role-explainer>
  <role-explainer id="contrast" dataset="pm-vs-po" theme="contrast" attributes="horizon"></role-explainer>
  <role-explainer id="coloured"><script type="application/json">${COLOURED}</script></role-explainer>
  <role-explainer id="hebrew"><script type="application/json">${HEBREW}</script></role-explainer>
</body></html>`;

let server;
let browser;
before(async () => {
  server = await serve({ pages: { '/test/authoring.html': PAGE } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(options = {}) {
  const opened = await openPage(browser, { viewport: { width: 1200, height: 900 }, ...options });
  await opened.page.goto(`${server.url}/test/authoring.html`);
  const widgets = opened.page.locator('role-explainer');
  for (let i = 0; i < (await widgets.count()); i += 1) await widgetReady(widgets.nth(i));
  return opened;
}

const background = (w) => w.locator('.rx-root').evaluate((el) => getComputedStyle(el).backgroundColor);

test('the three-role dataset renders in both views with a correct verdict', async () => {
  const { page, errors, context } = await open();
  const w = page.locator('#three');
  const headers = (await w.getByRole('columnheader').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
  assert.deepEqual(headers, ['Attribute', '● PjM Project Manager', '■ PM Product Manager', '▲ PO Product Owner']);
  await w.getByRole('tab', { name: 'Which role?' }).click();
  await w.getByRole('button', { name: 'On time, on budget, in scope' }).click();
  await w.getByRole('button', { name: 'The project plan, schedule and risk register' }).click();
  await w.getByRole('button', { name: 'The next 1–3 sprints' }).click();
  assert.equal(await w.getByRole('status').innerText(), '2 of 3 traits: Project Manager');
  assert.equal(await w.getByRole('meter', { name: 'Product Owner: 1 of 3 traits' }).count(), 1);
  await w.getByRole('button', { name: 'The long-term vision' }).click();
  await w.getByRole('button', { name: 'The next 1–3 years' }).click(); // replaces the sprints pick
  assert.equal(await w.getByRole('status').innerText(), 'A tie, 2 of 4 traits each: Project Manager and Product Manager');
  await screenshot(page, 'three-roles');
  assert.deepEqual(errors, []);
  await context.close();
});

test('lang="de" shows German interface and content', async () => {
  const { page, errors, context } = await open();
  const w = page.locator('#de');
  assert.equal(await w.getByRole('tab', { name: 'Vergleichen' }).getAttribute('aria-selected'), 'true');
  assert.match(await w.getByRole('row', { name: /Zeithorizont/ }).innerText(), /Die nächsten 1–3 Jahre/);
  assert.equal(await w.getByRole('columnheader', { name: /Produktmanager/ }).count(), 1);
  assert.match(await w.getByRole('row', { name: /Zeithorizont/ }).innerText(), /Abschnitt: Product Manager/);
  // The help names the keys as a German keyboard labels them.
  // A plain embed has no help button; ? opens the help.
  await w.getByRole('tab', { name: 'Vergleichen' }).focus();
  await page.keyboard.press('?');
  const help = w.getByRole('dialog', { name: 'Tastenkürzel' });
  assert.match(await help.innerText(), /Leertaste\s+Nächste Zeile aufdecken/);
  await help.getByRole('button', { name: 'Schließen' }).click();
  await help.waitFor({ state: 'detached' });
  await w.getByRole('button', { name: 'Zeithorizont' }).click();
  assert.equal(await w.getByRole('status').innerText(), '11 von 12 Aspekten angezeigt');
  await w.getByRole('tab', { name: 'Welche Rolle?' }).click();
  await w.getByRole('button', { name: 'Die nächsten 1–3 Sprints' }).click();
  assert.equal(await w.getByRole('status').innerText(), '1 von 1 Merkmal: Product Owner');
  // The content carries its own language.
  assert.equal(await w.getByRole('button', { name: 'Die nächsten 1–3 Sprints' }).evaluate((el) => el.closest('[lang]').lang), 'de');
  // The translation is also a built-in id of its own; the interface follows its language.
  const byId = page.locator('#de-id');
  assert.equal(await byId.getByRole('tab', { name: 'Vergleichen' }).getAttribute('aria-selected'), 'true');
  assert.match(await byId.getByRole('row', { name: /Zeithorizont/ }).innerText(), /Die nächsten 1–3 Jahre/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('lang="ar" and a dir="rtl" host mirror the layout', async () => {
  const { page, errors, context } = await open();
  for (const id of ['#ar', '#rtl-host']) {
    const w = page.locator(id);
    const x = async (name) => (await w.getByRole('columnheader', { name }).boundingBox()).x;
    const [attribute, pm, po] = await Promise.all([x(/^(الجانب|Attribute)$/), x(/Product Manager/), x(/Product Owner/)]);
    assert.ok(attribute > pm && pm > po, `${id}: columns run right to left (${attribute}, ${pm}, ${po})`);
    const tabs = w.getByRole('tab');
    const [first, second] = [await tabs.nth(0).boundingBox(), await tabs.nth(1).boundingBox()];
    assert.ok(first.x > second.x, `${id}: the first tab is on the right`);
    const direction = await w.locator('.rx').evaluate((el) => getComputedStyle(el).direction);
    assert.equal(direction, 'rtl');
    // The English content inside still reads left to right, and says it is English.
    const trait = w.getByRole('cell', { name: /^The next 1–3 years/ }).getByText('The next 1–3 years', { exact: true });
    assert.deepEqual(await trait.evaluate((el) => [getComputedStyle(el).direction, el.closest('[lang]').lang]), ['ltr', 'en'], id);
  }
  // The mirrored layout keeps English interface text reading left to right: "Which role?",
  // with its question mark after the words, not "?Which role".
  const marks = await page.locator('#rtl-host').getByRole('tab', { name: 'Which role?' }).evaluate((el) => {
    const text = [...el.childNodes].find((node) => node.nodeType === Node.TEXT_NODE);
    const x = (i) => { const range = document.createRange(); range.setStart(text, i); range.setEnd(text, i + 1); return range.getBoundingClientRect().x; };
    return { first: x(0), last: x(text.length - 1) };
  });
  assert.ok(marks.last > marks.first, `"?" after "W" (${JSON.stringify(marks)})`);
  // Author text keeps its own direction there: a Hebrew title that starts with a Latin word
  // still runs right to left ("Scrum:" at the right end, before the Hebrew words).
  const title = await page.locator('#hebrew').getByRole('heading', { level: 2 }).evaluate((el) => {
    const text = el.firstChild;
    const x = (i) => { const range = document.createRange(); range.setStart(text, i); range.setEnd(text, i + 1); return range.getBoundingClientRect().x; };
    return { latin: x(0), hebrew: x(7) };
  });
  assert.ok(title.latin > title.hebrew, `"Scrum:" right of the Hebrew words (${JSON.stringify(title)})`);
  // Checked early, the quiz's score and its note keep their gap ("0 / 10  Unanswered: 10").
  const host = page.locator('#rtl-host');
  await host.getByRole('tab', { name: 'Quiz' }).click();
  await host.getByRole('button', { name: /^Check/ }).click();
  const [score, note] = [await host.getByText(/^0 \/ \d+$/).boundingBox(), await host.getByText(/^Unanswered/).boundingBox()];
  assert.ok(note.x - (score.x + score.width) >= 4, `the note ${JSON.stringify(note)} after the score ${JSON.stringify(score)}`);
  const ar = page.locator('#ar');
  assert.equal(await ar.getByRole('tab', { name: 'مقارنة' }).getAttribute('aria-selected'), 'true');
  await ar.getByRole('tab', { name: 'أي دور؟' }).click();
  await ar.getByRole('button', { name: 'The next 1–3 sprints' }).click();
  assert.equal(await ar.getByRole('status').innerText(), '1 من سمة واحدة: Product Owner');
  // The meter fills from the right.
  const meter = await ar.getByRole('meter', { name: /Product Owner/ }).evaluate((el) => getComputedStyle(el).direction);
  assert.equal(meter, 'rtl');
  await screenshot(page, 'arabic-rtl');
  assert.deepEqual(errors, []);
  await context.close();
});

test('themes: auto follows the colour scheme, custom properties and dataset colours apply', async () => {
  // Reduced motion: colour changes apply at once instead of through a transition.
  const light = await open({ colorScheme: 'light', reducedMotion: 'reduce' });
  const dark = await open({ colorScheme: 'dark', reducedMotion: 'reduce' });
  assert.equal(await background(light.page.locator('#auto')), 'rgb(255, 255, 255)');
  assert.equal(await background(dark.page.locator('#auto')), 'rgb(21, 25, 31)');
  assert.equal(await background(dark.page.locator('#light')), 'rgb(255, 255, 255)');
  assert.equal(await background(light.page.locator('#contrast')), 'rgb(0, 0, 0)');

  // A host theme through the documented custom properties.
  const w = light.page.locator('#auto');
  await w.evaluate((el) => {
    el.style.setProperty('--role-explainer-accent', 'rgb(255, 0, 128)');
    el.style.setProperty('--role-explainer-surface', 'rgb(250, 240, 200)');
  });
  const chip = w.getByRole('button', { name: 'Time horizon' });
  assert.equal(await chip.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(255, 0, 128)');
  assert.equal(await background(w), 'rgb(250, 240, 200)');

  // A dataset colour reaches the role's shape; the host's property still wins over it.
  const coloured = light.page.locator('#coloured');
  const shape = coloured.getByRole('columnheader', { name: /Alpha/ }).locator('.role-shape');
  assert.equal(await shape.evaluate((el) => getComputedStyle(el).color), 'rgb(18, 52, 86)');
  await coloured.evaluate((el) => el.style.setProperty('--role-explainer-role-0', 'rgb(1, 2, 3)'));
  assert.equal(await shape.evaluate((el) => getComputedStyle(el).color), 'rgb(1, 2, 3)');
  assert.deepEqual([...light.errors, ...dark.errors], []);
  await light.context.close();
  await dark.context.close();
});
