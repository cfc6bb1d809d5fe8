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
# The oEmbed documents, with absolute URLs under ROLE_EXPLAINER_BASE_URL (no thumbnails: `make oembed`).
node scripts/oembed.mjs --dist "$out"
