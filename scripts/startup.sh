#!/usr/bin/env bash
# Start-up, measured from the event the page sends at its first paint (src/ui/probe.rs), not
# by polling. For an empty store, ten years of generated history (in English, then in
# Spanish: the device's language, and the browser's), and the same ten years encrypted, RUNS
# times each (default 5), it runs:
#   - the desktop release build under Xvfb with --probe=startup, which logs the first paint
#     of Now (time since the process began, and the page's own time since its navigation),
#     how long opening the data took, its quick_check (run after the first paint, before any
#     write) and when that finished, and for encrypted data the key derivation (the
#     passphrase comes from MEND_PASSPHRASE, as for the commands);
#   - the browser preview, with a fresh tab each run: the page's own time to Now's first
#     paint (e2e/measure/preview.mjs).
# Prints the medians as a Markdown table; docs/PERFORMANCE.md keeps a run's.
#
#   scripts/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
runs="$(measuring_setup "${1:-}" 5 RUNS)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export MEND_PASSPHRASE="a passphrase of a sensible length"
mkdir -p "$work/empty"
say "Making ten years of history, plain and encrypted"
target/release/examples/history "$work/ten-years"
target/release/examples/history "$work/ten-years-encrypted" --encrypt

# The median of the numbers on standard input.
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR) print a[int((NR + 1) / 2)]; else print "–" }'; }
# The value of `name=` on the first line of a log that contains `what`.
field() { grep -F "$2" "$1" | head -1 | grep -oE "$3=[0-9.]+" | cut -d= -f2 || true; }

printf '\n| store | first screen painted, since launch | Now painted, in the page | open the data | quick_check, after the paint | checked, since launch | key derivation | passphrase entered to Now painted | preview: first screen, in the page |\n'
printf '| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n'
for run in empty:en ten-years:en ten-years:es ten-years-encrypted:en; do
  store="${run%:*}" lang="${run#*:}"
  first=() page=() open=() check=() ready=() key=() unlock=()
  for _ in $(seq "$runs"); do
    log="$work/run.log"
    # A fresh WebKit each run, as after a reboot: its own folder is inside the data folder.
    rm -rf "$work/$store/webview"
    LANGUAGE="$lang" MEND_DATA_DIR="$work/$store" RUST_LOG=info NO_COLOR=1 \
      xvfb-run --auto-servernum --server-args="-screen 0 1024x900x24" \
      timeout 120 target/release/mend --probe=startup > "$log" 2>&1 || {
        echo "the window did not report its first paint:" >&2; cat "$log" >&2; exit 1; }
    first+=("$(field "$log" 'first paint' since_launch_ms)")
    page+=("$(field "$log" 'screen="Now"' in_page_ms)")
    open+=("$(field "$log" 'data opened' open_ms)")
    check+=("$(field "$log" 'data file checked' quick_check_ms)")
    ready+=("$(field "$log" 'opening finished' since_launch_ms)")
    if grep -q 'key derived' "$log"; then
      key+=("$(field "$log" 'key derived' key_ms)")
      entered="$(field "$log" 'passphrase entered' since_launch_ms)"
      now="$(field "$log" 'screen="Now"' since_launch_ms)"
      unlock+=("$((now - entered))")
    fi
  done
  preview="$(MEND_LOCALE="$lang" MEND_BIN="$PWD/target/release/mend" CHROMIUM="$(find_chromium)" \
    node e2e/measure/preview.mjs startup "$work/$store" "$runs")"
  # The median in whole milliseconds, or a dash where there is none.
  m() {
    printf '%s\n' "$@" | grep -E '^[0-9.]+$' | median |
      awk '$1 == "–" { print; next } { printf "%d ms\n", $1 + 0.5 }'
  }
  label="$store"
  [ "$lang" = en ] || label="$store, in $lang"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s ms |\n' "$label" \
    "$(m "${first[@]}")" "$(m "${page[@]}")" "$(m "${open[@]}")" "$(m "${check[@]}")" "$(m "${ready[@]}")" \
    "$(m "${key[@]:-}")" "$(m "${unlock[@]:-}")" "$preview"
done
printf '\nEach figure is the median of %s runs, on %s cores (%s).\n' "$runs" "$(nproc)" \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
