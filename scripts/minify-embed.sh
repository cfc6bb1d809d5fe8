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
# Then the wasm hash goes into the bundle (the Trunk hooks of one stage run side by side, so
# this must follow the bundling in the same script).
bash scripts/stamp-wasm-integrity.sh
