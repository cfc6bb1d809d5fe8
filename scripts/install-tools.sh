#!/usr/bin/env bash
# Installs whatever is missing to build and test role-explainer on a bare Debian machine with
# rustup, cargo and Node.js: the wasm32 target, trunk, wasm-bindgen-cli at the exact version
# in Cargo.lock, mdBook, Chromium and ChromeDriver, brotli, poppler-utils (pdftotext), hugo,
# WordPress with MariaDB and PHP (the plugin's test), zip, jekyll,
# and the npm packages from package-lock.json (playwright-core, axe-core, binaryen, lighthouse,
# reveal.js).
# Idempotent: each step checks first, so a second run takes seconds.
# `--build` installs only what building the pages needs (`make demo`, `make dist`,
# `make offline`, `make wordpress-plugin`): no browser, hosts or databases, no sudo beyond zip.
set -euo pipefail
mode=${1:-all}
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;}' Cargo.lock)
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "install-tools: no wasm-bindgen in Cargo.lock" >&2; exit 1; }
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n==> %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "cargo install trunk $TRUNK_VERSION (takes several minutes)"
  cargo install trunk --version "=$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  step "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes a few minutes)"
  if ! cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --locked --force; then
    # The crate's own lock can pin a dependency version the registry no longer serves
    # (webpki-roots 1.0.11 at 0.2.130). Re-resolve only that one package and keep the rest locked.
    step "retrying wasm-bindgen-cli with webpki-roots re-resolved"
    work=$(mktemp -d)
    crate=$(ls "$HOME"/.cargo/registry/cache/*/wasm-bindgen-cli-"$WASM_BINDGEN_VERSION".crate | head -n 1)
    tar -xzf "$crate" -C "$work"
    if ! (cd "$work/wasm-bindgen-cli-$WASM_BINDGEN_VERSION" \
      && cargo update -p webpki-roots --precise 1.0.10 \
      && cargo install --path . --locked --force); then
      step "retrying wasm-bindgen-cli without its lock file"
      cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --force
    fi
    rm -rf "$work"
  fi
fi

# mdBook for the preprocessor's end-to-end test (not in Debian; about 5 minutes to build).
MDBOOK_VERSION=0.4.52
if [ "$mode" != --build ] && [ "$(mdbook --version 2>/dev/null)" != "mdbook v$MDBOOK_VERSION" ]; then
  step "cargo install mdbook $MDBOOK_VERSION (takes a few minutes)"
  cargo install mdbook --version "=$MDBOOK_VERSION" --locked
fi

need_apt=()
command -v zip >/dev/null || need_apt+=(zip)
if [ "$mode" != --build ]; then
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v brotli >/dev/null || need_apt+=(brotli)
# pdftotext reads the print tests' PDFs as a teacher would.
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
# Debian's hugo (0.111.3) builds the Hugo module's test site (integrations/hugo).
command -v hugo >/dev/null || need_apt+=(hugo)
# A real WordPress for the plugin's test (integrations/wordpress): Debian's wordpress 6.1 and its
# default theme, MariaDB, PHP with mysqli and XML (XML-RPC answers "parse error" without it),
# and zip for the plugin's package.
[ -f /usr/share/wordpress/wp-settings.php ] || need_apt+=(wordpress)
[ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ] || need_apt+=(wordpress-theme-twentytwentythree)
[ -x /usr/sbin/mysqld ] && command -v mariadb-install-db >/dev/null || need_apt+=(mariadb-server)
command -v php >/dev/null || need_apt+=(php-cli)
php -m 2>/dev/null | grep -qx mysqli || need_apt+=(php-mysql)
php -m 2>/dev/null | grep -qx xml || need_apt+=(php-xml)
# Debian's jekyll (4.3) builds the Jekyll recipe's test site.
command -v jekyll >/dev/null || need_apt+=(jekyll)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  step "apt-get install ${need_apt[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${need_apt[@]}"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] \
  || [ ! -d node_modules/reveal.js ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci (playwright-core, axe-core, binaryen's wasm-opt)"
  npm ci --no-audit --no-fund
fi

step "cargo fetch"
cargo fetch --quiet
browser=""; [ "$mode" = --build ] || browser=", $(chromium --version 2>/dev/null | head -n 1)"
echo "tools ready: $(trunk --version), $(wasm-bindgen --version), $(node_modules/.bin/wasm-opt --version)$browser"
