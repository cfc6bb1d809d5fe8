// The oEmbed documents the build writes (scripts/oembed.mjs, `make oembed`): every field checked
// against the oEmbed 1.0 spec (https://oembed.com/, section 2.3.4) and what Embedly, which
// Medium uses, asks of a rich embed: an HTTPS iframe alone, that fits widths from 280 to 800 px.
// The thumbnails are fetched and looked at: real PNGs of the stated size, not blank.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, widgetWorking, ROOT, DIST } from './harness.mjs';

const DEFAULT_BASE = 'http://127.0.0.1:8080/';
const HTTPS_BASE = 'https://cdn.example.com/role-explainer/';

let browser;
let server;
let datasets;
before(async () => {
  browser = await launch();
  server = await serve();
  const files = (await readdir(join(ROOT, 'data'))).filter((f) => f.endsWith('.en.json'));
  datasets = await Promise.all(files.map(async (f) => ({
    id: f.slice(0, -'.en.json'.length),
    title: JSON.parse(await readFile(join(ROOT, 'data', f), 'utf8')).title,
  })));
  assert.ok(datasets.length >= 2);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const isPositiveInteger = (v) => Number.isInteger(v) && v > 0;
const absolute = (v) => { try { return ['http:', 'https:'].includes(new URL(v).protocol) && new URL(v).href === v; } catch { return false; } };

/** Every problem with one document, as text; [] if it is a valid rich oEmbed 1.0 response. */
function problems(doc, { base, id, title }) {
  const out = [];
  const check = (ok, message) => { if (!ok) out.push(message); };
  check(doc.version === '1.0', `version must be the string "1.0", is ${JSON.stringify(doc.version)}`);
  check(doc.type === 'rich', `type must be "rich", is ${JSON.stringify(doc.type)}`);
  // rich: html, width and height are required (spec 2.3.4.4).
  check(typeof doc.html === 'string' && doc.html.length > 0, 'html is required');
  check(isPositiveInteger(doc.width), `width must be a positive whole number, is ${JSON.stringify(doc.width)}`);
  check(isPositiveInteger(doc.height), `height must be a positive whole number, is ${JSON.stringify(doc.height)}`);
  check(doc.width >= 280 && doc.width <= 800, `width ${doc.width} is outside 280–800`);
  // Optional fields, each of its type.
  check(doc.title === title, `title must be the dataset's (${title}), is ${JSON.stringify(doc.title)}`);
  check(typeof doc.provider_name === 'string' && doc.provider_name.length > 0, 'provider_name');
  check(doc.provider_url === base, `provider_url must be ${base}, is ${JSON.stringify(doc.provider_url)}`);
  check(doc.cache_age === undefined || (Number.isInteger(doc.cache_age) && doc.cache_age >= 0),
    `cache_age must be a whole number of seconds, is ${JSON.stringify(doc.cache_age)}`);
  for (const key of ['author_name']) check(doc[key] === undefined || typeof doc[key] === 'string', `${key} must be a string`);
  for (const [key, value] of Object.entries(doc)) {
    if (key.endsWith('_url')) check(absolute(value), `${key} must be an absolute URL, is ${JSON.stringify(value)}`);
  }
  // thumbnail_url, thumbnail_width and thumbnail_height: all three or none (spec 2.3.4).
  const thumbs = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((k) => doc[k] !== undefined);
  check(thumbs.length === 0 || thumbs.length === 3, `thumbnail_* must come together, have ${thumbs.join(', ')}`);
  check(thumbs.length === 3, 'the documents carry a thumbnail');
  if (thumbs.length === 3) {
    check(doc.thumbnail_url === `${base}oembed/${id}.png`, `thumbnail_url is ${doc.thumbnail_url}`);
    check(isPositiveInteger(doc.thumbnail_width) && isPositiveInteger(doc.thumbnail_height), 'thumbnail sizes must be positive whole numbers');
  }
  // Embedly: the html is one iframe, nothing else (no script), whose address is absolute (and
  // https outside a loopback demo), with the fields' size and a max-width of 800 px.
  const html = String(doc.html ?? '');
  const frame = html.match(/^<iframe ([^>]*)><\/iframe>$/);
  check(frame, `html must be one iframe and nothing else: ${html}`);
  if (frame) {
    const attrs = Object.fromEntries([...frame[1].matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const src = (attrs.src ?? '').replaceAll('&amp;', '&');
    check(src === `${base}embed.html#dataset=${id}`, `the iframe shows ${src}`);
    check(new URL(src).protocol === 'https:' || ['127.0.0.1', 'localhost'].includes(new URL(src).hostname), `the iframe must be https: ${src}`);
    check(attrs.title === title.replaceAll('&', '&amp;'), `the iframe's title is ${attrs.title}`);
    check(Number(attrs.width) === doc.width && Number(attrs.height) === doc.height, 'the iframe has the document\'s width and height');
    check(/(^|;)width:100%/.test(attrs.style ?? '') && /max-width:800px/.test(attrs.style ?? ''), `the iframe must be fluid up to 800 px: ${attrs.style}`);
  }
  return out;
}

/** Reads a PNG's size from its header, independently of the build script. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'a PNG signature');
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('oembed: every built-in dataset has a document that meets oEmbed 1.0 and Embedly, with a real thumbnail', async () => {
  const { page, context } = await openPage(browser);
  for (const dataset of datasets) {
    const response = await fetch(`${server.url}/oembed/${dataset.id}.json`);
    assert.equal(response.status, 200, `oembed/${dataset.id}.json (run make oembed)`);
    assert.match(response.headers.get('content-type'), /^application\/json/);
    const doc = await response.json();
    assert.deepEqual(problems(doc, { base: DEFAULT_BASE, ...dataset }), [], dataset.id);
    // The thumbnail, from where the document says, on this test's server instead of the base.
    const thumbnail = await fetch(`${server.url}/${doc.thumbnail_url.slice(DEFAULT_BASE.length)}`);
    assert.equal(thumbnail.status, 200);
    const bytes = Buffer.from(await thumbnail.arrayBuffer());
    assert.deepEqual(pngSize(bytes), { width: doc.thumbnail_width, height: doc.thumbnail_height });
    // A screenshot of the widget, not an empty image: many colours, the dataset's title on it.
    const colours = await page.evaluate(async (dataUrl) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const g = canvas.getContext('2d');
      g.drawImage(img, 0, 0);
      const pixels = g.getImageData(0, 0, img.width, img.height).data;
      const seen = new Set();
      for (let i = 0; i < pixels.length; i += 4 * 7) seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
      return seen.size;
    }, `data:image/png;base64,${bytes.toString('base64')}`);
    assert.ok(colours > 50, `${dataset.id}: the thumbnail has ${colours} colours`);
  }
  // The discovery link in embed.html points at a document, by an absolute address.
  const embed = await (await fetch(`${server.url}/embed.html`)).text();
  assert.match(embed, /<link rel="alternate" type="application\/json\+oembed" href="http:\/\/127\.0\.0\.1:8080\/oembed\/pm-vs-po\.json"/);
  await context.close();
});

test('oembed: ROLE_EXPLAINER_BASE_URL puts every address under an https base; other bases are refused by name', async () => {
  const dist = await mkdtemp(join(tmpdir(), 'rx-oembed-'));
  try {
    await cp(join(DIST, 'embed.html'), join(dist, 'embed.html'));
    await cp(join(DIST, 'oembed'), join(dist, 'oembed'), { recursive: true });
    const build = (base) => spawnSync('node', [join(ROOT, 'scripts', 'oembed.mjs'), '--dist', dist],
      { encoding: 'utf8', env: { ...process.env, ROLE_EXPLAINER_BASE_URL: base } });
    const ok = build(HTTPS_BASE.slice(0, -1)); // without its final slash: added
    assert.equal(ok.status, 0, ok.stderr);
    for (const dataset of datasets) {
      const doc = JSON.parse(await readFile(join(dist, 'oembed', `${dataset.id}.json`), 'utf8'));
      assert.deepEqual(problems(doc, { base: HTTPS_BASE, ...dataset }), [], dataset.id);
      assert.ok(!JSON.stringify(doc).includes('http:'), `${dataset.id}: nothing but https`);
    }
    assert.match(await readFile(join(dist, 'embed.html'), 'utf8'), new RegExp(`type="application/json\\+oembed" href="${HTTPS_BASE}oembed/pm-vs-po\\.json"`));
    for (const [base, says] of [['http://cdn.example.com/rx/', /must be https:\/\//], ['rx/', /not an absolute URL/], ['https://cdn.example.com/rx/?v=1', /no query or hash/]]) {
      const refused = build(base);
      assert.notEqual(refused.status, 0, base);
      assert.match(refused.stderr, says);
      assert.ok(refused.stderr.includes(base), `the message names ${base}`);
    }
  } finally {
    await rm(dist, { recursive: true, force: true });
  }
});

test('oembed: the html fits a column from 280 to 800 px, and the widget in it works at 280', async () => {
  const doc = await (await fetch(`${server.url}/oembed/pm-vs-po.json`)).json();
  // The document's own html, pointed at this test's server.
  const html = doc.html.replaceAll(DEFAULT_BASE, `${server.url}/`);
  const { page, errors, context } = await openPage(browser, { viewport: { width: 1000, height: 900 } });
  await page.route('**/host.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><title>host</title><link rel="icon" href="data:,"></head><body style="margin:0"><main id="column">${html}</main></body></html>`,
  }));
  await page.goto(`${server.url}/host.html`);
  const frame = page.locator('iframe');
  for (const column of [280, 360, 600, 800, 1000]) {
    await page.locator('#column').evaluate((el, w) => { el.style.width = `${w}px`; }, column);
    const width = await frame.evaluate((el) => el.getBoundingClientRect().width);
    assert.equal(width, Math.min(column, 800), `in a ${column} px column the frame is ${width} px`);
  }
  await page.locator('#column').evaluate((el) => { el.style.width = '280px'; });
  const widget = page.frameLocator('iframe').locator('role-explainer');
  await widgetWorking(widget);
  await widget.getByRole('tab', { name: 'Which role?' }).click();
  await widget.getByRole('button', { name: 'Keeping the team clear on what to focus on' }).click();
  assert.equal(await widget.getByRole('status').innerText(), '1 of 1 trait: Product Owner');
  const sideways = await page.frames()[1].evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(sideways <= 0, `the 280 px frame scrolls sideways by ${sideways} px`);
  assert.deepEqual(errors, []);
  await context.close();
});
