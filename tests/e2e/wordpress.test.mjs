// A real WordPress (Debian's `wordpress` 6.1 on MariaDB and PHP's built-in server, all started
// here on 127.0.0.1 and a scratch folder) with the plugin installed from its zip
// (`make wordpress-plugin`). An Author, who may not post scripts, frames or unknown elements,
// writes posts through WordPress's XML-RPC API: the block, the shortcode and a pasted embed.html
// URL (oEmbed). A visitor then uses the widgets. With the plugin deactivated, the block's post
// still shows its table. If WordPress, MariaDB or PHP is missing this fails: `make test` runs
// scripts/install-tools.sh, which installs them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, screenshot, widgetWorking, ROOT, DIST } from './harness.mjs';

const WORDPRESS = '/usr/share/wordpress';
const MYSQLD = '/usr/sbin/mysqld';
const ZIP = join(ROOT, 'target', 'wordpress', 'role-explainer.zip');
const FALLBACK = join(ROOT, 'target', 'wordpress', 'role-explainer', 'fallback');
const AUTHOR = { login: 'writer', password: 'writer-pass-1234' };
// Kses takes tags out of an Author's block settings, but not quotes: the render must escape them.
const HOSTILE = '" onmouseover="window.__pwned=1" data-x="';

let browser;
let tmp;
let mysqld;
let php;
let site; // http://127.0.0.1:PORT
const posts = {};

const freePort = () => new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout || result.error}`);
  }
  return result.stdout;
}

async function until(what, check, tries = 200) {
  for (let i = 0; i < tries; i += 1) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Runs PHP with WordPress loaded (as WP-CLI would): `code` after wp-load.php. */
function wpPhp(code) {
  return run('php', ['-d', 'display_errors=stderr', '-r', `require '${tmp}/wp/wp-load.php'; ${code}`], { cwd: join(tmp, 'wp') });
}

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The Author publishes a post through XML-RPC (wp.newPost), as a desktop or mobile app would. */
async function authorPosts(title, content) {
  const member = (name, value) => `<member><name>${name}</name><value><string>${xmlEscape(value)}</string></value></member>`;
  const body = `<?xml version="1.0"?><methodCall><methodName>wp.newPost</methodName><params>
    <param><value><int>1</int></value></param>
    <param><value><string>${AUTHOR.login}</string></value></param>
    <param><value><string>${AUTHOR.password}</string></value></param>
    <param><value><struct>${member('post_title', title)}${member('post_status', 'publish')}${member('post_content', content)}</struct></value></param>
  </params></methodCall>`;
  const response = await fetch(`${site}/xmlrpc.php`, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body });
  const text = await response.text();
  const id = text.match(/<string>(\d+)<\/string>/)?.[1];
  assert.ok(id, `wp.newPost answered: ${text}`);
  return id;
}

/** The block as the editor saves it: settings in the comment, the dataset's table inside. */
async function block(settings) {
  const table = await readFile(join(FALLBACK, `${settings.dataset}.html`), 'utf8');
  // WordPress's serializer writes <, >, & and " in attribute JSON as \u escapes; so do we.
  const json = JSON.stringify(settings).replace(/[<>&]|\\"/g, (c) => (c === '\\"' ? '\\u0022' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return `<!-- wp:role-explainer/widget ${json} -->\n<div class="wp-block-role-explainer-widget">${table}</div>\n<!-- /wp:role-explainer/widget -->`;
}

before(async () => {
  const missing = [WORDPRESS, MYSQLD, '/usr/bin/php', '/usr/bin/mariadb-install-db', '/usr/bin/mariadb'].filter((p) => !existsSync(p));
  assert.deepEqual(missing, [], 'WordPress, MariaDB or PHP is missing: run scripts/install-tools.sh');
  assert.ok(existsSync(ZIP), `${ZIP} is missing: run make wordpress-plugin`);
  tmp = await mkdtemp(join(tmpdir(), 'rx-wordpress-'));
  const user = userInfo().username;

  // MariaDB on a scratch data folder and its own socket, no TCP.
  const socket = join(tmp, 'mysql.sock');
  run('mariadb-install-db', ['--no-defaults', `--datadir=${tmp}/db`, `--user=${user}`,
    '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve']);
  mysqld = spawn(MYSQLD, ['--no-defaults', `--datadir=${tmp}/db`, `--socket=${socket}`, '--skip-networking',
    `--pid-file=${tmp}/mysqld.pid`, `--user=${user}`, `--log-error=${tmp}/mysqld.err`,
    '--innodb-buffer-pool-size=16M', '--skip-log-bin'], { stdio: 'ignore', detached: true });
  const sql = (query) => spawnSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', query], { encoding: 'utf8' });
  await until('MariaDB', () => sql('SELECT 1').status === 0);
  assert.equal(sql('CREATE DATABASE wp').status, 0);

  // WordPress: Debian's files copied, with a wp-config.php of our own.
  const port = await freePort();
  site = `http://127.0.0.1:${port}`;
  const wp = join(tmp, 'wp');
  await cp(WORDPRESS, wp, { recursive: true, dereference: true });
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((k) => `define('${k}', '${k.toLowerCase()}-${Math.random()}');`).join('\n');
  await writeFile(join(wp, 'wp-config.php'), `<?php
define('DB_NAME', 'wp'); define('DB_USER', 'root'); define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
${salts}
$table_prefix = 'wp_';
define('WP_HOME', '${site}'); define('WP_SITEURL', '${site}');
define('DISABLE_WP_CRON', true); define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', false); define('WP_DEBUG_LOG', '${tmp}/debug.log');
// Where the project's embed.html and oEmbed documents are: this site's /rx/ folder.
define('ROLE_EXPLAINER_BASE_URL', '${site}/rx/');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`);
  // The widget's own files (embed.html and the oEmbed documents) at ${site}/rx/, built for that base.
  // The site's own icon, so the browser's favicon request is not a 404 in the error checks.
  await copyFile(join(DIST, 'favicon.svg'), join(wp, 'favicon.ico'));
  const rx = join(wp, 'rx');
  await mkdir(rx);
  for (const f of ['embed.html', 'embed-frame.js', 'embed-resize.js', 'embed.css', 'role-explainer.js', 'role-explainer.css', 'pkg', 'data']) {
    await cp(join(DIST, f), join(rx, f), { recursive: true });
  }
  run('node', [join(ROOT, 'scripts', 'oembed.mjs'), '--dist', rx], { env: { ...process.env, ROLE_EXPLAINER_BASE_URL: `${site}/rx/` } });

  // PHP's server with a few workers: WordPress fetches the oEmbed document from this same server.
  // Its own process group, so that stopping it stops its workers too.
  php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', wp], { stdio: 'ignore', detached: true, env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } });
  await until('PHP', async () => { try { await fetch(`${site}/readme.html`); return true; } catch { return false; } });

  // The install form, as a site owner fills it in.
  const install = await fetch(`${site}/wp-admin/install.php?step=2`, {
    method: 'POST',
    body: new URLSearchParams({ weblog_title: 'A WordPress blog', user_name: 'admin', admin_password: 'admin-pass-1234',
      admin_password2: 'admin-pass-1234', pw_weak: '1', admin_email: 'admin@example.org', blog_public: '0', language: '' }),
  });
  assert.match(await install.text(), /Success!/, 'WordPress installed');

  // The plugin installed from its zip by WordPress's own upgrader (what Plugins → Add New →
  // Upload does), then activated; and an Author.
  const zip = join(tmp, 'role-explainer.zip');
  await copyFile(ZIP, zip);
  const out = wpPhp(`
    require_once ABSPATH . 'wp-admin/includes/admin.php';
    require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
    $up = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
    $ok = $up->install('${zip}');
    if (true !== $ok) { fwrite(STDERR, print_r($ok, true)); exit(1); }
    $r = activate_plugin('role-explainer/role-explainer.php');
    if (is_wp_error($r)) { fwrite(STDERR, $r->get_error_message()); exit(1); }
    $id = wp_insert_user(array('user_login' => '${AUTHOR.login}', 'user_pass' => '${AUTHOR.password}', 'user_email' => 'w@example.org', 'role' => 'author'));
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
    echo user_can($id, 'unfiltered_html') ? 'unfiltered' : 'filtered';
  `);
  assert.equal(out, 'filtered', 'the Author may not post unfiltered HTML');

  // Posts, each written by the Author.
  posts.block = await authorPosts('Which role are you?', [
    '<!-- wp:paragraph --><p>Pick the traits you recognise.</p><!-- /wp:paragraph -->',
    await block({ dataset: 'pm-vs-po', mode: 'explore', header: 'hide' }),
    await block({ dataset: 'pm-vs-po', mode: HOSTILE, attributes: HOSTILE }),
    // What the Author may not post: WordPress strips these for this role.
    '<!-- wp:html --><script>window.__authorScript=1</script><iframe src="/rx/embed.html" title="raw frame"></iframe><!-- /wp:html -->',
  ].join('\n\n'));
  posts.shortcode = await authorPosts('Three roles', [
    '<p>Written in the classic editor.</p>',
    '[role-explainer dataset="project-vs-product-vs-owner" mode="compare" nonsense="x"]',
  ].join('\n\n'));
  const pasted = `${site}/rx/embed.html#dataset=project-vs-product-vs-owner&mode=explore`;
  posts.oembed = await authorPosts('Pasted link', [
    '<!-- wp:paragraph --><p>Pasted from the widget’s page:</p><!-- /wp:paragraph -->',
    // What the block editor saves when a URL is pasted on an empty line.
    `<!-- wp:embed {"url":"${pasted}","type":"rich"} -->\n<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">\n${pasted}\n</div></figure>\n<!-- /wp:embed -->`,
  ].join('\n\n'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  // Each server runs in its own process group (PHP's workers are its children): stop the group.
  for (const child of [php, mysqld]) {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))]);
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }
  }
  if (!tmp) return;
  // Nothing started here may outlive the test (zombies waiting for their reaper aside).
  await until('the servers to stop', () => {
    const ps = spawnSync('ps', ['-eo', 'stat=,args='], { encoding: 'utf8' }).stdout;
    return !ps.split('\n').some((line) => line.includes(tmp) && !line.trim().startsWith('Z'));
  });
  if (!process.env.RX_KEEP_TMP) await rm(tmp, { recursive: true, force: true });
});

/** A fresh visitor (no cookies) opens a post. */
async function visit(id, options = {}) {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1100, height: 900 }, ...options });
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(`${site}/?p=${id}`);
  return { page, errors, context };
}

test('wordpress: an Author’s block works for a visitor, its script loaded once, nothing else of the Author’s raw HTML kept', async () => {
  const { page, errors, context } = await visit(posts.block);
  const widgets = page.locator('role-explainer');
  assert.equal(await widgets.count(), 2);
  const explore = widgets.first();
  await widgetWorking(explore);
  await explore.getByRole('button', { name: 'Keeping the team clear on what to focus on' }).click();
  assert.equal(await explore.getByRole('status').innerText(), '1 of 1 trait: Product Owner');
  // A mode outside block.json's list falls back to its default (WordPress checks it); hostile
  // attribute ids stay text, the widget names them in its notice, and no script ran.
  const second = widgets.nth(1);
  await widgetWorking(second);
  assert.equal(await second.getAttribute('mode'), 'compare');
  assert.equal(await second.getAttribute('attributes'), HOSTILE);
  assert.equal(await second.getAttribute('onmouseover'), null);
  await second.hover();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await second.getByRole('tab', { selected: true }).innerText(), 'Compare');
  await second.getByText(/window\.__pwned=1/).first().waitFor();
  // The element script is on the page once, as a module, from the plugin's folder.
  const scripts = await page.locator('script[src*="role-explainer.js"]').evaluateAll((s) => s.map((e) => [e.type, e.getAttribute('src')]));
  assert.equal(scripts.length, 1, JSON.stringify(scripts));
  assert.equal(scripts[0][0], 'module');
  assert.match(scripts[0][1], /\/wp-content\/plugins\/role-explainer\/assets\/role-explainer\.js/);
  // WordPress filtered the Author's own HTML: the raw script and frame are gone.
  assert.equal(await page.evaluate(() => window.__authorScript), undefined);
  assert.equal(await page.locator('iframe[title="raw frame"]').count(), 0);
  await screenshot(page, 'wordpress-block');
  assert.deepEqual(errors, []);
  await context.close();
});

test('wordpress: readers without JavaScript get the table; pages without a widget get no script', async () => {
  const { page, context } = await visit(posts.block, { javaScriptEnabled: false });
  const table = page.getByRole('table', { name: 'Product Manager vs Product Owner' }).first();
  await table.waitFor();
  assert.equal(await table.getByRole('rowheader', { name: 'Time horizon' }).count(), 1);
  await page.goto(`${site}/?p=1`); // WordPress's "Hello world!" post
  assert.match(await page.title(), /Hello world/);
  assert.equal(await page.locator('script[src*="role-explainer"]').count(), 0);
  await context.close();
});

test('wordpress: the shortcode in a classic post', async () => {
  const { page, errors, context } = await visit(posts.shortcode);
  const widget = page.locator('role-explainer');
  assert.equal(await widget.count(), 1);
  assert.equal(await widget.getAttribute('nonsense'), null, 'unknown shortcode settings are dropped');
  await widgetWorking(widget);
  await widget.getByRole('button', { name: 'None', exact: true }).click();
  assert.match(await widget.getByRole('status').innerText(), /^Showing 0 of \d+ attributes$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('wordpress: a pasted embed.html URL becomes the frame, with the URL’s settings', async () => {
  const { page, errors, context } = await visit(posts.oembed);
  const frameElement = page.locator('iframe[title="Project Manager vs Product Manager vs Product Owner"]');
  await frameElement.scrollIntoViewIfNeeded();
  assert.match(await frameElement.getAttribute('src'), /\/rx\/embed\.html#dataset=project-vs-product-vs-owner&mode=explore$/);
  // A registered provider is trusted: WordPress keeps the frame unsandboxed.
  assert.equal(await frameElement.getAttribute('sandbox'), null);
  const widget = page.frameLocator('iframe[title="Project Manager vs Product Manager vs Product Owner"]').locator('role-explainer');
  await widgetWorking(widget);
  assert.equal(await widget.getByRole('tab', { selected: true }).innerText(), 'Which role?');
  await screenshot(page, 'wordpress-oembed');
  assert.deepEqual(errors, []);
  await context.close();
});

test('wordpress: an Author adds the block in the block editor, sets it in the sidebar, and publishes', async () => {
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1400, height: 1000 } });
  const refused = [];
  page.on('response', (r) => { if (r.status() >= 400) refused.push(`${r.status()} ${r.url()}`); });
  page.on('requestfailed', (r) => refused.push(`failed ${r.url()}`));
  await page.goto(`${site}/wp-login.php`);
  await page.getByLabel('Username or Email Address').fill(AUTHOR.login);
  await page.getByLabel('Password', { exact: true }).fill(AUTHOR.password);
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.waitForURL(/wp-admin/);
  await page.goto(`${site}/wp-admin/post-new.php`);
  const welcome = page.getByRole('dialog', { name: /Welcome to the block editor/ });
  await welcome.or(page.getByRole('textbox', { name: 'Add title' })).first().waitFor({ timeout: 60000 });
  if (await welcome.isVisible()) await welcome.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('textbox', { name: 'Add title' }).fill('Made in the editor');
  await page.getByRole('button', { name: 'Toggle block inserter' }).click();
  await page.getByRole('searchbox', { name: /Search/ }).fill('Role explainer');
  await page.getByRole('option', { name: 'Role explainer' }).click();
  // The canvas shows the table readers without JavaScript get; the sidebar has the settings.
  const canvas = page.locator('.wp-block-role-explainer-widget');
  await canvas.getByRole('table', { name: 'Product Manager vs Product Owner' }).waitFor();
  const sidebar = page.getByRole('button', { name: 'Settings', exact: true });
  if ((await sidebar.getAttribute('aria-pressed')) !== 'true') await sidebar.click();
  const settings = page.getByRole('region', { name: 'Editor settings' });
  await settings.getByRole('combobox', { name: 'Dataset' }).selectOption({ label: 'Project Manager vs Product Manager vs Product Owner' });
  await settings.getByRole('combobox', { name: 'Mode' }).selectOption('explore');
  await settings.getByRole('textbox', { name: 'Attributes' }).fill('horizon,focus,goal');
  await canvas.getByRole('table', { name: 'Project Manager vs Product Manager vs Product Owner' }).waitFor();
  await screenshot(page, 'wordpress-editor');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('region', { name: 'Editor publish' }).getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('is now live').first().waitFor();
  const id = new URL(page.url()).searchParams.get('post');
  assert.ok(id, page.url());
  // Opened again, the saved block is valid (the editor would flag anything it cannot rebuild).
  await page.reload();
  await page.locator('.wp-block-role-explainer-widget').first().waitFor();
  assert.equal(await page.getByText('This block contains unexpected or invalid content').count(), 0);
  await context.close();

  const visitor = await visit(id);
  const widget = visitor.page.locator('role-explainer');
  assert.equal(await widget.getAttribute('dataset'), 'project-vs-product-vs-owner');
  await widgetWorking(widget);
  assert.equal(await widget.getByRole('tab', { selected: true }).innerText(), 'Which role?');
  // The editor's own refusals are WordPress's for this role and this offline machine (an Author
  // may not read the site's settings or templates; gravatar.com and s.w.org are unreachable).
  // None may be the plugin's, and no script may throw.
  assert.deepEqual(refused.filter((r) => r.includes('role-explainer')), []);
  assert.deepEqual(errors.filter((e) => !e.startsWith('Failed to load resource')), []);
  assert.deepEqual(visitor.errors, []);
  await visitor.context.close();
});

test('wordpress: with the plugin deactivated the block’s post still shows its table', async () => {
  wpPhp("require_once ABSPATH . 'wp-admin/includes/plugin.php'; deactivate_plugins('role-explainer/role-explainer.php'); echo 'ok';");
  try {
    const { page, context } = await visit(posts.block);
    assert.equal(await page.locator('role-explainer').count(), 0);
    assert.equal(await page.locator('script[src*="role-explainer"]').count(), 0);
    const tables = page.getByRole('table', { name: 'Product Manager vs Product Owner' });
    assert.equal(await tables.count(), 2);
    assert.ok(await tables.first().isVisible());
    assert.equal(await tables.first().getByRole('rowheader', { name: 'Time horizon' }).count(), 1);
    await screenshot(page, 'wordpress-no-plugin');
    // The shortcode is WordPress's to show as text then: the setting stays readable.
    await page.goto(`${site}/?p=${posts.shortcode}`);
    assert.match(await page.locator('body').innerText(), /\[role-explainer dataset=.project-vs-product-vs-owner/);
    await context.close();
  } finally {
    wpPhp("require_once ABSPATH . 'wp-admin/includes/plugin.php'; activate_plugin('role-explainer/role-explainer.php'); echo 'ok';");
  }
});
