// The Jekyll recipe in docs/EMBEDDING.md, run: the snippet command's output pasted into a
// Markdown post of a tiny site built by Debian's `jekyll` (kramdown), the widget's files in the
// site's assets/. If jekyll is missing this fails: `make test` installs it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, widgetWorking, ROOT, DIST } from './harness.mjs';

let browser;
let server;
let site;
before(async () => {
  assert.equal(spawnSync('jekyll', ['--version']).status, 0, 'jekyll is missing: run scripts/install-tools.sh');
  site = await mkdtemp(join(tmpdir(), 'rx-jekyll-'));
  await writeFile(join(site, '_config.yml'), 'title: A Jekyll blog\nmarkdown: kramdown\n');
  await mkdir(join(site, '_layouts'));
  await writeFile(join(site, '_layouts', 'post.html'), '---\n---\n<!doctype html><html lang="en"><head><meta charset="utf-8">'
    + '<title>{{ page.title }}</title><link rel="icon" href="data:,"></head><body><main><h1>{{ page.title }}</h1>{{ content }}</main></body></html>\n');
  // The recipe: the widget's files under assets/role-explainer/, the snippet pasted in a post.
  for (const f of ['role-explainer.js', 'role-explainer.css', 'pkg', 'data']) {
    await cp(join(DIST, f), join(site, 'assets', 'role-explainer', f), { recursive: true });
  }
  const snippet = spawnSync(join(ROOT, 'target', 'debug', 'snippet'),
    ['--dataset', 'pm-vs-po', '--mode', 'explore', '--src', '/assets/role-explainer/role-explainer.js'], { encoding: 'utf8' });
  assert.equal(snippet.status, 0, snippet.stderr);
  await mkdir(join(site, '_posts'));
  await writeFile(join(site, '_posts', '2026-01-01-roles.md'),
    `---\nlayout: post\ntitle: Which role are you?\n---\nPick the traits you *recognise*.\n\n${snippet.stdout}\nMore **Markdown** after it.\n`);
  const built = spawnSync('jekyll', ['build', '--source', site, '--destination', join(site, '_site')], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr || built.stdout);
  server = await serve({ root: join(site, '_site') });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (site) await rm(site, { recursive: true, force: true });
});

test('jekyll: the pasted snippet is a working widget, and the Markdown around it stays Markdown', async () => {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
  await page.goto(`${server.url}/2026/01/01/roles.html`);
  const widget = page.locator('role-explainer');
  await widgetWorking(widget);
  await widget.getByRole('button', { name: 'Keeping the team clear on what to focus on' }).click();
  assert.equal(await widget.getByRole('status').innerText(), '1 of 1 trait: Product Owner');
  assert.equal(await page.locator('main > p > em').innerText(), 'recognise');
  assert.equal(await page.locator('main > p > strong').innerText(), 'Markdown');
  // kramdown left the HTML alone: no table cell turned into a code block.
  assert.equal(await page.locator('main > pre, main > p > code, role-explainer pre').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('jekyll: without JavaScript the post shows the whole table', async () => {
  const { page, context } = await openPage(browser, { javaScriptEnabled: false });
  await page.goto(`${server.url}/2026/01/01/roles.html`);
  const table = page.getByRole('table', { name: 'Product Manager vs Product Owner' });
  assert.ok(await table.isVisible());
  // A row for every attribute of the dataset, each headed by its name.
  const dataset = JSON.parse(await readFile(join(ROOT, 'data', 'pm-vs-po.en.json'), 'utf8'));
  for (const attribute of dataset.attributes) {
    assert.ok(await table.getByRole('rowheader', { name: attribute.name }).first().isVisible(), attribute.name);
  }
  await context.close();
});
