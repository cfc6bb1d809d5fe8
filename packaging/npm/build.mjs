// `make package`: the npm package, built from dist/ (run `make dist` first) and the files in
// this folder, as target/package/role-explainer-<version>.tgz. The version is Cargo.toml's, so
// the crate, the snippet command's CDN URLs and the package always agree.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = join(root, 'dist');
const out = join(root, 'target', 'package');
const staging = join(out, 'role-explainer');

/** The `version` of Cargo.toml's [package] table. */
export async function cargoVersion() {
  const toml = await readFile(join(root, 'Cargo.toml'), 'utf8');
  const table = toml.split(/^\[/m).find((t) => t.startsWith('package]'));
  const version = table?.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) throw new Error('Cargo.toml: no version in [package]');
  return version;
}

async function main() {
  const version = await cargoVersion();
  const script = await readFile(join(dist, 'role-explainer.js'), 'utf8').catch(() => {
    throw new Error(`${join(dist, 'role-explainer.js')} is missing: run \`make dist\` first`);
  });
  // A script whose wasm hash was never written would run any wasm it is given.
  if (script.includes('@ROLE_EXPLAINER_WASM_INTEGRITY@') || script.includes('@ROLE_EXPLAINER_FULL_WASM_INTEGRITY@') || script.includes('@ROLE_EXPLAINER_FULL_GLUE_INTEGRITY@')) {
    throw new Error('dist/role-explainer.js has no wasm integrity hash (not built by `make dist`)');
  }
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(staging, 'pkg'), { recursive: true });
  for (const file of ['role-explainer.js', 'role-explainer.css', 'pkg/role-explainer.js', 'pkg/role-explainer_bg.wasm', 'pkg/role-explainer-full.js', 'pkg/role-explainer-full_bg.wasm']) {
    await cp(join(dist, file), join(staging, file));
  }
  await cp(join(dist, 'data'), join(staging, 'data'), { recursive: true });
  for (const file of ['README.md', 'custom-elements.json', 'role-explainer.d.ts']) {
    await cp(join(here, file), join(staging, file));
  }
  const manifest = JSON.parse(await readFile(join(here, 'package.json'), 'utf8'));
  manifest.version = version;
  await writeFile(join(staging, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: staging, encoding: 'utf8' }));
  const tgz = join(out, packed.filename);
  console.log(`${tgz}: ${packed.files.length} files, ${packed.size} bytes`);
  for (const f of packed.files) console.log(`  ${f.path} (${f.size} bytes)`);
  // Every file the element script loads is in it (a file left out of `files` would 404 on a CDN).
  const data = (await readdir(join(dist, 'data'), { recursive: true })).filter((f) => f.endsWith('.json')).map((f) => `data/${f}`);
  const needed = ['role-explainer.js', 'role-explainer.css', 'pkg/role-explainer.js', 'pkg/role-explainer_bg.wasm', 'pkg/role-explainer-full.js', 'pkg/role-explainer-full_bg.wasm', 'package.json', ...data];
  const missing = needed.filter((f) => !packed.files.some((p) => p.path === f));
  if (missing.length) throw new Error(`the package lacks ${missing.join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`make package: ${error.message}`);
    process.exit(1);
  });
}
