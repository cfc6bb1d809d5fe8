// The hosts people write in, through their own plug-in conventions: a real Hugo site built by
// Debian's hugo with integrations/hugo (shortcode and ```role-explainer fences, no `unsafe`),
// and a real reveal.js deck with integrations/reveal/role-explainer-plugin.js.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, screenshot, widgetReady, ROOT, DIST } from './harness.mjs';

const HOSTILE = '"><script>window.__pwned=1</script>';
const SCRIPT_PATH = '/assets/rx/role-explainer.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// ---------------------------------------------------------------------------------------------
// Hugo

/** Builds a tiny Hugo site with integrations/hugo as a theme component; returns its public/ folder. */
async function buildHugoSite() {
  const site = await mkdtemp(join(tmpdir(), 'rx-hugo-'));
  // No markup.goldmark.renderer.unsafe: the module must work without raw HTML in Markdown.
  await writeFile(join(site, 'config.toml'), `baseURL = "http://example.org/"
title = "A Hugo site"
disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "404"]
theme = ["role-explainer"]
[params.roleExplainer]
base = "/assets/rx/"
`);
  // The module mounted as EMBEDDING.md says: copied to themes/role-explainer.
  await cp(join(ROOT, 'integrations', 'hugo'), join(site, 'themes', 'role-explainer'), { recursive: true });
  await mkdir(join(site, 'layouts', '_default'), { recursive: true });
  await writeFile(join(site, 'layouts', '_default', 'single.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
    + '<link rel="icon" href="data:,"></head>'
    + '<body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n');
  await mkdir(join(site, 'content'), { recursive: true });
  await writeFile(join(site, 'content', 'shortcode.md'), `---
title: Shortcode
---
Which role do your habits add up to?

{{< role-explainer dataset="pm-vs-po" mode="explore" eager=true seed="7" header="hide" >}}

Raw HTML stays out of this site: <b id="raw">bold</b>.

{{< role-explainer mode=${JSON.stringify(HOSTILE)} attributes="horizon,focus" eager=true reveal=false >}}
`);
  // An inline dataset whose text tries to end its <script>, with a line separator in it too.
  const dataset = JSON.parse(await readFile(join(ROOT, 'data', 'pm-vs-po.en.json'), 'utf8'));
  dataset.id = 'inline';
  dataset.title = `Inline roles ${HOSTILE} & more`;
  dataset.intro = 'Line one\u2028line two.';
  dataset.attributes = dataset.attributes.slice(0, 3);
  await writeFile(join(site, 'content', 'fence.md'), `---
title: Fence
---
Settings as lines:

\`\`\`role-explainer
# the compare view, without its own heading
dataset = "pm-vs-po"
mode = "compare"
header = "hide"
theme = ${JSON.stringify(HOSTILE)}
eager = true
\`\`\`

A dataset of our own, its settings on the fence line:

\`\`\`role-explainer {mode="explore" seed="3"}
${JSON.stringify(dataset, null, 2)}
\`\`\`
`);
  // The element script and what it loads, where params.roleExplainer.base says.
  const assets = join(site, 'static', 'assets', 'rx');
  await mkdir(assets, { recursive: true });
  for (const file of ['role-explainer.js', 'role-explainer.css', 'pkg', 'data']) {
    await cp(join(DIST, file), join(assets, file), { recursive: true });
  }
  const built = spawnSync('hugo', ['--source', site], { encoding: 'utf8' });
  assert.equal(built.status, 0, `hugo failed:\n${built.stdout}${built.stderr}`);
  return { site, publicDir: join(site, 'public'), log: built.stdout + built.stderr };
}

let hugo;
let hugoServer;
before(async () => {
  hugo = await buildHugoSite();
  hugoServer = await serve({ root: hugo.publicDir });
});
after(async () => {
  await hugoServer?.close();
  if (hugo) await rm(hugo.site, { recursive: true, force: true });
});

test('hugo: the build is clean and loads the element script once per page', async () => {
  assert.doesNotMatch(hugo.log, /WARN|ERROR/, hugo.log);
  for (const page of ['shortcode', 'fence']) {
    const html = await readFile(join(hugo.publicDir, page, 'index.html'), 'utf8');
    assert.equal(html.split('<role-explainer').length - 1, 2, `${page}: two widgets`);
    const tags = html.match(/<script type="module" src="[^"]*role-explainer\.js"><\/script>/g) ?? [];
    assert.deepEqual(tags, [`<script type="module" src="${SCRIPT_PATH}"></script>`], `${page}: one script tag`);
  }
  // Goldmark still drops raw HTML in Markdown: the module did not need `unsafe`.
  const html = await readFile(join(hugo.publicDir, 'shortcode', 'index.html'), 'utf8');
  assert.match(html, /<!-- raw HTML omitted -->/);
});

test('hugo server: after a template edit the page still has its one element script', async () => {
  // The once-per-page flag must be reset when hugo server renders the page again
  // (.Page.Store is not: the page would come back without its script).
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => { const { port: p } = probe.address(); probe.close(() => resolve(p)); });
  });
  const server = spawn('hugo', ['server', '--source', hugo.site, '--bind', '127.0.0.1', '--port', String(port),
    '--disableLiveReload', '--destination', join(hugo.site, 'served')], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/shortcode/`;
  const get = async () => { try { return await (await fetch(url)).text(); } catch { return ''; } };
  const until = async (check) => {
    for (let i = 0; i < 100; i += 1) {
      const html = await get();
      if (check(html)) return html;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`hugo server never served what was expected:\n${await get()}`);
  };
  const scripts = (html) => (html.match(/<script type="module" src="[^"]*role-explainer\.js">/g) ?? []).length;
  try {
    assert.equal(scripts(await until((html) => html.includes('<role-explainer'))), 1);
    const layout = join(hugo.site, 'layouts', '_default', 'single.html');
    // hugo server answers before it watches for changes: give it a moment, as a person would.
    await new Promise((r) => setTimeout(r, 1000));
    // Saved as `sed -i` and many editors save: a new file renamed over the old one. (With a
    // temporary file named single.html.tmp, hugo 0.111.3 re-rendered in a way that kept
    // .Page.Store's script too, and this test could not fail.)
    const temporary = join(hugo.site, 'layouts', '_default', 'sedEdit01');
    await writeFile(temporary, (await readFile(layout, 'utf8')).replace('<main>', '<main class="edited">'));
    await rename(temporary, layout);
    const html = await until((h) => h.includes('class="edited"'));
    assert.equal(scripts(html), 1, 'the script is still there after the rebuild');
    assert.equal(html.split('<role-explainer').length - 1, 2);
  } finally {
    server.kill();
  }
});

test('hugo: the shortcode renders a working widget, and a hostile value stays text', async () => {
  const { page: p, errors, context } = await openPage(browser, { viewport: { width: 1000, height: 900 } });
  const before = hugoServer.requests.length;
  await p.goto(`${hugoServer.url}/shortcode/`);
  const [explore, hostile] = [p.locator('role-explainer').nth(0), p.locator('role-explainer').nth(1)];
  await widgetReady(explore);
  // The reader picks a trait; the verdict is announced in the widget's live region.
  await explore.getByRole('tab', { name: /Which role/, selected: true }).waitFor();
  await explore.getByRole('group', { name: /Time horizon/ }).getByRole('button').first().click();
  await assert.doesNotReject(explore.getByRole('status').filter({ hasText: /1 of 1 trait/ }).waitFor({ timeout: 5000 }));
  // The second widget got the hostile text as its mode, as text: a notice, no script run.
  await widgetReady(hostile);
  assert.equal(await hostile.getAttribute('mode'), HOSTILE);
  assert.equal(await hostile.getAttribute('attributes'), 'horizon,focus');
  assert.equal(await hostile.getAttribute('reveal'), null, 'reveal=false leaves the flag off');
  assert.equal(await hostile.getByRole('rowheader').count(), 2, 'attributes="horizon,focus" passed through');
  assert.equal(await p.evaluate(() => window.__pwned), undefined);
  assert.equal(await p.locator('main script').count(), 1, 'no script but the element script');
  const scripts = hugoServer.requests.slice(before).filter((r) => r === SCRIPT_PATH);
  assert.equal(scripts.length, 1, 'the element script is requested once');
  await screenshot(p, 'hugo-shortcode');
  assert.deepEqual(errors, []);
  await context.close();
});

test('hugo: role-explainer fences give a widget from settings lines and from an inline dataset', async () => {
  const { page: p, errors, context } = await openPage(browser, { viewport: { width: 1000, height: 900 } });
  const before = hugoServer.requests.length;
  await p.goto(`${hugoServer.url}/fence/`);
  const [compare, inline] = [p.locator('role-explainer').nth(0), p.locator('role-explainer').nth(1)];
  await widgetReady(compare);
  assert.equal(await compare.getAttribute('theme'), HOSTILE);
  assert.equal(await compare.getByRole('heading', { name: 'Product Manager vs Product Owner' }).count(), 0, 'header = "hide"');
  // A chip switches its row off; the live region says so.
  assert.equal(await compare.getByRole('rowheader', { name: 'Time horizon' }).count(), 1);
  await compare.getByRole('button', { name: 'Time horizon', exact: true }).click();
  await compare.getByRole('rowheader', { name: 'Time horizon' }).waitFor({ state: 'detached' });
  assert.equal(await compare.getByRole('button', { name: 'Time horizon', exact: true }).getAttribute('aria-pressed'), 'false');
  await compare.getByRole('status').filter({ hasText: 'Showing 11 of 12 attributes' }).waitFor({ timeout: 5000 });

  await inline.scrollIntoViewIfNeeded();
  await inline.getByRole('heading', { name: `Inline roles ${HOSTILE} & more` }).waitFor();
  await inline.getByRole('tab', { name: /Which role/, selected: true }).waitFor();
  // The inline dataset's three attributes, not the built-in twelve.
  assert.equal(await inline.getByRole('group', { name: /How far ahead|focus|goal|tell the team/i }).count(), 3);
  assert.equal(await inline.getByRole('group').count(), 3);
  await inline.getByRole('group', { name: /Time horizon/ }).getByRole('button').last().click();
  await inline.getByRole('status').filter({ hasText: /1 of 1 trait/ }).waitFor({ timeout: 5000 });
  assert.match(await inline.getByText(/Line one/).innerText(), /Line one\s+line two\./);
  assert.equal(await p.evaluate(() => window.__pwned), undefined);
  const json = await inline.locator('script[type="application/json"]').evaluate((s) => s.textContent);
  assert.doesNotMatch(json, /[<>&\u2028\u2029]/, 'escaped as \\u003c and so on');
  assert.equal(hugoServer.requests.slice(before).filter((r) => r === SCRIPT_PATH).length, 1);
  await screenshot(p, 'hugo-fence');
  assert.deepEqual(errors, []);
  await context.close();
});

// ---------------------------------------------------------------------------------------------
// reveal.js

const deckPage = ({ plugin = true, widget = 'real' } = {}) => {
  const element = widget === 'real'
    ? '<role-explainer id="w" presenting="on" header="hide" attributes="horizon,focus,goal" reveal eager></role-explainer>'
    : '<role-explainer id="w"><a href="#light">A link in the element</a></role-explainer>';
  // A stand-in widget with a focusable control in its shadow root that lets every key through:
  // only the plugin can keep those keys from the deck.
  const stub = `<script>customElements.define('role-explainer', class extends HTMLElement {
      constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<button>A button in the shadow</button><slot></slot>'; }
    });</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>deck</title>
    <link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/reveal/reveal.css"><link rel="stylesheet" href="/reveal/theme/white.css">
    ${widget === 'real' ? '<script type="module" src="/role-explainer.js"></script>' : stub}</head><body>
    <div class="reveal"><div class="slides">
      <section><h2>Roles</h2></section>
      <section><h2>Compare</h2>${element}<button id="outside">A button outside</button></section>
      <section><h2>Thanks</h2></section>
    </div></div>
    <script src="/reveal/reveal.js"></script><script src="/plugin/role-explainer-plugin.js"></script>
    <script>Reveal.initialize({ hash: false, transition: 'none', plugins: [${plugin ? 'RevealRoleExplainer' : ''}] })
      .then(() => { window.deckReady = true; });</script>
    </body></html>`;
};

let deckServer;
before(async () => {
  deckServer = await serve({
    pages: {
      '/test/deck.html': deckPage(),
      '/test/stub-deck.html': deckPage({ widget: 'stub' }),
      '/test/stub-deck-no-plugin.html': deckPage({ widget: 'stub', plugin: false }),
    },
    routes: {
      '/reveal/': join(ROOT, 'node_modules', 'reveal.js', 'dist'),
      '/plugin/': join(ROOT, 'integrations', 'reveal'),
    },
  });
});
after(async () => { await deckServer?.close(); });

async function openDeck(path) {
  const opened = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  await opened.page.goto(`${deckServer.url}${path}`);
  await opened.page.waitForFunction(() => window.deckReady);
  const slide = () => opened.page.evaluate(() => Reveal.getIndices().h);
  return { ...opened, slide };
}

const deckHelp = (p) => p.locator('.reveal .r-overlay-help');

test("reveal.js: the plugin lists the widget's shortcuts in the deck's help", async () => {
  const { page: p, errors, context } = await openDeck('/test/deck.html');
  assert.equal(await p.evaluate(() => Reveal.hasPlugin('role-explainer')), true);
  await p.keyboard.press('Shift+Slash'); // ?, with focus on the page
  await deckHelp(p).waitFor();
  const help = deckHelp(p);
  for (const [key, action] of [['Explainer: ← , →', /Step through the attributes/], ['Explainer: SPACE', /Reveal the next row/],
    ['Explainer: Q', /Open the quiz/], ['Explainer: F', /Full screen/], ['Explainer: ?', /shortcuts/]]) {
    const row = help.getByRole('row').filter({ has: p.getByRole('cell', { name: key, exact: true }) });
    assert.equal(await row.count(), 1, `a row for ${key}`);
    assert.match(await row.innerText(), action);
  }
  // The deck's own entries are still there.
  assert.equal(await help.getByRole('cell', { name: 'Slide overview' }).count(), 1);
  await screenshot(p, 'reveal-plugin-help');
  await p.keyboard.press('Escape');
  await deckHelp(p).waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('reveal.js with the plugin: keys in the widget act on the widget, the deck keeps the rest', async () => {
  const { page: p, errors, context, slide } = await openDeck('/test/deck.html');
  await p.keyboard.press('ArrowRight');
  assert.equal(await slide(), 1, 'the deck answers its own keys');
  const w = p.locator('#w');
  await widgetReady(w);
  const current = () => w.locator('tr[aria-current="true"] th').innerText().catch(() => '');
  await w.getByRole('group', { name: 'Product Manager vs Product Owner', exact: true }).focus();
  await p.keyboard.press('Space');
  assert.match(await current(), /Time horizon/, 'Space revealed a row');
  await p.keyboard.press('ArrowRight');
  assert.match(await current(), /Focus/);
  await p.keyboard.press('ArrowLeft');
  assert.match(await current(), /Time horizon/);
  assert.equal(await slide(), 1);
  await p.keyboard.press('Shift+Slash');
  await w.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  assert.equal(await deckHelp(p).count(), 0, "the deck's help stays shut");
  await p.keyboard.press('Escape');
  await w.getByRole('dialog').waitFor({ state: 'detached' });
  assert.equal(await p.evaluate(() => Reveal.isOverview()), false);
  assert.equal(await slide(), 1);
  await p.keyboard.press('n'); // a key the widget leaves alone still moves the deck
  assert.equal(await slide(), 2);
  await p.evaluate(() => Reveal.slide(1));
  await p.locator('#outside').focus();
  await p.keyboard.press('ArrowRight');
  assert.equal(await slide(), 2, 'outside the widget, the arrows are the deck’s');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Presses the widget's keys with focus on `target`; returns where the deck ended up. */
async function pressWidgetKeys(p, target, slide) {
  const seen = [];
  for (const key of ['ArrowRight', 'Space', 'ArrowLeft', 'Home', 'End', 'f', 'Shift+Slash', 'Escape']) {
    await p.evaluate(() => { Reveal.slide(1); });
    await target.focus();
    await p.keyboard.press(key);
    seen.push([key, await slide(), await deckHelp(p).count(), await p.evaluate(() => Reveal.isOverview())]);
    if (await deckHelp(p).count()) await p.evaluate(() => Reveal.toggleHelp(false));
    if (await p.evaluate(() => Reveal.isOverview())) await p.evaluate(() => Reveal.toggleOverview(false));
  }
  return seen;
}

test('reveal.js: the plugin itself keeps the keys apart, for a widget that lets every key through', async () => {
  // A stand-in <role-explainer> that stops nothing: a button in its shadow root, a link in its light DOM.
  for (const [path, withPlugin] of [['/test/stub-deck.html', true], ['/test/stub-deck-no-plugin.html', false]]) {
    const { page: p, errors, context, slide } = await openDeck(path);
    assert.equal(await p.evaluate(() => Reveal.hasPlugin('role-explainer')), withPlugin);
    const shadowButton = p.getByRole('button', { name: 'A button in the shadow' });
    const lightLink = p.getByRole('link', { name: 'A link in the element' });
    for (const target of [shadowButton, lightLink]) {
      const seen = await pressWidgetKeys(p, target, slide);
      const still = seen.filter(([, index, help, overview]) => index === 1 && help === 0 && !overview).map(([key]) => key);
      if (withPlugin) {
        assert.equal(still.length, seen.length, `the deck stayed for every key: ${JSON.stringify(seen)}`);
      } else {
        // Without the plugin the same keys reach the deck: this is what the plugin prevents.
        assert.ok(['ArrowRight', 'Space', 'End'].every((k) => !still.includes(k)), JSON.stringify(seen));
      }
    }
    // Outside the element the deck keeps every key, plugin or not.
    await p.evaluate(() => Reveal.slide(1));
    await p.getByRole('button', { name: 'A button outside' }).focus();
    await p.keyboard.press('ArrowRight');
    assert.equal(await slide(), 2);
    // Keys the widget does not use pass from inside the element too.
    await p.evaluate(() => Reveal.slide(1));
    await shadowButton.focus();
    await p.keyboard.press('n');
    assert.equal(await slide(), 2);
    assert.deepEqual(errors.filter((e) => !/fullscreen|Permissions check failed/i.test(e)), []);
    await context.close();
  }
});

test('reveal.js: the plugin keeps a keyboardCondition the deck already had, and gives it back', async () => {
  const { page: p, errors, context, slide } = await openDeck('/test/stub-deck.html');
  const result = await p.evaluate(async () => {
    const calls = [];
    const mine = (event) => { calls.push(event.key); return event.key !== 'b'; };
    const plugin = RevealRoleExplainer();
    const deck = { config: { keyboardCondition: mine }, shortcuts: {} };
    Object.assign(deck, {
      getConfig: () => deck.config,
      configure: (o) => Object.assign(deck.config, o),
      registerKeyboardShortcut: (k, v) => { deck.shortcuts[k] = v; },
      isFocused: () => true,
    });
    plugin.init(deck);
    document.querySelector('#outside').focus();
    const outside = [deck.config.keyboardCondition({ key: 'b' }), deck.config.keyboardCondition({ key: 'ArrowRight' })];
    plugin.destroy();
    const restored = deck.config.keyboardCondition === mine;
    // reveal's 'focused' setting for embedded decks: no keys while the deck is not focused.
    let focused = true;
    Object.assign(deck, { config: { keyboardCondition: 'focused' }, isFocused: () => focused });
    const embedded = RevealRoleExplainer();
    embedded.init(deck);
    const whenFocused = deck.config.keyboardCondition({ key: 'n' });
    focused = false;
    const whenNot = deck.config.keyboardCondition({ key: 'n' });
    embedded.destroy();
    return { outside, calls, restored, shortcuts: Object.keys(deck.shortcuts).length, whenFocused, whenNot, focusedBack: deck.config.keyboardCondition };
  });
  assert.deepEqual(result, {
    outside: [false, true], calls: ['b', 'ArrowRight'], restored: true, shortcuts: 6,
    whenFocused: true, whenNot: false, focusedBack: 'focused',
  });
  assert.equal(await slide(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
