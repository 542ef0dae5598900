#!/usr/bin/env bash
# Runs every test: domain unit tests, store tests on real files, in-process screen tests,
# the desktop smoke test under Xvfb, and the end-to-end tests in headless Chromium against
# the preview server. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

ensure_rust
ensure_apt "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" "$(chromium_package)"
ensure_node
CHROMIUM=${CHROMIUM:-$(find_chromium)}
export CHROMIUM

say "Rust tests: domain, store, screens (VirtualDom), desktop window (Xvfb)"
cargo test --locked --features preview

say "Faults made real: a full disk on a small filesystem, and a read-only data folder"
scripts/faults.sh

say "Browser tests: the preview in headless Chromium at 390×844"
cargo build --locked --features preview --bin mend --example history
(cd e2e && npm ci --no-audit --no-fund --loglevel=error)
export MEND_BIN="$PWD/target/debug/mend"
export MEND_SHOTS="${MEND_SHOTS:-$PWD/target/e2e-screenshots}"
rm -rf "$MEND_SHOTS"
mkdir -p "$MEND_SHOTS"
(cd e2e && node --test --test-concurrency=1 tests/)

say "All tests passed. Screenshots of every screen: $MEND_SHOTS"
