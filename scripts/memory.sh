#!/usr/bin/env bash
# Memory, measured as PSS (from /proc/PID/smaps_rollup, which shares each shared page out
# among the processes using it) beside RSS, on ten years of generated history:
#   - the desktop release build under Xvfb with --probe=memory: the app and each of its
#     WebKit processes, idle on Now, then idle again after paging through 20 pages of History;
#   - the browser preview server: started, with one tab open on Now, then after every tenth
#     of TABS tabs (default 100) opened on Now and closed one after another.
# Prints Markdown tables; docs/PERFORMANCE.md keeps a run's.
#
#   scripts/memory.sh [TABS]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
tabs="$(measuring_setup "${1:-}" 100 TABS)"

work="$(mktemp -d)"
app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
say "Making ten years of history"
target/release/examples/history "$work/ten-years" > /dev/null
cp -r "$work/ten-years" "$work/ten-years-preview"

# A process and all of its descendants.
tree() { local p; echo "$1"; for p in $(pgrep -P "$1"); do tree "$p"; done; }
# One Markdown row per process of the tree under $1: its name, PSS and RSS in MB.
sample() {
  local p name pss rss
  for p in $(tree "$1"); do
    [ -r "/proc/$p/smaps_rollup" ] || continue
    name="$(cat "/proc/$p/comm")"
    pss="$(awk '/^Pss:/ { printf "%.1f", $2 / 1024 }' "/proc/$p/smaps_rollup")"
    rss="$(awk '/^Rss:/ { printf "%.1f", $2 / 1024 }' "/proc/$p/smaps_rollup")"
    printf '| %s | %s | %s MB | %s MB |\n' "$2" "$name" "$pss" "$rss"
  done
}
# Waits until the log $1 holds $2.
wait_for() {
  local i
  for i in $(seq 600); do grep -qF "$2" "$1" && return 0; sleep 0.2; done
  echo "the app never logged \"$2\":" >&2; cat "$1" >&2; exit 1
}

log="$work/app.log"
MEND_DATA_DIR="$work/ten-years" RUST_LOG=info NO_COLOR=1 \
  xvfb-run --auto-servernum --server-args="-screen 0 1024x900x24" \
  timeout 300 target/release/mend --probe=memory > "$log" 2>&1 &
wait_for "$log" "probe: idle on Now"
app="$(pgrep -f -n 'target/release/mend --probe=memory')"
printf '\n| moment | process | PSS | RSS |\n| --- | --- | --- | --- |\n'
sleep 8
sample "$app" "idle on Now"
wait_for "$log" "probe: idle on History"
sleep 8
sample "$app" "after 20 pages of History"
wait_for "$log" "probe: done"
app=""

printf '\n'
MEND_BIN="$PWD/target/release/mend" CHROMIUM="$(find_chromium)" \
  node e2e/measure/preview.mjs memory "$work/ten-years-preview" "$tabs"
printf '\nOn %s cores (%s).\n' "$(nproc)" \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
