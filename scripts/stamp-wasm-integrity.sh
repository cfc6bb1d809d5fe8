#!/usr/bin/env bash
# Build step (called at the end of scripts/minify-embed.sh, after the element script is bundled):
# the element script refuses a wasm that differs from the one built here (a tampered CDN copy),
# so write the wasm's SRI hash (sha384, base64) over its placeholder in the built role-explainer.js.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${TRUNK_STAGING_DIR:-dist}"
wasm="$out/pkg/role-explainer_bg.wasm"
integrity="sha384-$(sha384sum "$wasm" | cut -c1-96 | tr a-f A-F | basenc --base16 -d | base64 -w0)"
if ! grep -q '@ROLE_EXPLAINER_WASM_INTEGRITY@' "$out/role-explainer.js"; then
  echo "stamp-wasm-integrity: no @ROLE_EXPLAINER_WASM_INTEGRITY@ placeholder in $out/role-explainer.js" >&2
  exit 1
fi
# Base64 never holds `|` or `&`, so the value is safe in the replacement.
sed -i "s|@ROLE_EXPLAINER_WASM_INTEGRITY@|$integrity|g" "$out/role-explainer.js"
