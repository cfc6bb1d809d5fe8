// Writes dist/offline/role-explainer.html: one self-contained file (wasm, JS, CSS and the
// built-in datasets inlined) that works from file:// with no server and no network, for a
// teacher's USB stick. Browsers refuse to fetch .wasm over file://, so the wasm travels as
// base64 and is instantiated from bytes. Run after `trunk build --release` (make offline).
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const read = (name) => readFile(join(dist, name), 'utf8');

const [page, pageCss, widgetCss, bundle, wasm, icon] = await Promise.all([
  read('index.html'), read('page.css'), read('role-explainer.css'), read('role-explainer.js'),
  readFile(join(dist, 'pkg', 'role-explainer-full_bg.wasm')), read('favicon.svg'),
]);
// The full build (the quiz, every language) is the only one inlined: a file on a USB stick
// need not save bytes by starting lean. Its glue is a module script before the element's.
const fullGlue = await read(join('pkg', 'role-explainer-full.js'));

// The build bundles the wasm-bindgen glue into the element script (scripts/minify-embed.sh),
// so the one module script needs no other file.
if (/\bfrom\s*["']\.\/pkg\//.test(bundle)) throw new Error('offline: the element script still imports the glue');

// The built-in datasets (the element otherwise fetches them from data/).
const datasets = {};
for (const [, file] of bundle.matchAll(/["']([\w.-]+\.json)["']/g)) datasets[file] = await read(join('data', file));
if (!Object.keys(datasets).length) throw new Error('offline: no built-in dataset list found in the element script');
// The interface languages other than English (the element otherwise fetches data/ui/).
const languages = {};
for (const file of await readdir(join(dist, 'data', 'ui'))) {
  if (file.endsWith('.json')) languages[file.replace(/\.json$/, '')] = await read(join('data', 'ui', file));
}
if (!Object.keys(languages).length) throw new Error('offline: no interface language files in dist/data/ui');
const assets = `globalThis.__roleExplainerInline = {
  css: ${JSON.stringify(widgetCss)},
  datasets: ${JSON.stringify(datasets)},
  languages: ${JSON.stringify(languages)},
  wasm: Uint8Array.from(atob(${JSON.stringify(wasm.toString('base64'))}), (c) => c.charCodeAt(0)),
};`;
// "</script" cannot appear inside an inline script.
const safe = (js) => js.replace(/<\/script/gi, '<\\/script');

let html = page
  .replace(/<link data-trunk[^>]*>\s*/g, '')
  .replace(/<link rel="(modulepreload|preload)"[^>]*>\s*/g, '')
  .replace(/<link rel="icon"[^>]*>/, `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(icon.trim())}">`)
  .replace('<link rel="stylesheet" href="page.css">', () => `<style>\n${pageCss}</style>`)
  .replace('<script type="module" src="role-explainer.js"></script>',
    () => `<script>${safe(assets)}</script>\n<script type="module">\n${safe(fullGlue)}\n</script>\n<script type="module">\n${safe(bundle)}\n</script>`);
for (const leftover of ['src="role-explainer.js"', 'href="page.css"', 'href="pkg/']) {
  if (html.includes(leftover)) throw new Error(`offline: ${leftover} is still referenced`);
}
html = html.replace('<title>', '<title>Offline · ');
await mkdir(join(dist, 'offline'), { recursive: true });
await writeFile(join(dist, 'offline', 'role-explainer.html'), html);
console.log(`offline: wrote dist/offline/role-explainer.html (${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB)`);
