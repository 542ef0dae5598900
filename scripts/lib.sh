# Shared by run.sh and test.sh: install what is missing on a Debian or Ubuntu machine,
# asking nothing (CI runs with no one at the keyboard).

# System libraries the app builds against: WebKitGTK for the desktop window, and a C
# compiler and Perl for the bundled SQLCipher and OpenSSL.
BUILD_PACKAGES=(build-essential pkg-config perl curl ca-certificates libwebkit2gtk-4.1-dev libgtk-3-dev libxdo-dev)
# What the tests add: a virtual display, Chromium, the sqlite3 shell, Node.js, and fonts
# that can draw emoji in the screenshots.
TEST_PACKAGES=(xvfb xauth sqlite3 fonts-noto-color-emoji)

export DEBIAN_FRONTEND=noninteractive

say() { printf '\n== %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages that are not installed yet.
ensure_apt() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "Installing ${missing[*]}"
    as_root apt-get update -qq
    as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# Rust through rustup, with rustfmt and clippy.
ensure_rust() {
  if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
  if ! command -v cargo >/dev/null 2>&1; then
    ensure_apt curl ca-certificates
    say "Installing Rust (rustup)"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --component rustfmt,clippy
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
}

# Node.js 18 or newer with npm, for the browser tests.
ensure_node() {
  if ! command -v node >/dev/null 2>&1; then
    ensure_apt nodejs
  fi
  if ! command -v npm >/dev/null 2>&1; then
    ensure_apt npm
  fi
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -lt 18 ]; then
    echo "The browser tests need Node.js 18 or newer; this machine has $(node --version)." >&2
    exit 1
  fi
}

# Chromium's package: Debian calls it chromium; on Ubuntu, chromium-browser installs the snap.
chromium_package() {
  if apt-cache show chromium >/dev/null 2>&1; then echo chromium; else echo chromium-browser; fi
}

# The Chromium binary: Debian's, or Ubuntu's.
find_chromium() {
  for c in /usr/bin/chromium /usr/bin/chromium-browser /snap/bin/chromium; do
    if [ -x "$c" ]; then echo "$c"; return; fi
  done
  echo "Chromium was not found after installing it." >&2
  exit 1
}

# For the measuring scripts (startup.sh, memory.sh): the count given as $1 or its default $2,
# checked (named $3 in the message); then everything installed and the release app (window
# and preview) and the history maker built. Prints the count.
measuring_setup() {
  local n="${1:-$2}"
  case "$n" in
    ''|*[!0-9]*) echo "$3 is a whole number, such as $2." >&2; exit 2 ;;
  esac
  ensure_rust >&2
  ensure_apt "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" "$(chromium_package)" >&2
  ensure_node >&2
  (cd e2e && { [ -d node_modules ] || npm ci --no-audit --no-fund; }) >&2
  say "Building the release app (window and preview) and the history maker"
  cargo build --locked --release --features preview --bin mend >&2
  cargo build --locked --release --example history >&2
  echo "$n"
}
