#!/usr/bin/env bash
# Trunk post-build hook: what every reader downloads, made smaller. The wasm is optimised and
# its import and export names shortened (scripts/optimize-wasm.mjs); the element script and the
# wasm-bindgen glue it imports become one minified module (one request fewer), and the widget's
# CSS is minified. File names stay, so role-explainer.js remains the public embed URL;
# pkg/role-explainer.js stays too, for tools that load the glue on its own.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${TRUNK_STAGING_DIR:-dist}"
esbuild=node_modules/.bin/esbuild
# First the wasm is optimised and its import and export names shrink; the glue follows them.
node scripts/optimize-wasm.mjs
"$esbuild" "$out/role-explainer.js" --bundle --format=esm --minify --legal-comments=none \
  --log-level=warning --allow-overwrite --outfile="$out/role-explainer.js"
"$esbuild" "$out/role-explainer.css" --minify --log-level=warning --allow-overwrite \
  --outfile="$out/role-explainer.css"
# The full build (the quiz and the interface languages other than English) beside it, in
# pkg/role-explainer-full.js and its wasm: the element loads it only for a widget whose reader
# opens the quiz or that speaks another language, so the default embed never downloads it.
# Same pinned wasm-bindgen and optimisation as Trunk's lean build; the glue stays its own file.
# Both builds' unoptimised wasm are kept for `make size` (its largest items, and its guards).
mkdir -p target/lean
cp "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/role_explainer.wasm" target/lean/role_explainer.wasm
cargo build --quiet --release --locked --target wasm32-unknown-unknown --lib --features size-class-alloc
wasm-bindgen --target web --no-typescript --out-dir "$out/pkg" --out-name role-explainer-full \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/role_explainer.wasm"
mkdir -p target/full
cp "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/role_explainer.wasm" target/full/role_explainer.wasm
WASM_STEM=role-explainer-full node scripts/optimize-wasm.mjs
# The element loads this glue as a module script with an SRI hash (so the embed tag's hash
# covers it, which an import() would not); it hands its exports over through a global symbol.
(cd "$out/pkg" && echo "import * as glue from './role-explainer-full.js'; globalThis[Symbol.for('role-explainer.full-glue')] = glue;" \
  | "$OLDPWD/$esbuild" --bundle --format=esm --minify --legal-comments=none --log-level=warning \
    --allow-overwrite --outfile=role-explainer-full.js)
# Then the wasm hashes go into the bundle (the Trunk hooks of one stage run side by side, so
# this must follow the bundling in the same script).
bash scripts/stamp-wasm-integrity.sh
