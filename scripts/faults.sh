#!/usr/bin/env bash
# Faults of the device, made real: a small filesystem (tmpfs, 48 MiB) for a full disk during
# a save, a backup, an export, an import and an encryption, and a read-only one holding a
# store. Runs the ignored tests of tests/faults.rs on them. Mounting needs root (or sudo),
# as on the CI machines.
#
#   scripts/faults.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_rust
ensure_apt "${BUILD_PACKAGES[@]}"

work="$(mktemp -d)"
small="$work/small" ro="$work/read-only"
mkdir -p "$small" "$ro"
cleanup() {
  as_root umount "$small" 2>/dev/null || true
  as_root umount "$ro" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
as_root mount -t tmpfs -o size=48m,mode=0700,uid="$(id -u)",gid="$(id -g)" mend-small "$small"
as_root mount -t tmpfs -o size=16m,mode=0700,uid="$(id -u)",gid="$(id -g)" mend-read-only "$ro"

say "A store on the read-only filesystem, then the filesystem made read-only"
cargo build --locked --quiet --features preview --bin mend
mkdir -p "$ro/data"
MEND_DATA_DIR="$ro/data" target/debug/mend backup > /dev/null
as_root mount -o remount,ro "$ro"

say "Full disk (a 48 MiB filesystem) and read-only folder"
MEND_SMALL_FS="$small" MEND_READ_ONLY_FS="$ro/data" \
  cargo test --locked --features preview --test faults -- --ignored --test-threads=1
