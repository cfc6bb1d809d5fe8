// The npm package, as a reader of a CDN gets it: `make package`'s tgz published to a real local
// registry (verdaccio, started here on 127.0.0.1 and stopped after), installed from there with
// npm into a scratch folder, and served from that folder under a jsDelivr-shaped path,
// /npm/role-explainer@<version>/… . Also checks the package's custom-elements.json and TypeScript
// declarations against what the element really does, and that a changed .wasm is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, widgetWorking, widgetReady, screenshot, ROOT } from './harness.mjs';

const NPM_ENV = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
let scratch;
let registry;
let verdaccio;
let version;
let installed; // the package folder npm installed
let server;
let browser;
let cdn; // the package's URL folder on the test server

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts verdaccio with its own config and storage in `dir`; no uplinks, so nothing leaves the machine. */
async function startVerdaccio(dir) {
  const port = await freePort();
  const config = join(dir, 'verdaccio.yaml');
  await writeFile(config, `storage: ${join(dir, 'storage')}
auth:
  htpasswd:
    file: ${join(dir, 'htpasswd')}
    max_users: 10
uplinks: {}
packages:
  '**':
    access: $all
    publish: $authenticated
    unpublish: $authenticated
log: { type: stdout, format: pretty, level: warn }
`);
  const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'verdaccio', 'bin', 'verdaccio'), '--config', config, '--listen', `127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited (${child.exitCode}): ${log}`);
    const up = await fetch(`${url}/-/ping`).then((r) => r.ok, () => false);
    if (up) break;
    if (i > 300) throw new Error(`verdaccio did not answer on ${url}: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, child, log: () => log };
}

/** npm with its own config and cache in the scratch folder, pointed at the local registry. */
function npm(args, cwd) {
  return execFileSync('npm', [...args, '--userconfig', join(scratch, 'npmrc'), '--cache', join(scratch, 'npm-cache'), '--registry', `${registry}/`], { cwd, env: NPM_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The fallback table from the snippet command: the element a page would hold. */
function element(mode = 'explore') {
  return execFileSync(join(ROOT, 'target', 'debug', 'snippet'), ['--dataset', 'pm-vs-po', '--mode', mode, '--element-only'], { encoding: 'utf8' });
}

/** The widget starts, and a pick gives its verdict, as a reader sees it. */
async function picksWork(widget) {
  await widgetWorking(widget);
  await widget.getByRole('button', { name: 'The next 1–3 years' }).click();
  assert.equal(await widget.getByRole('status').innerText(), '1 of 1 trait: Product Manager');
}

const page = (head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title>
<link rel="icon" href="data:,">${head}</head><body><h1>A post</h1>${body}</body></html>`;

before(async () => {
  execFileSync('cargo', ['build', '--quiet', '--locked', '--bin', 'snippet'], { cwd: ROOT });
  // The tgz from the current dist/ (the test-e2e target runs after `make dist`).
  execFileSync(process.execPath, [join(ROOT, 'packaging', 'npm', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  version = (await import('../../packaging/npm/build.mjs')).cargoVersion;
  version = await version();
  const tgz = join(ROOT, 'target', 'package', `role-explainer-${version}.tgz`);

  scratch = await mkdtemp(join(tmpdir(), 'package-e2e-'));
  verdaccio = await startVerdaccio(scratch);
  registry = verdaccio.url;
  // A user, the way `npm adduser` makes one, and its token for publishing.
  const user = await fetch(`${registry}/-/user/org.couchdb.user:tester`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'tester', password: 'tester-password', type: 'user', roles: [] }),
  });
  assert.equal(user.status, 201, await user.clone().text());
  const { token } = await user.json();
  await writeFile(join(scratch, 'npmrc'), `//127.0.0.1:${new URL(registry).port}/:_authToken=${token}\n`);
  npm(['publish', tgz], scratch);

  const app = join(scratch, 'site');
  execFileSync('mkdir', ['-p', app]);
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'site', private: true }));
  npm(['install', `role-explainer@${version}`], app);
  installed = join(app, 'node_modules', 'role-explainer');

  cdn = `/npm/role-explainer@${version}/`;
  // A second copy of the package whose .wasm was changed after the build: still a valid module
  // (a custom section appended), so only the integrity check can refuse it.
  const tampered = join(scratch, 'tampered');
  await cp(installed, tampered, { recursive: true });
  const wasm = await readFile(join(tampered, 'pkg', 'role-explainer_bg.wasm'));
  const name = Buffer.from('tampered');
  const section = Buffer.concat([Buffer.from([0, name.length + 1 + 4, name.length]), name, Buffer.from('evil')]);
  await writeFile(join(tampered, 'pkg', 'role-explainer_bg.wasm'), Buffer.concat([wasm, section]));
  assert.ok(WebAssembly.validate(Buffer.concat([wasm, section])), 'the tampered wasm is still a valid module');

  // And one whose full build's glue (loaded when a reader opens the quiz) was changed.
  const tamperedFull = join(scratch, 'tampered-full');
  await cp(installed, tamperedFull, { recursive: true });
  const glue = await readFile(join(tamperedFull, 'pkg', 'role-explainer-full.js'), 'utf8');
  await writeFile(join(tamperedFull, 'pkg', 'role-explainer-full.js'), `${glue}\nglobalThis.__tampered = true;\n`);

  server = await serve({ routes: { [cdn]: installed, '/tampered/': tampered, '/tampered-full/': tamperedFull } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (verdaccio && verdaccio.child.exitCode === null) {
    verdaccio.child.kill('SIGTERM');
    await new Promise((resolve) => verdaccio.child.once('exit', resolve));
  }
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

test('the registry holds the package, and npm installed it with its entry points', async () => {
  const meta = await (await fetch(`${registry}/role-explainer`)).json();
  assert.deepEqual(Object.keys(meta.versions), [version]);
  const pkg = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
  assert.equal(pkg.version, version);
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.jsdelivr, './role-explainer.js');
  assert.equal(pkg.unpkg, './role-explainer.js');
  assert.equal(pkg.exports['.'].default, './role-explainer.js');
  assert.equal(pkg.customElements, './custom-elements.json');
  const files = (await readdir(installed, { recursive: true })).sort();
  for (const file of [pkg.jsdelivr, pkg.customElements, pkg.types, 'role-explainer.css', 'pkg/role-explainer.js', 'pkg/role-explainer_bg.wasm', 'pkg/role-explainer-full.js', 'pkg/role-explainer-full_bg.wasm', 'data/pm-vs-po.en.json', 'data/pm-vs-po.de.json', 'data/project-vs-product-vs-owner.en.json', 'data/ui/de.json', 'data/ui/ar.json', 'README.md']) {
    assert.ok(files.includes(file.replace(/^\.\//, '')), `${file} in ${files.join(', ')}`);
  }
  // The same bytes as the build (what the integrity hashes in the snippet are of).
  for (const file of ['role-explainer.js', 'pkg/role-explainer_bg.wasm']) {
    assert.deepEqual(await readFile(join(installed, file)), await readFile(join(ROOT, 'dist', file)), file);
  }
});

test('one script tag from the CDN path: the widget works, the wasm is application/wasm and fetched once', async () => {
  const pkg = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
  const src = `${cdn}${pkg.jsdelivr.replace(/^\.\//, '')}`;
  const integrity = sri(await readFile(join(installed, 'role-explainer.js')));
  const html = page(`<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`, element());
  const { page: tab, errors, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await tab.route('**/post.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const wasmTypes = [];
  tab.on('response', (r) => { if (r.url().endsWith('.wasm')) wasmTypes.push(r.headers()['content-type']); });
  server.requests.length = 0;
  await tab.goto(`${server.url}/post.html`);
  const widget = tab.locator('role-explainer');
  await picksWork(widget);
  assert.deepEqual(wasmTypes, ['application/wasm']);
  assert.deepEqual(server.requests.filter((p) => p.endsWith('.wasm')), [`${cdn}pkg/role-explainer_bg.wasm`]);
  // The glue is bundled into the element script: one script request.
  assert.deepEqual(server.requests.filter((p) => p.endsWith('.js')), [src]);
  assert.deepEqual(errors, []);
  await screenshot(tab, 'package-cdn-1280');
  await context.close();
});

test('the snippet command writes the CDN tag with integrity that the browser accepts', async () => {
  const base = `${server.url}/npm`;
  const snippet = execFileSync(join(ROOT, 'target', 'debug', 'snippet'), ['--dataset', 'pm-vs-po', '--mode', 'explore', '--cdn', base, '--dist', installed], { encoding: 'utf8' });
  const head = snippet.slice(0, snippet.indexOf('<role-explainer'));
  const tag = `<script type="module" src="${base}/role-explainer@${version}/role-explainer.js" integrity="${sri(await readFile(join(installed, 'role-explainer.js')))}" crossorigin="anonymous"></script>\n`;
  assert.equal(head, tag);
  const { page: tab, errors, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await tab.route('**/snippet.html', (route) => route.fulfill({ contentType: 'text/html', body: page(head, snippet.slice(head.length)) }));
  server.requests.length = 0;
  await tab.goto(`${server.url}/snippet.html`);
  const widget = tab.locator('role-explainer');
  await picksWork(widget);
  assert.equal(server.requests.filter((p) => p.endsWith('.wasm')).length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a changed .wasm on the CDN is refused: a message in the widget, the fallback table kept', async () => {
  const html = page('<script type="module" src="/tampered/role-explainer.js"></script>', element());
  for (const [width, theme] of [[360, 'light'], [1280, 'dark']]) {
    const { page: tab, errors, context } = await openPage(browser, { viewport: { width, height: 900 }, colorScheme: theme });
    await tab.route('**/tampered.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await tab.goto(`${server.url}/tampered.html`);
    const widget = tab.locator('role-explainer');
    await widgetReady(widget);
    const alert = widget.getByRole('alert');
    assert.match(await alert.innerText(), /^This explainer could not start: its code \(\/tampered\/pkg\/role-explainer_bg\.wasm\) does not match the file this script was built with, so it was not run\./);
    // The widget never ran: no tabs, and the reader still has the whole comparison.
    assert.equal(await widget.getByRole('tablist').count(), 0);
    const table = tab.getByRole('table', { name: 'Product Manager vs Product Owner' });
    assert.ok(await table.isVisible());
    assert.equal(await table.getByRole('rowheader').count(), element().match(/<th scope="row">/g).length);
    // The table fits inside the widget's box (its containment would cut off what sticks out).
    const fit = await table.evaluate((el) => {
      const box = el.closest('role-explainer').getBoundingClientRect();
      const cells = [...el.querySelectorAll('th, td, caption')].map((c) => c.getBoundingClientRect());
      return { right: Math.max(...cells.map((r) => r.right)), box: box.right, scroll: el.scrollWidth - el.clientWidth };
    });
    assert.ok(fit.right <= fit.box && fit.scroll <= 0, `fallback table overflows at ${width} px: ${JSON.stringify(fit)}`);
    assert.ok(errors.some((e) => /integrity|digest/i.test(e)), errors.join('\n'));
    await screenshot(tab, `package-tampered-${width}-${theme}`);
    await context.close();
  }
});

test('a changed full build on the CDN is refused when the quiz opens; the other views keep working', async () => {
  const html = page('<script type="module" src="/tampered-full/role-explainer.js"></script>', element('compare'));
  const { page: tab, errors, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await tab.route('**/tampered-full.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await tab.goto(`${server.url}/tampered-full.html`);
  const widget = tab.locator('role-explainer');
  await widgetReady(widget);
  await widget.getByRole('tab', { name: 'Quiz' }).click();
  const alert = widget.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /^The quiz could not be loaded \(its code \(\/tampered-full\/pkg\/role-explainer-full\.js\) does not match the file this script was built with, so it was not run\./);
  assert.equal(await tab.evaluate(() => globalThis.__tampered), undefined, 'the changed code never ran');
  await widget.getByRole('tab', { name: 'Which role?' }).click();
  await widget.getByRole('button', { name: 'The next 1–3 years' }).click();
  assert.equal(await widget.getByRole('status').innerText(), '1 of 1 trait: Product Manager');
  assert.ok(errors.every((e) => /integrity|Failed to load|role-explainer:/.test(e)), errors.join('\n'));
  await context.close();
});

test('custom-elements.json matches the element: observed attributes, events, CSS custom properties', async () => {
  const manifest = JSON.parse(await readFile(join(installed, 'custom-elements.json'), 'utf8'));
  assert.match(manifest.schemaVersion, /^2\./);
  const [declaration] = manifest.modules.flatMap((m) => m.declarations).filter((d) => d.tagName === 'role-explainer');
  const script = await readFile(join(installed, 'role-explainer.js'), 'utf8');

  const bad = '{"id": "broken"}';
  const html = page(`<script type="module" src="${cdn}role-explainer.js"></script>`,
    `${element('quiz').replace('<role-explainer', '<role-explainer seed="7" eager')}
     <role-explainer id="bad" eager><script type="application/json">${bad}</script></role-explainer>`);
  const { page: tab, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  // Every event a role-explainer dispatches, with its detail, as the page would receive it.
  await tab.addInitScript(() => {
    window.__events = [];
    const dispatch = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function record(event) {
      if (event.type.startsWith('role-explainer:')) {
        window.__events.push({ type: event.type, on: this === window ? 'window' : this.localName, detail: JSON.parse(JSON.stringify(event.detail)) });
      }
      return dispatch.call(this, event);
    };
  });
  await tab.route('**/manifest.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await tab.goto(`${server.url}/manifest.html`);
  const quiz = tab.locator('role-explainer').first();
  await widgetWorking(quiz);
  await widgetReady(tab.locator('#bad'));
  await quiz.getByRole('group').first().getByRole('button').first().click();
  await quiz.getByRole('button', { name: 'Check' }).click();
  await quiz.getByRole('tab', { name: 'Compare' }).click();
  await tab.waitForFunction(() => ['ready', 'change', 'answer', 'error'].every((t) => window.__events.some((e) => e.type === `role-explainer:${t}`)));
  const observed = await tab.evaluate(() => customElements.get('role-explainer').observedAttributes);
  const events = await tab.evaluate(() => window.__events);
  await context.close();

  // Attributes: every observed one is described; the others described are read on connect.
  const described = declaration.attributes.map((a) => a.name);
  assert.deepEqual(observed.filter((a) => !described.includes(a)), [], 'observed but not in the manifest');
  for (const name of described.filter((a) => !observed.includes(a))) {
    assert.ok(script.includes(`hasAttribute('${name}')`) || script.includes(`hasAttribute("${name}")`), `${name} is in the manifest, but the element neither observes nor reads it`);
  }
  // Events: those seen on the element are those described, and the Rust that dispatches them
  // names no other (so an event this page did not trigger cannot be missing from the manifest).
  const seen = [...new Set(events.filter((e) => e.on === 'role-explainer').map((e) => e.type))].sort();
  const declaredEvents = declaration.events.map((e) => e.name).sort();
  assert.deepEqual(seen, declaredEvents);
  const embed = join(ROOT, 'src', 'embed');
  const rust = (await Promise.all((await readdir(embed)).map((f) => readFile(join(embed, f), 'utf8')))).join('\n');
  const named = [...new Set(rust.match(/"role-explainer:[a-z]+"/g).map((n) => n.slice(1, -1)))].sort();
  // The panic event goes to the window, not the element (role-explainer.d.ts types it there).
  assert.deepEqual(named.filter((e) => e !== 'role-explainer:panic'), declaredEvents);
  // CSS custom properties: exactly those the stylesheet reads.
  const css = await readFile(join(installed, 'role-explainer.css'), 'utf8');
  const read = [...new Set(css.match(/var\(--role-explainer-[a-z0-9-]+/g).map((v) => v.slice(4)))].sort();
  assert.deepEqual(declaration.cssProperties.map((p) => p.name).sort(), read);

  // TypeScript: the real details type-check against the declarations (missing, extra or
  // mistyped fields fail), and only under the declared event names.
  const lines = events.map((e, i) => `const d${i}: RoleExplainerEventMap[${JSON.stringify(e.type)}]['detail'] = ${JSON.stringify(e.detail)};\nvoid d${i};`);
  await writeFile(join(scratch, 'site', 'check.ts'), `import 'role-explainer';
import type { RoleExplainerEventMap } from 'role-explainer';
${lines.join('\n')}
const element: HTMLElementTagNameMap['role-explainer'] | null = document.querySelector('role-explainer');
element?.addEventListener('role-explainer:change', (e) => { const leaders: string[] = e.detail.verdict.leaders; void leaders; });
document.addEventListener('role-explainer:answer', (e) => { const score: number = e.detail.score; void score; });
window.addEventListener('role-explainer:panic', (e) => { const message: string = e.detail; void message; });
`);
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--lib', 'es2022,dom', 'check.ts'], { cwd: join(scratch, 'site'), encoding: 'utf8' });
  } catch (error) {
    assert.fail(`tsc: ${error.stdout}${error.stderr}`);
  }
});
