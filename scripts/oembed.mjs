// Writes the oEmbed documents, <dist>/oembed/<id>.json for every built-in dataset, from
// scripts/oembed.template.json, with absolute URLs under ROLE_EXPLAINER_BASE_URL (the address
// the built files will be served from; default http://127.0.0.1:8080/, the demo's). It also
// makes embed.html's discovery link absolute, as oEmbed consumers do not resolve relative ones.
//
//   node scripts/oembed.mjs [--dist DIR]               the documents (run by the Trunk hook; fast)
//   node scripts/oembed.mjs --thumbnails [--dist DIR]  also a PNG per dataset, a screenshot of
//                                                      the real widget in headless Chromium
//                                                      (`make oembed`), named in thumbnail_*
//   node scripts/oembed.mjs --print-base               the checked base URL, for other scripts
//
// Embedly (which Medium uses) takes only HTTPS frames, so a base must be https://, except a
// loopback address for a local demo or test.
import { readFile, writeFile, mkdir, readdir, stat } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_BASE = 'http://127.0.0.1:8080/';
export const THUMBNAIL = { width: 800, height: 450 };

/** The base URL, checked: absolute, https (or http on a loopback host), ending in "/". */
export function baseUrl(value = process.env.ROLE_EXPLAINER_BASE_URL || DEFAULT_BASE) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ROLE_EXPLAINER_BASE_URL is not an absolute URL: ${JSON.stringify(value)}`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Error(`ROLE_EXPLAINER_BASE_URL must be https:// (oEmbed consumers such as Embedly refuse other frames), or http:// on 127.0.0.1 or localhost for a local demo: ${JSON.stringify(value)}`);
  }
  if (url.search || url.hash) throw new Error(`ROLE_EXPLAINER_BASE_URL must have no query or hash: ${JSON.stringify(value)}`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The built-in datasets, as the snippet command knows them: data/<id>.en.json → { id, title }. */
export async function builtinDatasets() {
  const files = (await readdir(join(ROOT, 'data'))).filter((f) => f.endsWith('.en.json')).sort();
  return Promise.all(files.map(async (f) => {
    const dataset = JSON.parse(await readFile(join(ROOT, 'data', f), 'utf8'));
    return { id: f.slice(0, -'.en.json'.length), title: dataset.title };
  }));
}

/** Width and height from a PNG's IHDR chunk, or null if the file is not a PNG. */
export function pngSize(bytes) {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** One dataset's document: the template's strings filled in (HTML-escaped inside `html`). */
export function documentFor(template, { base, id, title }, thumbnail) {
  const fill = (text, escape) => text
    .replaceAll('{{base}}', escape(base))
    .replaceAll('{{id}}', escape(encodeURIComponent(id)))
    .replaceAll('{{title}}', escape(title));
  const doc = {};
  for (const [key, value] of Object.entries(template)) {
    doc[key] = typeof value === 'string' ? fill(value, key === 'html' ? escapeHtml : (s) => s) : value;
  }
  if (thumbnail) {
    doc.thumbnail_url = `${base}oembed/${encodeURIComponent(id)}.png`;
    doc.thumbnail_width = thumbnail.width;
    doc.thumbnail_height = thumbnail.height;
  }
  return doc;
}

/** Screenshots each dataset's widget in embed.html, served from `dist`, as <dist>/oembed/<id>.png. */
async function takeThumbnails(dist, datasets) {
  const { serve, launch } = await import('../tests/e2e/harness.mjs');
  const server = await serve({ root: dist });
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: THUMBNAIL, deviceScaleFactor: 1, colorScheme: 'light' });
    const page = await context.newPage();
    for (const { id } of datasets) {
      await page.goto(`${server.url}/embed.html#dataset=${encodeURIComponent(id)}&header=show`);
      const widget = page.locator('role-explainer');
      await widget.locator('.rx').or(widget.locator('.rx-error')).first().waitFor();
      if (await widget.locator('.rx-error').count()) throw new Error(`thumbnail ${id}: the widget shows its error panel`);
      await widget.getByRole('tablist').first().waitFor();
      await page.screenshot({ path: join(dist, 'oembed', `${id}.png`), clip: { x: 0, y: 0, ...THUMBNAIL } });
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const base = baseUrl();
  if (args.includes('--print-base')) {
    process.stdout.write(`${base}\n`);
    return;
  }
  const at = args.indexOf('--dist');
  const dist = at >= 0 ? args[at + 1] : (process.env.TRUNK_STAGING_DIR || join(ROOT, 'dist'));
  const datasets = await builtinDatasets();
  await mkdir(join(dist, 'oembed'), { recursive: true });
  if (args.includes('--thumbnails')) await takeThumbnails(dist, datasets);
  const template = JSON.parse(await readFile(join(ROOT, 'scripts', 'oembed.template.json'), 'utf8'));
  for (const dataset of datasets) {
    const png = join(dist, 'oembed', `${dataset.id}.png`);
    const thumbnail = await stat(png).then(() => readFile(png)).then(pngSize, () => null);
    const doc = documentFor(template, { base, ...dataset }, thumbnail);
    await writeFile(join(dist, 'oembed', `${dataset.id}.json`), `${JSON.stringify(doc, null, 2)}\n`);
  }
  // The discovery link, absolute. embed-frame.js points it at the shown dataset's document.
  const embed = join(dist, 'embed.html');
  const page = await readFile(embed, 'utf8').catch(() => null);
  if (page !== null) {
    const absolute = page.replace(/(<link rel="alternate" type="application\/json\+oembed" href=")(?:[^"]*\/)?oembed\//, `$1${escapeHtml(base)}oembed/`);
    if (absolute === page && !page.includes(`href="${escapeHtml(base)}oembed/`)) throw new Error(`${embed}: no oEmbed discovery link`);
    await writeFile(embed, absolute);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`oembed: ${e.message}`);
    process.exit(1);
  });
}
