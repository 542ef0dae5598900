#!/usr/bin/env bash
# Checks the phone build (the `mobile` feature) for Android and iOS: clippy with -D warnings
# on aarch64-linux-android, aarch64-apple-ios and aarch64-apple-ios-sim, so phone-only Rust
# code (`cfg(target_os = "android")`, `cfg(target_os = "ios")`) is compiled on every run;
# then scripts/phone-names.py, which reads the Kotlin, the manifests and Dioxus.toml against
# the Rust (shared names, JNI descriptors), as nothing here can compile them.
#
# It uses Debian's rustc-web/cargo-web (1.96) with RUSTC_BOOTSTRAP=1 and -Zbuild-std, which
# builds the standard library for each target; rustup's stable toolchain stays the default
# for everything else. The bundled C code (SQLCipher, and OpenSSL through openssl-src) is
# compiled with Debian's clang against stand-in headers, because no Android NDK or Apple SDK
# can be had here: glibc's aarch64 headers and android/log.h for Android, the macOS headers
# PyPI's ziglang ships (with a stub os/log.h and a stand-in xcrun) for iOS. Those C objects
# are never linked or shipped; the Rust type-check is real, and is the point. Linking and
# packaging need the NDK or Xcode: see docs/PHONES.md.
#
# Installs what it needs, asking nothing. Its cache (the build folder, ziglang and the
# stand-ins) lives outside the checkout so a fresh clone is warm:
#   MEND_PHONE_CACHE   default ~/.cache/mend/phone
# Usage: scripts/phone-check.sh [TARGET...]   (default: all three)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(aarch64-linux-android aarch64-apple-ios aarch64-apple-ios-sim)
CACHE=${MEND_PHONE_CACHE:-$HOME/.cache/mend/phone}
TOOLS="$CACHE/tools"
ZIGLANG_VERSION=0.17.1
# The iOS version the stand-in headers are read for, as in Dioxus.toml.
IOS_MIN=16.0

ensure_apt rustc-web cargo-web rust-web-src rust-web-clippy clang-22 llvm-22 \
  libc6-dev-arm64-cross android-liblog-dev python3 python3-venv

# The macOS headers from ziglang, laid out as an SDK (openssl-src wants ".../SDKs/NAME.sdk"),
# a stub os/log.h, and a stand-in xcrun for the simulator's OpenSSL build.
make_apple_stand_ins() {
  if [ ! -x "$TOOLS/venv/bin/python" ]; then
    python3 -m venv "$TOOLS/venv"
  fi
  if ! "$TOOLS/venv/bin/python" -c 'import ziglang' 2>/dev/null; then
    say "Installing ziglang $ZIGLANG_VERSION (for its macOS headers)"
    "$TOOLS/venv/bin/pip" install --quiet --disable-pip-version-check "ziglang==$ZIGLANG_VERSION"
  fi
  local zig
  zig=$("$TOOLS/venv/bin/python" -c 'import os, ziglang; print(os.path.dirname(ziglang.__file__))')
  for sdk in iPhoneOS iPhoneSimulator; do
    mkdir -p "$TOOLS/Developer/SDKs/$sdk.sdk/usr"
    ln -sfn "$zig/lib/libc/include/any-darwin-any" "$TOOLS/Developer/SDKs/$sdk.sdk/usr/include"
  done
  mkdir -p "$TOOLS/stubs/os" "$TOOLS/bin"
  cat > "$TOOLS/stubs/os/log.h" <<'EOF'
/* A stand-in for Apple's <os/log.h>, only so SQLCipher's C compiles here for a type-check. */
#pragma once
typedef void *os_log_t;
#define OS_LOG_DEFAULT ((os_log_t)0)
#define os_log(log, ...) ((void)(log))
EOF
  cat > "$TOOLS/bin/xcrun" <<EOF
#!/bin/sh
# A stand-in for Apple's xcrun: openssl-src runs \`xcrun -sdk iphonesimulator cc ...\`.
# It runs Debian's clang for the simulator. Only for a type-check: nothing is linked.
target=arm64-apple-ios$IOS_MIN-simulator
while [ \$# -gt 0 ]; do
  case "\$1" in
    -sdk|--sdk) [ "\$2" = iphoneos ] && target=arm64-apple-ios$IOS_MIN; shift 2 ;;
    *) break ;;
  esac
done
tool=\$1; shift
case "\$tool" in
  cc|clang) exec clang-22 --target="\$target" "\$@" ;;
  ar) exec llvm-ar-22 "\$@" ;;
  ranlib) exec llvm-ranlib-22 "\$@" ;;
  *) echo "xcrun stand-in: \$tool is not known here" >&2; exit 1 ;;
esac
EOF
  chmod +x "$TOOLS/bin/xcrun"
}

# The C compiler settings for one target, as environment assignments.
c_settings() {
  local target=$1 var=${1//-/_} clang_target sdk
  local -a env=("CC_$var=clang-22" "AR_$var=llvm-ar-22" "RANLIB_$var=llvm-ranlib-22")
  case $target in
    aarch64-linux-android)
      env+=("CFLAGS_$var=--target=aarch64-linux-gnu -isystem /usr/include/android -isystem /usr/aarch64-linux-gnu/include")
      ;;
    aarch64-apple-ios | aarch64-apple-ios-sim)
      if [ "$target" = aarch64-apple-ios ]; then
        clang_target=arm64-apple-ios$IOS_MIN sdk=iPhoneOS
      else
        clang_target=arm64-apple-ios$IOS_MIN-simulator sdk=iPhoneSimulator
      fi
      sdk="$TOOLS/Developer/SDKs/$sdk.sdk"
      env+=("SDKROOT=$sdk" "CFLAGS_$var=--target=$clang_target -isystem $TOOLS/stubs -isysroot $sdk")
      ;;
    *)
      echo "phone-check: $target is not a phone target this script knows." >&2
      exit 2
      ;;
  esac
  printf '%s\n' "${env[@]}"
}

for target in "${TARGETS[@]}"; do
  case $target in *apple*) make_apple_stand_ins; break ;; esac
done

say "Phone checks (clippy -D warnings on the mobile build; build folder $CACHE/target)"
failed=0
summary=()
for target in "${TARGETS[@]}"; do
  mapfile -t c_env < <(c_settings "$target")
  start=$SECONDS
  # Debian's toolchain, not rustup's: its cargo, rustc and clippy-driver come first, and
  # clippy runs as the wrapper for Mend's own code only (cargo would otherwise find rustup's
  # cargo-clippy in ~/.cargo/bin first).
  if env PATH="$TOOLS/bin:/usr/bin:/bin" RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 \
    RUSTC_WORKSPACE_WRAPPER=/usr/bin/clippy-driver \
    CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__" \
    CARGO_TARGET_DIR="$CACHE/target" "${c_env[@]}" \
    /usr/bin/cargo check --locked --quiet -Zbuild-std=std,panic_abort \
    --no-default-features --features mobile --target "$target"; then
    summary+=("$target: clippy clean, no warnings ($((SECONDS - start)) s)")
  else
    summary+=("$target: FAILED ($((SECONDS - start)) s)")
    failed=1
  fi
done
# The phone files no compiler here can check (the Kotlin, the manifests, Dioxus.toml's
# phone sections) against the Rust: every name they share, and every JNI descriptor.
ios_build=()
for target in "${TARGETS[@]}"; do
  [ "$target" = aarch64-apple-ios ] && ios_build=(--ios-build "$CACHE/target/aarch64-apple-ios/debug")
done
if python3 scripts/phone-names.py "${ios_build[@]}" >&2; then
  summary+=("android/, ios/, Dioxus.toml: every name shared with the Rust matches, every JNI descriptor is well-formed, the privacy manifest declares what the iOS build calls (the Kotlin itself is not compiled here: no Android SDK to compile it against)")
else
  summary+=("android/, ios/, Dioxus.toml: FAILED (scripts/phone-names.py)")
  failed=1
fi
printf '%s\n' "${summary[@]}" >&2
echo "(The C parts, SQLCipher and OpenSSL, were compiled against stand-in headers, not an NDK or an Apple SDK, and nothing was linked.)" >&2
if [ $failed -ne 0 ]; then
  echo "A phone check failed; see the errors above." >&2
  exit 1
fi
