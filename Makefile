# role-explainer: `make demo` and `make test` each install what is missing first.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
WASM_RUNNER := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner

.PHONY: demo test dist dist-test offline package oembed wordpress-plugin screenshots size bench bench-ab bench-widgets-ab lighthouse tools build-tools lint test-native test-wasm test-e2e check-fmt clippy crate-check mutants

## Install what building needs, build, and serve the demo at http://127.0.0.1:8080
demo: dist
	node scripts/serve.mjs

## Install missing tools and run every check and test
test: tools lint test-native test-wasm crate-check offline oembed wordpress-plugin dist-test test-e2e

## Release build into dist/ (the lean embed build; the Trunk hook adds the full one in pkg/), then the studio (its own wasm, so embeds never load it) beside it
dist: build-tools
	rm -rf target/wasm-bindgen/release/snippets  # the studio's JS, which Trunk would copy into pkg/
	trunk build --release --no-default-features --features size-class-alloc
	trunk --config crates/studio/Trunk.toml build --release
	cp -R target/studio-dist/studio-pkg target/studio-dist/studio.js target/studio-dist/studio.css dist/
	cp target/studio-dist/index.html dist/studio.html

## A release build with test-only hooks (a deliberate panic), for the panic-hook test
dist-test: tools
	rm -rf target/wasm-bindgen/release/snippets
	trunk build --release --no-default-features --features size-class-alloc,test-hooks --dist target/dist-test

## One self-contained HTML file for classrooms without network: dist/offline/role-explainer.html
offline: dist
	node scripts/offline.mjs

## The npm package, from dist/: target/package/role-explainer-<version>.tgz (version from Cargo.toml)
package: dist
	node packaging/npm/build.mjs

## Screenshots of each view and theme at 360, 1280 and 1920 px, and a print PDF, in target/screenshots/
screenshots: tools dist
	node scripts/screenshots.mjs

## The oEmbed documents with their thumbnails (screenshots of the widget) in dist/oembed/,
## with absolute URLs under ROLE_EXPLAINER_BASE_URL (default http://127.0.0.1:8080/)
oembed: tools dist
	node scripts/oembed.mjs --thumbnails

## The WordPress plugin: target/wordpress/role-explainer.zip
wordpress-plugin: dist
	scripts/wordpress-plugin.sh

## Everything the tests need (browser, hosts, databases: Debian packages, with sudo if not root)
tools:
	@scripts/install-tools.sh

## Only what building the pages needs (make demo, dist, offline, wordpress-plugin)
build-tools:
	@scripts/install-tools.sh --build

lint: check-fmt clippy

check-fmt:
	cargo fmt --all -- --check

clippy:
	cargo clippy --workspace --all-targets --locked -- -D warnings
	cargo clippy -p role-explainer -p role-explainer-studio --all-targets --locked --target wasm32-unknown-unknown --features role-explainer/size-class-alloc -- -D warnings
	# The lean embed build (no quiz, English only), as `make dist` builds it.
	cargo clippy -p role-explainer --lib --locked --target wasm32-unknown-unknown --no-default-features --features size-class-alloc -- -D warnings

test-native:
	cargo test --workspace --locked

test-wasm:
	$(WASM_RUNNER) cargo test --locked --target wasm32-unknown-unknown --features size-class-alloc --test components --test allocator

## The crate as others get it: the example Yew app that uses the component builds for wasm32
## (and passes clippy), `cargo package` packs and verify-builds the library from its package
## alone, and the API docs build with no warnings, natively and for wasm32.
crate-check:
	cargo clippy -p in-a-yew-app --locked --target wasm32-unknown-unknown -- -D warnings
	cargo build -p in-a-yew-app --locked --target wasm32-unknown-unknown
	cargo package -p role-explainer --locked --allow-dirty
	RUSTDOCFLAGS="-D warnings" cargo doc -p role-explainer --no-deps --locked
	RUSTDOCFLAGS="-D warnings" cargo doc -p role-explainer --lib --no-deps --locked --target wasm32-unknown-unknown

# The mdBook test runs the preprocessor from target/debug.
test-e2e:
	cargo build --locked -p mdbook-role-explainer
	# A file that hangs (a browser that stops answering) fails after 8 minutes instead of
	# holding CI. The limit counts per file, not per test: trust.test.mjs takes about 85 s on
	# a quiet machine and went past 3 minutes on a busy one.
	node --test --test-concurrency=1 --test-timeout=480000 tests/e2e/

## Sizes of everything one embed downloads, beside a bare Yew app, and the largest wasm items
size: tools dist
	@command -v twiggy >/dev/null || cargo install twiggy --version =0.8.0 --locked
	cd bench/hello-yew && trunk build --release --dist ../../target/hello-yew-dist
	node scripts/size.mjs

## Load, interaction and memory figures in headless Chromium, against a no-script floor page
bench: tools dist
	node scripts/bench.mjs

## Click latencies of an older build (BEFORE=folder) and dist/, interleaved in one run
bench-ab: tools dist
	node scripts/bench-ab.mjs

## 1 against 20 widgets, for an older build (BEFORE=folder) and dist/, interleaved in one run
bench-widgets-ab: tools dist
	node scripts/widgets-ab.mjs "$(BEFORE)" dist

## Lighthouse 12.2.3 (mobile preset) on the blog page and the demo page
lighthouse: tools dist
	node scripts/lighthouse.mjs

## Mutation testing of the plain-Rust model and the command-line tools (not part of `make test`).
## Installs cargo-mutants on demand. Property tests run PROPTEST_CASES cases per mutant.
## MUTANTS_ARGS passes more options, e.g. MUTANTS_ARGS="--file src/model/json.rs" or "--shard 1/4".
MUTANTS_VERSION := 27.1.0
PROPTEST_CASES ?= 200
MUTANTS_ARGS ?=
mutants:
	@command -v cargo-mutants >/dev/null && cargo mutants --version | grep -qF "$(MUTANTS_VERSION)" \
	  || cargo install cargo-mutants --version =$(MUTANTS_VERSION) --locked
	PROPTEST_CASES=$(PROPTEST_CASES) nice -n 19 cargo mutants --jobs 1 --timeout 60 --profile mutants \
	  --file 'src/model/**/*.rs' --file 'src/bin/**/*.rs' --output target $(MUTANTS_ARGS)
