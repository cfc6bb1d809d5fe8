// The studio (dist/studio.html), used as a new author would: paste a table, write the "why"
// lines, watch the preview, fix what the checker names, copy the embed into a page of its
// own, and find the work again after a reload and through the share link. Then every kind of
// bad input, axe, and the layout at phone and desktop widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, screenshot, widgetWorking, ROOT } from './harness.mjs';
import { layoutProblems } from './layout.mjs';

const AXE = await readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

// Two roles, five attributes; the Developer's "Tools" cell is left empty on purpose.
const TABLE = `| Attribute | UX Designer | Developer |
|---|---|---|
| Focus | How the product feels | How the product works |
| Tools | Figma and paper | |
| Deliverable | Prototypes | Shipped code |
| Measure of success | Task success rate | Uptime and speed |
| Talks most with | Users | Other developers |
`;
const ATTRIBUTES = ['Focus', 'Tools', 'Deliverable', 'Measure of success', 'Talks most with'];
const ROLES = ['UX Designer', 'Developer'];

const pages = {};
let server;
let browser;

before(async () => {
  server = await serve({ pages });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openStudio(options = {}, hash = '') {
  const opened = await openPage(browser, { viewport: { width: 1280, height: 900 }, ...options });
  await opened.page.goto(`${server.url}/studio.html${hash}`);
  await opened.page.getByRole('heading', { name: 'Studio', level: 1 }).waitFor();
  return opened;
}

const preview = (page) => page.locator('.preview-host role-explainer');

async function pasteTable(page, text) {
  // Set as a paste would (a 1 MB fill() is too slow for Playwright's default timeout).
  await page.getByLabel('Paste a table').evaluate((area, t) => {
    area.value = t;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.getByRole('button', { name: 'Import table' }).click();
}

const notice = (page) => page.locator('.notice');

/** The validator's message shown at an input (its aria-describedby), and its aria-invalid. */
async function messageAt(input) {
  const ids = (await input.getAttribute('aria-describedby')) ?? '';
  const texts = [];
  for (const id of ids.split(/\s+/).filter(Boolean)) {
    texts.push(await input.page().locator(`[id="${id}"]`).innerText());
  }
  return { invalid: await input.getAttribute('aria-invalid'), text: texts.join(' | ') };
}

test('a new author pastes a table, writes the whys, previews, fixes, embeds and finds the work again', async () => {
  const { page, errors, context } = await openStudio({ permissions: ['clipboard-read', 'clipboard-write'] });
  // (1) Paste a Markdown table of two roles and five attributes.
  await pasteTable(page, TABLE);
  await notice(page).getByText('Imported 2 roles and 5 attributes').waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Title', exact: true }).inputValue(), 'UX Designer vs Developer');
  assert.equal(await page.getByRole('textbox', { name: 'Name of role 2' }).inputValue(), 'Developer');
  assert.equal(await page.getByRole('textbox', { name: 'Trait, Deliverable, Developer' }).inputValue(), 'Shipped code');
  // Nothing can be exported yet, and the reason is given.
  assert.equal(await page.getByRole('button', { name: 'Copy embed code' }).isDisabled(), true);
  assert.match(await page.locator('#export-reason').innerText(), /^Fix the 12 problems above to export\.$/);
  await page.getByRole('textbox', { name: 'Source', exact: true }).fill('What our team agreed in 2026');
  for (const attribute of ATTRIBUTES) {
    for (const role of ROLES) {
      await page.getByRole('textbox', { name: `Why, ${attribute}, ${role}` }).fill(`${role}s own this part: ${attribute.toLowerCase()}.`);
    }
  }
  // (2) The checker names the empty cell, at the cell.
  const empty = page.getByRole('textbox', { name: 'Trait, Tools, Developer' });
  assert.deepEqual(await messageAt(empty), { invalid: 'true', text: 'attributes[1].values.developer.text: empty' });
  assert.equal(await page.locator('.summary-list li').count(), 1);
  assert.equal(await page.getByRole('button', { name: 'Copy embed code' }).isDisabled(), true);
  assert.match(await page.locator('#export-reason').innerText(), /^Fix the 1 problem above to export\.$/);
  // The summary's entry takes the keyboard to the cell.
  await page.getByRole('button', { name: 'attributes[1].values.developer.text: empty' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Trait, Tools, Developer');
  await page.keyboard.type('A code editor and a terminal');
  assert.deepEqual(await messageAt(empty), { invalid: null, text: '' });
  await page.getByText('No problems: the comparison is ready to preview and export.').waitFor();

  // The preview shows the new comparison, in every mode.
  const w = preview(page);
  await widgetWorking(w);
  await w.getByRole('heading', { name: 'UX Designer vs Developer' }).waitFor();
  await w.getByText('A code editor and a terminal').first().waitFor();
  const modes = [['Compare', 'Compare'], ['Explore', 'Which role?'], ['Quiz', 'Quiz'], ['Reveal', 'Compare']];
  for (const [mode, tab] of modes) {
    await page.getByRole('radio', { name: mode }).check();
    await w.getByRole('tab', { name: tab, selected: true }).waitFor();
    await w.getByRole('heading', { name: 'UX Designer vs Developer' }).waitFor();
  }
  // Reveal mode hides the rows until revealed.
  await w.getByRole('button', { name: 'Reveal next' }).waitFor();
  await page.getByRole('radio', { name: 'Explore' }).check();
  await w.getByRole('button', { name: 'Prototypes' }).click();
  assert.equal(await w.getByRole('status').innerText(), '1 of 1 trait: UX Designer');
  await page.getByRole('radio', { name: 'Compare' }).check();
  // Live: an edit shows in the preview.
  await page.getByRole('textbox', { name: 'Trait, Focus, UX Designer' }).fill('How the product feels to use');
  await w.getByText('How the product feels to use').first().waitFor();
  // Theme and width.
  await page.getByRole('radio', { name: 'Dark' }).check();
  assert.equal(await w.getAttribute('theme'), 'dark');
  await page.getByRole('radio', { name: 'Phone' }).check();
  assert.ok((await w.boundingBox()).width <= 360, 'the phone preview is at most 360 px wide');
  await page.getByRole('radio', { name: 'Desktop' }).check();
  await page.getByRole('radio', { name: 'Light' }).check();

  // (3) Copy the embed, put it into a page of its own.
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await page.getByText('Copied.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.getByRole('textbox', { name: 'Embed code' }).inputValue());
  assert.match(copied, /^<script type="module" src="[^"]*role-explainer\.js"><\/script>\n<role-explainer[ >]/);
  pages['/test/studio-embed.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>My post</title><link rel="icon" href="data:,"></head><body><main><h1>My post</h1>${copied}</main></body></html>`;
  const reader = await openPage(browser, { viewport: { width: 1000, height: 900 } });
  await reader.page.goto(`${server.url}/test/studio-embed.html`);
  const embedded = reader.page.locator('role-explainer');
  await widgetWorking(embedded);
  await embedded.getByRole('heading', { name: 'UX Designer vs Developer' }).waitFor();
  await embedded.locator('.rx').getByText('A code editor and a terminal').first().waitFor();
  await embedded.getByRole('tab', { name: 'Which role?' }).click();
  await embedded.getByRole('button', { name: 'Shipped code' }).click();
  assert.equal(await embedded.getByRole('status').innerText(), '1 of 1 trait: Developer');
  assert.deepEqual(reader.errors, []);
  await reader.context.close();
  // With JavaScript off, the table reads.
  const noJs = await openPage(browser, { javaScriptEnabled: false });
  await noJs.page.goto(`${server.url}/test/studio-embed.html`);
  const table = noJs.page.getByRole('table', { name: 'UX Designer vs Developer' });
  await table.waitFor();
  assert.deepEqual(await table.getByRole('columnheader').allInnerTexts(), ['Attribute', 'UX Designer', 'Developer']);
  const row = table.getByRole('row', { name: /^Tools/ });
  assert.equal(await row.getByRole('cell').nth(1).innerText(), 'A code editor and a terminal. Developers own this part: tools.');
  await noJs.context.close();

  // (4) Reload: the work is still there.
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await page.reload();
  await page.getByText('Your work was restored from this browser.').waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Trait, Tools, Developer' }).inputValue(), 'A code editor and a terminal');
  assert.equal(await page.getByRole('textbox', { name: 'Why, Talks most with, UX Designer' }).inputValue(), 'UX Designers own this part: talks most with.');
  // The share link, in a fresh browser context (nothing saved there), restores it.
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/studio\.html#data=v1\.[A-Za-z0-9_-]+$/);
  const friend = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await friend.page.goto(link);
  await friend.page.getByText('Opened the comparison from the link.').waitFor();
  assert.equal(await friend.page.getByRole('textbox', { name: 'Trait, Focus, UX Designer' }).inputValue(), 'How the product feels to use');
  assert.equal(await friend.page.getByRole('textbox', { name: 'Source', exact: true }).inputValue(), 'What our team agreed in 2026');
  assert.equal(new URL(friend.page.url()).hash, '', 'the hash is cleared, so a reload shows the saved work');
  await widgetWorking(preview(friend.page));
  assert.deepEqual(friend.errors, []);
  await friend.context.close();
  await screenshot(page, 'studio-1280');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the exported files: the JSON downloads, and the iframe, Hugo and mdBook codes hold the comparison', async () => {
  const { page, errors, context } = await openStudio();
  await page.getByRole('button', { name: 'Use example' }).click();
  await notice(page).getByText('Started from “pm-vs-po”.').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download pm-vs-po.json' }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  const original = JSON.parse(await readFile(join(ROOT, 'data', 'pm-vs-po.en.json'), 'utf8'));
  const saved = JSON.parse(text);
  delete original.$schema;
  assert.deepEqual(saved, original);
  await page.getByRole('radio', { name: 'Quiz' }).check();
  await page.getByLabel('Address of your dataset file (for the iframe)').fill('https://example.org/roles/pm.json');
  const frame = await page.getByRole('textbox', { name: 'Iframe embed' }).inputValue();
  assert.match(frame, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html#dataset=https:\/\/example\.org\/roles\/pm\.json&amp;mode=quiz"/);
  const hugo = await page.getByRole('textbox', { name: 'Hugo block' }).inputValue();
  assert.ok(hugo.startsWith('```role-explainer {mode="quiz"}\n{\n'), hugo.slice(0, 60));
  assert.deepEqual(JSON.parse(hugo.split('\n').slice(1, -2).join('\n')), saved);
  const book = await page.getByRole('textbox', { name: 'mdBook block' }).inputValue();
  assert.deepEqual(JSON.parse(book.split('\n').slice(1, -2).join('\n')), saved);
  assert.match(await page.getByRole('textbox', { name: 'Embed code' }).inputValue(), /<role-explainer mode="quiz">/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the grid by keyboard: add, move and remove rows and roles, Alt+arrows, undo and redo', async () => {
  const { page, errors, context } = await openStudio();
  await pasteTable(page, 'Attribute,A,B\nOne,a1,b1\nTwo,a2,b2\n');
  const names = () => page.locator('input[id^="f-attribute-name-"]').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(await names(), ['One', 'Two']);
  await page.getByRole('button', { name: 'Move Two up' }).focus();
  await page.keyboard.press('Enter');
  assert.deepEqual(await names(), ['Two', 'One']);
  assert.equal(await page.getByRole('textbox', { name: 'Trait, Two, A' }).inputValue(), 'a2');
  await page.getByRole('button', { name: '+ Add role' }).click();
  await page.getByRole('textbox', { name: 'Name of role 3' }).fill('C');
  await page.getByRole('button', { name: '+ Add role' }).click();
  assert.equal(await page.getByRole('button', { name: '+ Add role' }).isDisabled(), true, 'four roles at most');
  await page.getByText('A comparison has at most 4 roles.').waitFor();
  await page.getByRole('button', { name: 'Remove role 4' }).click();
  await page.getByRole('button', { name: 'Move C left' }).click();
  assert.equal(await page.getByRole('textbox', { name: 'Name of role 2' }).inputValue(), 'C');
  assert.equal(await page.getByRole('textbox', { name: 'Trait, Two, B' }).inputValue(), 'b2', 'cells move with their role');
  await page.getByRole('button', { name: '+ Add attribute row' }).click();
  assert.deepEqual(await names(), ['Two', 'One', '']);
  await page.getByRole('button', { name: 'Remove row 3' }).click();
  assert.deepEqual(await names(), ['Two', 'One']);
  // Alt + arrows move between cells.
  await page.getByRole('textbox', { name: 'Why, Two, A' }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Why, One, A');
  await page.keyboard.press('Alt+ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Why, One, C');
  // Undo and redo, by key and by button; typing into one field is one step.
  await page.keyboard.type('typed');
  await page.keyboard.press('Control+z');
  assert.equal(await page.getByRole('textbox', { name: 'Why, One, C' }).inputValue(), '');
  await page.keyboard.press('Control+Shift+z');
  assert.equal(await page.getByRole('textbox', { name: 'Why, One, C' }).inputValue(), 'typed');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.deepEqual(await names(), ['Two', 'One', '']);
  await page.getByRole('button', { name: 'Redo' }).click();
  assert.deepEqual(await names(), ['Two', 'One']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('bad input gets a clear message and loses nothing', async () => {
  const { page, errors, context } = await openStudio();
  await pasteTable(page, TABLE);
  await notice(page).getByText('Imported 2 roles').waitFor();
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await title.fill('Kept through everything');
  const refused = async (text, expected) => {
    await pasteTable(page, text);
    await notice(page).getByText('The table was not imported; your work and the pasted text are unchanged.').waitFor();
    assert.deepEqual(await notice(page).locator('li').allInnerTexts(), expected);
    assert.equal(await title.inputValue(), 'Kept through everything');
    assert.equal(await page.getByLabel('Paste a table').inputValue(), text, 'the paste stays for fixing');
  };
  // A 1 MB paste.
  await refused('a,b,c\n'.repeat(175_000), ['paste: too large (1026 KiB; at most 256 KiB)']);
  // Ragged rows, five roles, an empty header.
  await refused('Attribute,A,B\nOne,1,2\nTwo,1\n', ['row 3: 2 cells; the header has 3']);
  await refused('Attribute,A,B,C,D,E\nOne,1,2,3,4,5\n', ['row 1: 5 roles in the header; a comparison has 2 to 4 (the first column holds the attribute names)']);
  await refused(',,\nOne,1,2\n', ['row 1, column 2: empty role name', 'row 1, column 3: empty role name']);
  await refused('Attribute,"A\nOne,1', ['line 1: a quoted cell is never closed (a " is missing)']);
  // CSV with quoted commas and line breaks is read into the right cells.
  await pasteTable(page, 'Attribute,"Lead, design","Lead, code"\n"Goal, long term","Happy users,\nfewer tickets",Ship\n');
  await notice(page).getByText('Imported 2 roles and 1 attributes').waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Attribute name, row 1' }).inputValue(), 'Goal, long term');
  assert.equal(await page.getByRole('textbox', { name: 'Trait, Goal, long term, Lead, design' }).inputValue(), 'Happy users,\nfewer tickets');
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await title.inputValue(), 'Kept through everything', 'the work before the import is one Undo away');

  // HTML or script in a cell is text, in the editor, the preview and the embed.
  await page.getByRole('textbox', { name: 'Source', exact: true }).fill('Us');
  for (const attribute of ATTRIBUTES) {
    for (const role of ROLES) await page.getByRole('textbox', { name: `Why, ${attribute}, ${role}` }).fill('Because.');
  }
  const evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><b>bold</b>';
  await page.getByRole('textbox', { name: 'Trait, Tools, Developer' }).fill(evil);
  const w = preview(page);
  await widgetWorking(w);
  await w.getByText(evil).first().waitFor();
  assert.equal(await w.locator('img, b, script:not([type="application/json"])').count(), 0);
  const embed = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  assert.ok(embed.includes('&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;'), 'the fallback table escapes it');
  assert.ok(!embed.includes('<img') && !embed.includes('<b>'), 'no raw HTML from the author');
  assert.equal(await page.evaluate(() => window.pwned), undefined);

  // A JSON file of another kind, by the picker and by drag and drop.
  await page.getByLabel('Choose a .json file').setInputFiles({
    name: 'package.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"x","version":"1.0.0"}'),
  });
  await notice(page).getByText('package.json was not opened; your work is unchanged.').waitFor();
  assert.deepEqual(await notice(page).locator('li').allInnerTexts(),
    ['file: this JSON is not a role-explainer dataset (it has no "roles" and "attributes" lists)']);
  const drop = async (name, text) => {
    const dataTransfer = await page.evaluateHandle(([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'application/json' }));
      return dt;
    }, [name, text]);
    await page.dispatchEvent('.studio', 'drop', { dataTransfer });
  };
  await drop('notes.json', '{"roles": 3');
  await notice(page).getByText('notes.json was not opened').waitFor();
  assert.deepEqual(await notice(page).locator('li').allInnerTexts(), ["line 1, column 12: expected ',' or '}'"]);
  assert.equal(await title.inputValue(), 'Kept through everything');
  const dataset = await readFile(join(ROOT, 'data', 'pm-vs-po.de.json'), 'utf8');
  await drop('pm.de.json', dataset);
  await notice(page).getByText('Opened pm.de.json.').waitFor();
  assert.equal(await title.inputValue(), JSON.parse(dataset).title);
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await title.inputValue(), 'Kept through everything');

  // A truncated or tampered share link.
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  const hash = link.slice(link.indexOf('#'));
  const cases = [
    [hash.slice(0, hash.length - 40), 'link: its data is damaged or cut short; copy the link again, whole'],
    [`${hash.slice(0, 20)}!${hash.slice(21)}`, 'link: character 12 ("!") cannot be part of a share link; was it changed?'],
    ['#data=v1.', 'link: the link is cut short; copy it again, whole'],
    ['#data=v2.AAAA', 'link: made by a newer studio (unknown format); open it there'],
  ];
  for (const [bad, message] of cases) {
    // A fresh load each time (a goto that only changes the hash would not load the page).
    await page.goto('about:blank');
    await page.goto(`${server.url}/studio.html${bad}`);
    await notice(page).getByText('This link could not be opened; the work saved in this browser is unchanged.').waitFor();
    assert.deepEqual(await notice(page).locator('li').allInnerTexts(), [message], bad);
    assert.equal(await title.inputValue(), 'Kept through everything');
  }
  assert.deepEqual(errors, []);
  await context.close();
});

/** Runs axe over the page (the preview's shadow root included). */
async function audit(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

test('axe finds no violations, and nothing scrolls sideways, at phone, desktop and wide widths', async () => {
  for (const width of [360, 1280, 1920]) {
    const { page, errors, context } = await openStudio({ viewport: { width, height: 900 } });
    // With problems shown (a fresh table), then valid with the preview.
    await pasteTable(page, TABLE);
    await notice(page).getByText('Imported').waitFor();
    assert.deepEqual(await audit(page), [], `with problems at ${width} px`);
    await page.getByRole('button', { name: 'Use example' }).click();
    await widgetWorking(preview(page));
    assert.deepEqual(await audit(page), [], `valid at ${width} px`);
    assert.deepEqual(await layoutProblems(page), [], `${width} px`);
    await page.getByRole('radio', { name: 'Dark' }).check();
    await screenshot(page, `studio-${width}-dark`);
    await page.getByRole('radio', { name: 'Contrast' }).check();
    assert.deepEqual(await audit(page), [], `contrast at ${width} px`);
    assert.deepEqual(errors, []);
    await context.close();
  }
  // The studio follows a dark system theme; its colours must still pass, problems shown too.
  const { page, errors, context } = await openStudio({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  await pasteTable(page, TABLE);
  await notice(page).getByText('Imported').waitFor();
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).colorScheme), 'dark');
  assert.deepEqual(await audit(page), [], 'dark system theme, with problems');
  await screenshot(page, 'studio-1280-system-dark');
  assert.deepEqual(errors, []);
  await context.close();
});
