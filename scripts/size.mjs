// `make size`: what a reader downloads for one embed, raw, gzip -9 and brotli (quality 11),
// beside a bare Yew 0.23 hello-world built the same way in the same run, and against the
// budget. Then the 15 largest wasm items (twiggy), so a regression has a name.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET = 110_000;
const STRETCH = 95_000;

async function measure(base, files) {
  const rows = [];
  for (const [label, file] of files) {
    const bytes = await readFile(join(base, file));
    rows.push({
      label,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    });
  }
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const widget = await measure(join(root, 'dist'), [
  ['wasm (pkg/role-explainer_bg.wasm)', 'pkg/role-explainer_bg.wasm'],
  ['element + glue (role-explainer.js)', 'role-explainer.js'],
  ['CSS (role-explainer.css)', 'role-explainer.css'],
  ['dataset (data/pm-vs-po.en.json)', 'data/pm-vs-po.en.json'],
]);
const helloDir = join(root, 'target', 'hello-yew-dist');
const helloFiles = execFileSync('ls', [helloDir]).toString().split('\n');
const hello = await measure(helloDir, [
  ['wasm', helloFiles.find((f) => f.endsWith('_bg.wasm'))],
  ['JS glue', helloFiles.find((f) => f.endsWith('.js'))],
]);

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log('\nEverything one default embed downloads (the wasm carries no dataset; the element fetches it)\n');
console.log(`${pad('file', 36)}${lpad('raw', 11)}${lpad('gzip -9', 11)}${lpad('brotli', 11)}`);
for (const r of widget.rows) console.log(`${pad(r.label, 36)}${lpad(kb(r.raw), 11)}${lpad(kb(r.gzip), 11)}${lpad(kb(r.brotli), 11)}`);
console.log(`${pad('total: role-explainer', 36)}${lpad(kb(widget.total.raw), 11)}${lpad(kb(widget.total.gzip), 11)}${lpad(kb(widget.total.brotli), 11)}`);
console.log(`${pad('baseline: bare Yew 0.23 hello-world', 36)}${lpad(kb(hello.total.raw), 11)}${lpad(kb(hello.total.gzip), 11)}${lpad(kb(hello.total.brotli), 11)}`);
const over = widget.total.brotli - hello.total.brotli;
console.log(`\nwidget over the bare Yew app: ${kb(over)} brotli (×${(widget.total.brotli / hello.total.brotli).toFixed(2)})`);
console.log(`budget ${kb(BUDGET)} brotli: ${widget.total.brotli <= BUDGET ? 'met' : `NOT met, over by ${kb(widget.total.brotli - BUDGET)}`}`);
console.log(`stretch ${kb(STRETCH)} brotli: ${widget.total.brotli <= STRETCH ? 'met' : 'not met'}`);
// The full build (the quiz, the other interface languages): not part of a default embed; a
// page fetches it once, for the first widget whose reader opens the quiz or that needs it.
const full = await measure(join(root, 'dist'), [
  ['wasm (pkg/role-explainer-full_bg.wasm)', 'pkg/role-explainer-full_bg.wasm'],
  ['glue (pkg/role-explainer-full.js)', 'pkg/role-explainer-full.js'],
]);
console.log('\nOpening the quiz, or an interface in another language, adds the full build (once per page)\n');
for (const r of full.rows) console.log(`${pad(r.label, 36)}${lpad(kb(r.raw), 11)}${lpad(kb(r.gzip), 11)}${lpad(kb(r.brotli), 11)}`);
console.log(`${pad('total: full build', 36)}${lpad(kb(full.total.raw), 11)}${lpad(kb(full.total.gzip), 11)}${lpad(kb(full.total.brotli), 11)}`);

let top = [];
try {
  const csv = execFileSync('twiggy', ['top', '-n', '100000', '--format', 'csv',
    join(root, 'target', 'lean', 'role_explainer.wasm')]).toString();
  console.log('\nLargest wasm items before wasm-opt (twiggy top; names kept, so a regression has one)\n');
  for (const line of csv.trim().split('\n').slice(1)) {
    const m = line.match(/^"?(.*?)"?,(\d+),([\d.]+),[^,]*,[^,]*$/);
    if (!m) continue;
    const name = m[1].replace(/""/g, '"');
    // Custom sections (names, wasm-bindgen's descriptors) are stripped before shipping.
    if (/custom section|function names|__wbindgen_describe/.test(name)) continue;
    top.push({ name, bytes: Number(m[2]) });
    if (top.length <= 15) console.log(`${lpad(m[2], 9)} B  ${name.slice(0, 110)}`);
  }
  // What the serde-wasm-bindgen event bridge costs (its own code and the Serialize impls).
  const bridge = top.filter((t) => /serde_wasm_bindgen|serde::ser|as serde::Serialize/.test(t.name));
  const bridgeBytes = bridge.reduce((n, t) => n + t.bytes, 0);
  console.log(`\nserde-wasm-bindgen event details: ${bridge.length} items, ${bridgeBytes} B before wasm-opt (raw)`);
  top = top.slice(0, 15);
} catch (e) {
  console.log(`\n(twiggy unavailable: ${e.message.split('\n')[0]})`);
}
// Guards: things that must not come back into the wasm. Each fails `make size`.
const guards = [];
for (const build of ['lean', 'full']) {
  const unopt = await readFile(join(root, 'target', build, 'role_explainer.wasm'));
  // core's float parser (about 14 kB brotli): the JSON reader reads whole numbers only.
  guards.push([`no float parsing (core::num::dec2flt) in the ${build} wasm`, !unopt.includes('dec2flt')]);
  // Yew's `Classes` (an ordered hash set per element: indexmap and a hasher, about 3 kB brotli):
  // computed class lists are joined strings set as `~className` (src/components/class_list.rs).
  guards.push([`no yew Classes (a dynamic class={…}) in the ${build} wasm`, !unopt.includes('7classes7Classes')]);
  // The built-in datasets are fetched from data/, not compiled in.
  for (const file of ['pm-vs-po.en.json', 'pm-vs-po.de.json', 'project-vs-product-vs-owner.en.json']) {
    const { source } = JSON.parse(await readFile(join(root, 'data', file), 'utf8'));
    guards.push([`no built-in dataset text (${file}) in the ${build} wasm`, !unopt.includes(source)]);
  }
  // Interface languages other than English are fetched from data/ui/, not compiled in.
  for (const file of ['de', 'es', 'fr', 'ar']) {
    const { text } = JSON.parse(await readFile(join(root, 'data', 'ui', `${file}.json`), 'utf8'));
    const longest = text.filter(Boolean).sort((a, b) => b.length - a.length)[0];
    guards.push([`no ${file} interface text in the ${build} wasm`, !unopt.includes(longest)]);
  }
}
// The lean build has no quiz (the element loads the full build for it).
const lean = await readFile(join(root, 'target', 'lean', 'role_explainer.wasm'));
guards.push(['no quiz view in the lean wasm', !lean.includes('9quiz_view8QuizView4view17h')]);
console.log('\nGuards\n');
for (const [what, ok] of guards) console.log(`${ok ? 'ok    ' : 'FAILED'}  ${what}`);
if (guards.some(([, ok]) => !ok)) process.exitCode = 1;

await mkdir(join(root, 'target'), { recursive: true });
await writeFile(join(root, 'target', 'size.json'), JSON.stringify({ date: new Date().toISOString(), widget, full, hello, budget: BUDGET, top, guards }, null, 2));
