#!/usr/bin/env bash
# Fuzzes each target in fuzz/ (the importer, the parts-language helper, the practice
# guidance; see fuzz/README.md) with libFuzzer for SECONDS each, one after the other. Fails
# if any target panics (a failed check is a panic), takes over 1 s on one input, or grows
# past libFuzzer's 2 GB memory limit.
#
# It uses Debian's rustc-web/cargo-web (1.96) with RUSTC_BOOTSTRAP=1 for the nightly flags
# cargo-fuzz passes, and cargo-fuzz 0.13.2 built from crates.io into ~/.cargo/bin; rustup's
# stable toolchain stays the default for everything else. No sanitizer (`-s none`): Debian's
# Rust has no sanitizer runtimes; the checks are the targets' asserts, Rust's bounds checks,
# the debug assertions and overflow checks cargo-fuzz turns on, and the time limit.
#
# The build has its own folder, fuzz/target, so the app's build in target/ is left alone.
# The committed seeds (fuzz/corpus/TARGET) are read and never written: what libFuzzer finds
# goes to fuzz/target/corpus/TARGET, which is kept between runs (remove it to start again
# from the seeds); an input that fails goes to fuzz/artifacts/TARGET/, and libFuzzer's log
# to fuzz/target/logs/TARGET.log. Installs what it needs, asking nothing, and downloads no
# binaries (crates come from crates.io).
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (default: 60 s, every target)
# MEND_FUZZ_ARGS adds libFuzzer flags, e.g. MEND_FUZZ_ARGS=-runs=10000000.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

SECS=${1:-60}
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  for f in fuzz/fuzz_targets/*.rs; do TARGETS+=("$(basename "$f" .rs)"); done
fi
case $SECS in
  '' | *[!0-9]*)
    echo "Usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2
    exit 2
    ;;
esac
CARGO_FUZZ_VERSION=0.13.2
CARGO_ROOT=${CARGO_HOME:-$HOME/.cargo}
CARGO_FUZZ=$CARGO_ROOT/bin/cargo-fuzz
FUZZ_DIR=$PWD/fuzz
read -r -a EXTRA <<<"${MEND_FUZZ_ARGS:-}"

# A C and C++ compiler for libFuzzer and the bundled SQLCipher and OpenSSL, and Perl for
# OpenSSL's build; Debian's Rust 1.96 (its standard library comes built, so no rust-web-src).
ensure_apt build-essential pkg-config perl ca-certificates rustc-web cargo-web

# Debian's toolchain first, so its cargo and rustc are the ones cargo-fuzz runs.
debian_rust() {
  env -u CARGO_TARGET_DIR -u RUSTUP_TOOLCHAIN PATH="/usr/bin:/bin:$CARGO_ROOT/bin" \
    RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 "$@"
}

if [ ! -x "$CARGO_FUZZ" ] || [ "$("$CARGO_FUZZ" --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  say "Installing cargo-fuzz $CARGO_FUZZ_VERSION (built from crates.io)"
  debian_rust /usr/bin/cargo install --quiet --locked --force --root "$CARGO_ROOT" \
    cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi

# The fuzz build takes the app's locked versions of what they share (fuzz/Cargo.lock is not
# kept in git); cargo adds what only the fuzz build needs.
if [ ! -f fuzz/Cargo.lock ] || [ Cargo.lock -nt fuzz/Cargo.lock ]; then
  cp Cargo.lock fuzz/Cargo.lock
fi

for target in "${TARGETS[@]}"; do
  if [ ! -f "fuzz/fuzz_targets/$target.rs" ] || [ ! -d "fuzz/corpus/$target" ]; then
    echo "fuzz: $target is not a target here (fuzz/fuzz_targets/$target.rs, with its seeds in fuzz/corpus/$target)." >&2
    exit 2
  fi
done

# One build of every target; each is then run as built, so all of them fuzz the same code
# even if the sources change meanwhile.
HOST=$(/usr/bin/rustc -vV | sed -n 's/^host: //p')
say "Building the fuzz targets for $HOST (no sanitizer; build folder fuzz/target)"
start=$SECONDS
(cd fuzz && debian_rust /usr/bin/cargo fuzz build -s none --target "$HOST" --target-dir "$FUZZ_DIR/target")
echo "Built in $((SECONDS - start)) s." >&2

# A field of libFuzzer's last status line ("#N DONE cov: C ft: F corp: I/SIZE ..."), and one
# of its final statistics ("stat::NAME: VALUE"), from a target's log.
last_status() { grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 | sed -n "s/.* $1: \([^ ]*\).*/\1/p"; }
final_stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }

# The importer's store lives in TMPDIR for the whole run, and libFuzzer's exit leaves it
# behind: a folder of this run's, in /dev/shm where there is one (the store syncs every
# commit, and a sync there costs nothing), removed at the end.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then scratch=/dev/shm; else scratch=$FUZZ_DIR/target; fi
SCRATCH=$(mktemp -d "$scratch/mend-fuzz.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT

failed=0
summary=()
mkdir -p fuzz/target/logs
for target in "${TARGETS[@]}"; do
  say "Fuzzing $target for $SECS s"
  log=fuzz/target/logs/$target.log
  mkdir -p "fuzz/target/corpus/$target" "fuzz/artifacts/$target"
  start=$SECONDS
  # As `cargo fuzz run` would run it. The first folder takes what is found; the seeds are
  # only read.
  if TMPDIR=$SCRATCH "fuzz/target/$HOST/release/$target" -artifact_prefix="fuzz/artifacts/$target/" \
    -max_total_time="$SECS" -timeout=1 -print_final_stats=1 "${EXTRA[@]}" \
    "fuzz/target/corpus/$target" "fuzz/corpus/$target" >"$log" 2>&1; then
    outcome="no crash, no input over 1 s"
  else
    outcome="FAILED"
    failed=1
    tail -n 60 "$log" >&2
  fi
  summary+=("$target: $outcome; $(final_stat number_of_executed_units) runs in $((SECONDS - start)) s,\
 $(final_stat average_exec_per_sec) exec/s, corpus $(last_status corp) (inputs/size; $(final_stat new_units_added) new),\
 cov $(last_status cov), ft $(last_status ft), slowest input $(final_stat slowest_unit_time_sec) s, peak RSS $(final_stat peak_rss_mb) MB")
done
say "Fuzzing summary (logs in fuzz/target/logs)"
printf '%s\n' "${summary[@]}" >&2
if [ $failed -ne 0 ]; then
  echo "A fuzz target failed. Its input is in fuzz/artifacts/TARGET/; to run it again, and to" >&2
  echo "minimise it:" >&2
  echo "  cd fuzz && export PATH=/usr/bin:/bin:$CARGO_ROOT/bin RUSTC_BOOTSTRAP=1" >&2
  echo "  cargo fuzz run -s none TARGET artifacts/TARGET/FILE" >&2
  echo "  cargo fuzz tmin -s none -r 100000 TARGET artifacts/TARGET/FILE" >&2
  exit 1
fi
