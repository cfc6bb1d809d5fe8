#!/usr/bin/env bash
# Build step (called at the end of scripts/minify-embed.sh, after the element script is bundled):
# the element script refuses a wasm that differs from the one built here (a tampered CDN copy),
# so write each wasm's SRI hash (sha384, base64) over its placeholder in the built role-explainer.js
# (the lean embed build's, and the full one's wasm and glue).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${TRUNK_STAGING_DIR:-dist}"
sri() { echo "sha384-$(sha384sum "$1" | cut -c1-96 | tr a-f A-F | basenc --base16 -d | base64 -w0)"; }
for placeholder in @ROLE_EXPLAINER_WASM_INTEGRITY@ @ROLE_EXPLAINER_FULL_WASM_INTEGRITY@ @ROLE_EXPLAINER_FULL_GLUE_INTEGRITY@; do
  if ! grep -q "$placeholder" "$out/role-explainer.js"; then
    echo "stamp-wasm-integrity: no $placeholder placeholder in $out/role-explainer.js" >&2
    exit 1
  fi
done
# Base64 never holds `|` or `&`, so the values are safe in the replacement.
sed -i -e "s|@ROLE_EXPLAINER_WASM_INTEGRITY@|$(sri "$out/pkg/role-explainer_bg.wasm")|g" \
  -e "s|@ROLE_EXPLAINER_FULL_WASM_INTEGRITY@|$(sri "$out/pkg/role-explainer-full_bg.wasm")|g" \
  -e "s|@ROLE_EXPLAINER_FULL_GLUE_INTEGRITY@|$(sri "$out/pkg/role-explainer-full.js")|g" \
  "$out/role-explainer.js"
