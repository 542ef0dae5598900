#!/usr/bin/env bash
# The crash soak at full length: a writer process killed with SIGKILL at random moments,
# KILLS times (default 1000) for each mode, plain and encrypted, then every commit it
# reported checked in the file, no half-applied transaction, and integrity_check and
# foreign_key_check clean. Prints one line of figures per mode; docs/RELIABILITY.md keeps
# a run's. The test suite runs the same test with 320 kills.
#
#   scripts/soak.sh [KILLS]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_rust
ensure_apt "${BUILD_PACKAGES[@]}"
kills="${1:-1000}"
case "$kills" in
  ''|*[!0-9]*) echo "KILLS is a whole number, such as 1000." >&2; exit 2 ;;
esac
say "Crash soak: $kills SIGKILLs per mode (plain, encrypted) on $(nproc) cores"
MEND_SOAK_KILLS="$kills" cargo test --release --test soak -- --nocapture --test-threads=1 \
  hundreds_of_kills the_same_on_encrypted 2>&1 | grep -oE 'crash soak.*|test result.*|panicked.*|FAILED.*'
