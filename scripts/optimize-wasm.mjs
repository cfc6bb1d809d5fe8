// Build step (called by scripts/minify-embed.sh before the glue is bundled): wasm-opt, then the
// wasm's import and export names become one or two letters and the wasm-bindgen glue is
// rewritten to match.
//
// wasm-opt runs here rather than in Trunk (index.html sets data-wasm-opt="0") because Trunk
// always puts its own -Oz before the parameters it is given, and optimising before
// --merge-similar-functions leaves 0.8 kB brotli more than merging first.
//
// wasm-bindgen names each import `__wbg_<name>_<16 hex digits>`; those hashes do not compress,
// and every reader downloads them twice (in the wasm and in the glue). binaryen's
// --minify-imports-and-exports-and-modules prints the old → new names as JSON. The glue
// refers to imports only as keys of its import object and to exports only as `wasm.<name>`,
// so the rewrite is a whole-word replacement of those two forms. Anything it cannot account
// for fails the build rather than shipping a glue that calls a name the wasm no longer has.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

const out = process.env.TRUNK_STAGING_DIR || 'dist';
// The lean embed build by default; WASM_STEM=role-explainer-full for the full one.
const stem = process.env.WASM_STEM || 'role-explainer';
const wasmPath = join(out, 'pkg', `${stem}_bg.wasm`);
const gluePath = join(out, 'pkg', `${stem}.js`);
const wasmOpt = 'node_modules/.bin/wasm-opt';

function fail(message) {
  console.error(`optimize-wasm: ${message}`);
  process.exit(1);
}

const before = new WebAssembly.Module(readFileSync(wasmPath));
const oldModules = new Set(WebAssembly.Module.imports(before).map((i) => i.module));
if (oldModules.size !== 1) fail(`expected one import module, found ${[...oldModules].join(', ')}`);
const [oldModule] = oldModules;

const tmp = `${wasmPath}.min`;
// The features the release build uses (named explicitly: the first run strips the section
// that names them).
const features = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals',
  'reference-types', 'multivalue'].map((f) => `--enable-${f}`);
execFileSync(wasmOpt, [wasmPath, ...features, '--merge-similar-functions', '-Oz', '--converge',
  '--strip-debug', '--strip-producers', '--strip-target-features', '-o', tmp]);
const printed = execFileSync(wasmOpt, [tmp, ...features,
  '--minify-imports-and-exports-and-modules', '-o', tmp], { encoding: 'utf8' });
const map = JSON.parse(printed.slice(printed.indexOf('{')));

const after = new WebAssembly.Module(readFileSync(tmp));
const newModules = new Set(WebAssembly.Module.imports(after).map((i) => i.module));
if (newModules.size !== 1) fail(`expected one import module after, found ${[...newModules].join(', ')}`);
const [newModule] = newModules;

let glue = readFileSync(gluePath, 'utf8');
const escape = (s) => s.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');

// Import object keys: `    __wbg_code_f0359f3273037430: function(`.
for (const [module, name, short] of map.imports) {
  if (module !== oldModule) fail(`import ${module}.${name} is from another module`);
  const key = new RegExp(`(?<=[\\s{,])${escape(name)}(?=\\s*:)`, 'g');
  const count = (glue.match(key) || []).length;
  if (count !== 1) fail(`import ${name} appears ${count} times as a key in the glue`);
  glue = glue.replace(key, () => short);
}
const moduleKey = JSON.stringify(oldModule);
if (!glue.includes(`${moduleKey}:`)) fail(`no ${moduleKey} import object in the glue`);
glue = glue.replace(`${moduleKey}:`, () => `${JSON.stringify(newModule)}:`);

// Export uses: `wasm.__wbindgen_malloc`.
const renamed = new Map(map.exports);
glue = glue.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (whole, name) => {
  const short = renamed.get(name);
  if (short === undefined) fail(`the glue uses wasm.${name}, which the wasm does not export`);
  return `wasm.${short}`;
});

// Yew marks the DOM nodes and events it handles with expando properties (`__yew_subtree_id`,
// `__yew_listener_id`, `__yew_subtree_cache_key`) whose values come from counters in each wasm
// instance. A host page that is itself a Yew app (the studio) sees our widget's clicks in its
// own capture listener, reads our nodes' ids as its own, and runs its own handlers for them.
// Under names of our own the two never meet (each build's glue gets the same names: their
// widgets' subtrees never nest).
let yewNames = 0;
glue = glue.replace(/(?<=\.)__yew_(subtree_id|listener_id|subtree_cache_key)\b/g, (_, name) => {
  yewNames += 1;
  return `__role_explainer_${name}`;
});
if (yewNames !== 6) fail(`expected Yew's three DOM property names twice each in the glue, found ${yewNames}`);

renameSync(tmp, wasmPath);
writeFileSync(gluePath, glue);
console.log(`optimize-wasm: ${map.imports.length} imports and ${map.exports.length} exports renamed`);
