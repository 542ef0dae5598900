#!/usr/bin/env bash
# The import through the page against `mend import`, on the same file: ten years of
# generated history exported with `mend export` (about 61 MB), imported RUNS times each
# (default 3) into an empty data folder, alternating, with the release build:
#   - `mend import FILE`, timed from start to exit, its peak memory the maximum resident
#     size (/usr/bin/time's %M);
#   - the browser preview in headless Chromium: Settings, the file chosen, read by the page
#     and sent in pieces, imported; timed from choosing the file to the report on the screen
#     (e2e/measure/preview.mjs import), and how much of that the file took to come over; the
#     server's peak memory (VmHWM, which counts the arrived file's pages the import holds
#     mapped), what it held just before, its own memory's growth at most (RssAnon), and its
#     growth while the file came.
# Prints the medians as a Markdown table; docs/PERFORMANCE.md keeps a run's.
#
#   scripts/import-bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
runs="$(measuring_setup "${1:-}" 3 RUNS)"
ensure_apt time >&2

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
say "Making ten years of history and exporting it"
target/release/examples/history "$work/ten-years" >&2
MEND_DATA_DIR="$work/ten-years" target/release/mend export --out "$work/ten-years.json" >&2
bytes=$(stat -c %s "$work/ten-years.json")

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
cli_ms=() cli_mb=() page_ms=() page_transfer=() page_peak=() page_before=() page_arriving=() page_anon=()
for i in $(seq "$runs"); do
  say "Run $i of $runs"
  rm -rf "$work/cli" "$work/page"
  mkdir -p "$work/cli" "$work/page"
  # What the run before wrote goes to disk first, so neither way pays for the other's.
  sync
  /usr/bin/time -f "%e %M" -o "$work/time" env MEND_DATA_DIR="$work/cli" \
    target/release/mend import "$work/ten-years.json" > /dev/null
  read -r seconds kb < "$work/time"
  cli_ms+=("$(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }')")
  cli_mb+=("$(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }')")
  sync
  line=$(MEND_BIN="$PWD/target/release/mend" CHROMIUM="$(find_chromium)" \
    node e2e/measure/preview.mjs import "$work/page" "$work/ten-years.json" 2>/dev/null)
  page_ms+=("$(node -p "JSON.parse(process.argv[1]).ms" "$line")")
  page_transfer+=("$(node -p "JSON.parse(process.argv[1]).transfer_ms" "$line")")
  page_peak+=("$(node -p "JSON.parse(process.argv[1]).peak_mb" "$line")")
  page_before+=("$(node -p "JSON.parse(process.argv[1]).before_mb" "$line")")
  page_arriving+=("$(node -p "JSON.parse(process.argv[1]).arriving_growth_mb" "$line")")
  page_anon+=("$(node -p "JSON.parse(process.argv[1]).anon_growth_mb" "$line")")
done

m() { printf '%s\n' "$@" | median; }
file_mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
cli=$(m "${cli_ms[@]}") page=$(m "${page_ms[@]}")
peak=$(m "${page_peak[@]}") before=$(m "${page_before[@]}")
printf '\nThe file: %s MB (%s bytes); medians of %s runs each, alternating.\n\n' "$file_mb" "$bytes" "$runs"
printf '| import of the ten-year export into an empty store | time | peak memory |\n| --- | --- | --- |\n'
printf '| `mend import` (command line) | %s ms | %s MB (maximum RSS) |\n' "$cli" "$(m "${cli_mb[@]}")"
printf '| through the page (preview, Chromium) | %s ms | %s MB server VmHWM, %s MB more than before the import (its own memory at most %s MB more; %s MB more while the file came) |\n' \
  "$page" "$peak" "$(awk -v p="$peak" -v b="$before" 'BEGIN { printf "%.1f", p - b }')" \
  "$(m "${page_anon[@]}")" "$(m "${page_arriving[@]}")"
printf '| of which the file coming over (chosen to "Importing…") | %s ms | – |\n' "$(m "${page_transfer[@]}")"
printf '| page ÷ command line | %s | – |\n' "$(awk -v p="$page" -v c="$cli" 'BEGIN { printf "%.2f×", p / c }')"
printf '\nEach run: command line %s ms; page %s ms.\n' "${cli_ms[*]}" "${page_ms[*]}"
