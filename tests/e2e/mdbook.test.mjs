// A real mdBook (pinned, installed by scripts/install-tools.sh) built with the preprocessor:
// ```role-explainer fences become working widgets, with their tables for readers without
// JavaScript; a fence that cannot be used says why on the page, and the book still builds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, readFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, widgetReady, screenshot, ROOT, DIST } from './harness.mjs';

const PREPROCESSOR_DIR = join(ROOT, 'target', 'debug');
let book;
let server;
let browser;
let buildLog;

before(async () => {
  book = await mkdtemp(join(tmpdir(), 'role-explainer-book-'));
  await mkdir(join(book, 'src', 'guide'), { recursive: true });
  await writeFile(join(book, 'book.toml'), '[book]\ntitle = "Roles handbook"\nlanguage = "en"\n');
  await writeFile(join(book, 'src', 'SUMMARY.md'), '# Summary\n\n- [Roles](roles.md)\n  - [Your own](guide/own.md)\n');
  await writeFile(join(book, 'src', 'roles.md'), [
    '# Roles', '', 'Pick the traits that fit.', '',
    '```role-explainer', 'dataset = "pm-vs-po"', 'mode = "explore"', 'header = "hide"', '```', '',
    'A broken one:', '', '```role-explainer', 'mdoe = "quiz"', '```', '', 'The end of the chapter.', '',
  ].join('\n'));
  const own = JSON.parse(await readFile(join(ROOT, 'data', 'pm-vs-po.en.json'), 'utf8'));
  own.id = 'own';
  own.title = 'Our <b>own</b> comparison </script><!--';
  await writeFile(join(book, 'src', 'guide', 'own.md'), `# Your own\n\n\`\`\`role-explainer\n${JSON.stringify(own, null, 2)}\n\`\`\`\n\nStill here.\n`);
  const env = { ...process.env, PATH: `${PREPROCESSOR_DIR}:${process.env.PATH}` };
  execFileSync(join(PREPROCESSOR_DIR, 'mdbook-role-explainer'), ['install', book, '--assets', DIST], { env });
  buildLog = execFileSync('mdbook', ['build', book], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  server = await serve({ root: join(book, 'book') });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (book) await rm(book, { recursive: true, force: true });
});

test('fences in a real mdBook become working widgets, nested chapters included', async () => {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
  await page.goto(`${server.url}/roles.html`);
  const w = page.locator('role-explainer');
  assert.equal(await w.count(), 1);
  await widgetReady(w);
  await w.getByRole('tab', { name: 'Which role?', selected: true }).waitFor();
  await w.getByRole('button', { name: 'The next 1–3 sprints' }).click();
  assert.equal(await w.getByRole('status').innerText(), '1 of 1 trait: Product Owner');
  // The fence it could not use says what is wrong, where, on the page; the chapter goes on.
  assert.match(await page.getByRole('alert').innerText(), /role-explainer \(line 13\): line 1: unknown key "mdoe"/);
  await page.getByText('The end of the chapter.').waitFor();

  await page.goto(`${server.url}/guide/own.html`);
  const own = page.locator('role-explainer');
  await widgetReady(own);
  assert.equal(await own.getByRole('heading', { level: 2 }).innerText(), 'Our <b>own</b> comparison </script><!--');
  await page.getByText('Still here.').waitFor();
  await screenshot(page, 'mdbook-own');
  assert.deepEqual(errors, []);
  await context.close();
});

test('without JavaScript the book shows each comparison as a table', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.url}/roles.html`);
  const table = page.getByRole('table', { name: 'Product Manager vs Product Owner' });
  assert.match(await table.getByRole('row', { name: /Time horizon/ }).innerText(), /The next 1–3 years/);
  await context.close();
});
