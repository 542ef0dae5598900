#!/usr/bin/env bash
# Runs Mend: the desktop window where there is a display, otherwise the browser preview
# (it prints the address). Installs what is missing first. Options go to the app; try --help.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

ensure_rust
ensure_apt "${BUILD_PACKAGES[@]}"
say "Building Mend (the first build takes a few minutes)"
exec cargo run --release --locked --features preview -- "$@"
