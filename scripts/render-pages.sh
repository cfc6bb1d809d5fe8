#!/usr/bin/env bash
# Trunk post-build hook: copies the demo pages from www/ into the build, replacing each
# `<!-- snippet ARGS -->` line with the snippet command's output, so every fallback table is
# generated from the dataset by the same Rust code as the widget.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${TRUNK_STAGING_DIR:-dist}"
cargo build --quiet --offline --bin snippet
snippet=target/debug/snippet
render() {
  while IFS= read -r line || [ -n "$line" ]; do
    if [[ $line =~ ^[[:space:]]*\<\!--\ snippet\ (.*)\ --\>[[:space:]]*$ ]]; then
      # shellcheck disable=SC2086 # the marker's words are the command's arguments
      "$snippet" ${BASH_REMATCH[1]} --element-only
    else
      printf '%s\n' "$line"
    fi
  done
}
for page in www/*.html; do
  render < "$page" > "$out/$(basename "$page")"
done
# Trunk has already written index.html into the staging folder; render it in place.
render < "$out/index.html" > "$out/index.html.tmp"
mv "$out/index.html.tmp" "$out/index.html"
# The element script refuses a wasm that differs from the one built here (a tampered CDN copy):
# write the wasm's SRI hash (sha384, base64) over the placeholder in the built role-explainer.js.
wasm="$out/pkg/role-explainer_bg.wasm"
integrity="sha384-$(sha384sum "$wasm" | cut -c1-96 | tr a-f A-F | basenc --base16 -d | base64 -w0)"
grep -q '@ROLE_EXPLAINER_WASM_INTEGRITY@' "$out/role-explainer.js" || { echo "render-pages: no wasm integrity placeholder in role-explainer.js" >&2; exit 1; }
sed -i "s|@ROLE_EXPLAINER_WASM_INTEGRITY@|$integrity|" "$out/role-explainer.js"
