// The embed snippet with hostile author text, in Chromium: the host page around it survives
// (a sentinel paragraph after it is still there), with and without JavaScript, and nothing
// from the dataset becomes an element.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, widgetWorking, ROOT } from './harness.mjs';

// Each breaks out of a careless snippet in its own way: a comment opening a script (takes the
// rest of the page), script ends, CDATA, attribute quotes, line and paragraph separators.
const TITLE = 'Roles <!--<script> </script><b id="pwned">x</b>';
const ROLE = 'PM </script><img src=x onerror=window.__pwned=1>';
const ATTRIBUTE = 'Horizon <![CDATA[ ]]> <!--';
const TRAIT = '"><img src=x onerror=window.__pwned=2> \' "';
const WHY = 'Why \u2028 \u2029 <script>window.__pwned=3</script> &amp; &lt;';
const SOURCE = 'Source <!--<script> <p id=pwned>';
const SENTINEL = 'Sentinel: the rest of the post is still here.';
/** The whole accessible name, as a pattern (an exact string name with quotes does not match inside a shadow root). */
const exactly = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

let server;
let browser;
before(async () => {
  const dataset = JSON.parse(await readFile(join(ROOT, 'data', 'pm-vs-po.en.json'), 'utf8'));
  dataset.title = TITLE;
  dataset.roles[0].name = ROLE;
  dataset.attributes[0].name = ATTRIBUTE;
  dataset.attributes[0].values.pm.text = TRAIT;
  dataset.attributes[0].values.pm.why = WHY;
  dataset.source = SOURCE;
  const dir = await mkdtemp(join(tmpdir(), 'snippet-e2e-'));
  const file = join(dir, 'hostile.json');
  await writeFile(file, JSON.stringify(dataset, null, 2));
  const snippet = execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'snippet', '--', '--element-only', '--mode', 'compare', '--file', file], { cwd: ROOT, encoding: 'utf8' });
  await rm(dir, { recursive: true });
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title>
    <link rel="icon" href="/favicon.svg"><script type="module" src="/role-explainer.js"></script></head>
    <body><main><h1>A post</h1>
    ${snippet}
    <p id="sentinel">${SENTINEL}</p></main></body></html>`;
  server = await serve({ pages: { '/test/hostile-snippet.html': page } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Elements a dataset could have smuggled in, in the page and every shadow root. */
const smuggled = (page) => page.evaluate(() => {
  const found = [];
  const scripts = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches('img, b, #pwned, [onerror]')) found.push(el.outerHTML.slice(0, 80));
      if (el.tagName === 'SCRIPT' && el.type !== 'module') scripts.push(el.type);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  // The page's own module script, and the one inline dataset: no script came out of it.
  return { found, scripts, pwned: window.__pwned ?? null };
});

test('without JavaScript: the table shows the hostile text as text, and the page goes on after it', async () => {
  const { page, context } = await openPage(browser, { javaScriptEnabled: false });
  await page.goto(`${server.url}/test/hostile-snippet.html`);
  assert.equal(await page.getByText(SENTINEL, { exact: true }).isVisible(), true, 'the sentinel paragraph');
  const table = page.getByRole('table', { name: TITLE, exact: true });
  assert.equal(await table.isVisible(), true);
  assert.deepEqual(await table.getByRole('columnheader').allInnerTexts(), ['Attribute', ROLE, 'Product Owner']);
  assert.equal(await table.getByRole('rowheader').first().innerText(), ATTRIBUTE);
  assert.equal(await table.getByRole('cell').first().textContent(), `${TRAIT}. ${WHY}`);
  assert.equal(await page.getByText(SOURCE, { exact: true }).count(), 1);
  assert.deepEqual(await smuggled(page), { found: [], scripts: ['application/json'], pwned: null });
  await context.close();
});

test('with JavaScript: the widget reads the inline dataset, shows the text as text, and the page goes on', async () => {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
  await page.goto(`${server.url}/test/hostile-snippet.html`);
  assert.equal(await page.getByText(SENTINEL, { exact: true }).isVisible(), true, 'the sentinel paragraph');
  const w = page.locator('role-explainer');
  await widgetWorking(w);
  assert.equal(await w.getByRole('group', { name: exactly(TITLE) }).count(), 1);
  // The column header shows the role's badge (a mark and its short name) before its name.
  assert.deepEqual((await w.getByRole('columnheader').allInnerTexts()).map((t) => t.split('\n').at(-1)), ['Attribute', ROLE, 'Product Owner']);
  assert.equal(await w.getByRole('rowheader', { name: exactly(ATTRIBUTE) }).count(), 1);
  assert.ok((await w.getByRole('row', { name: ATTRIBUTE }).first().textContent()).includes(TRAIT));
  assert.deepEqual(await smuggled(page), { found: [], scripts: ['application/json'], pwned: null });
  assert.equal(await page.getByText(SENTINEL, { exact: true }).isVisible(), true, 'still there once the widget runs');
  assert.deepEqual(errors, []);
  await context.close();
});
