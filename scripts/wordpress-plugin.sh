#!/usr/bin/env bash
# Builds the WordPress plugin zip, target/wordpress/role-explainer.zip, from
# integrations/wordpress/ and the widget's release build in dist/ (run `make dist` first):
#   assets/    the element script, its CSS, pkg/ (wasm) and data/, loaded with plugins_url
#   fallback/  each built-in dataset's no-JavaScript table, from the snippet command, and
#              build.json (ROLE_EXPLAINER_BASE_URL and the datasets' titles)
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${DIST:-dist}
for f in role-explainer.js role-explainer.css pkg/role-explainer_bg.wasm data/pm-vs-po.en.json; do
  [ -e "$dist/$f" ] || { echo "wordpress-plugin: $dist/$f is missing; run 'make dist' first" >&2; exit 1; }
done
cargo build --quiet --offline --bin snippet
snippet=target/debug/snippet
base=$(node scripts/oembed.mjs --print-base)

out=target/wordpress
stage=$out/role-explainer
rm -rf "$stage" "$out/role-explainer.zip"
mkdir -p "$stage/assets" "$stage/fallback"
cp -r integrations/wordpress/. "$stage/"
cp -r "$dist/role-explainer.js" "$dist/role-explainer.css" "$dist/pkg" "$dist/data" "$stage/assets/"

# The snippet's element holds the table: keep what is between its first and last line.
titles=()
for file in data/*.json; do
  name=$(basename "$file" .json)                     # pm-vs-po.en, pm-vs-po.de, …
  [ "$name" = dataset.schema ] && continue
  id=${name%.en}                                     # the English file is the dataset's own id
  if [ "$id" = "$name" ]; then dataset=${name%.*}; lang=${name##*.}; else dataset=$id; lang=""; fi
  "$snippet" --dataset "$dataset" ${lang:+--lang "$lang"} --element-only | sed '1d;$d' > "$stage/fallback/$id.html"
  grep -q '<table class="role-explainer-fallback">' "$stage/fallback/$id.html" \
    || { echo "wordpress-plugin: no table for $id" >&2; exit 1; }
  [ -n "$lang" ] || titles+=("$id")
done
node -e '
  const [base, ...ids] = process.argv.slice(1);
  const fs = require("fs");
  const datasets = Object.fromEntries(ids.map((id) => [id, JSON.parse(fs.readFileSync(`data/${id}.en.json`, "utf8")).title]));
  process.stdout.write(JSON.stringify({ base_url: base, datasets }, null, 2) + "\n");
' "$base" "${titles[@]}" > "$stage/fallback/build.json"
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
grep -q "^ \* Version: *$version\$" "$stage/role-explainer.php" \
  || { echo "wordpress-plugin: role-explainer.php's Version is not $version (Cargo.toml)" >&2; exit 1; }
rm -f "$stage/README.md"
(cd "$out" && zip -q -r -X role-explainer.zip role-explainer)
echo "wrote $out/role-explainer.zip ($(du -k "$out/role-explainer.zip" | cut -f1) kB, base $base)"
