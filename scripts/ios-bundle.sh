#!/usr/bin/env bash
# On a Mac with Xcode: builds Mend's iOS app with dx, then puts the privacy manifest
# (ios/PrivacyInfo.xcprivacy) at the app's root, where the App Store looks for it, and each
# language's InfoPlist.strings (ios/<tag>.lproj/, the quick actions' titles) beside it (dx
# 0.7 has no place for such files), signs the app again with the entitlements it had, and, for a
# device, packs it as an .ipa.
#
# NOT RUN on our build machines: no Apple SDK or Xcode can be had there (docs/PHONES.md).
#
# Usage: scripts/ios-bundle.sh                 a device build; IDENTITY names the signing
#                                              identity ("Apple Distribution: …")
#        scripts/ios-bundle.sh --simulator     the simulator's .app, signed ad hoc
set -euo pipefail
cd "$(dirname "$0")/.."

target=aarch64-apple-ios
[ "${1:-}" = --simulator ] && target=aarch64-apple-ios-sim
if [ "$target" = aarch64-apple-ios ] && [ -z "${IDENTITY:-}" ]; then
  echo "Set IDENTITY to the signing identity for a device build (security find-identity -p codesigning)." >&2
  exit 2
fi

dx bundle --ios --release --target "$target" --package-types ios
app=$(find target/dx -path "*release*" -name "Mend.app" -type d -print -quit)
if [ -z "$app" ]; then
  echo "dx made no Mend.app under target/dx." >&2
  exit 1
fi
cp ios/PrivacyInfo.xcprivacy "$app/PrivacyInfo.xcprivacy"
for strings in ios/*.lproj; do
  cp -R "$strings" "$app/"
done

if [ "$target" = aarch64-apple-ios-sim ]; then
  codesign --force --sign - "$app"
  echo "The simulator's app, with its privacy manifest: $app"
  exit 0
fi

# Signing again keeps the entitlements dx signed with (time-sensitive alerts among them).
entitlements=$(mktemp)
payload=""
trap 'rm -f "$entitlements"; rm -rf "$payload"' EXIT
codesign -d --entitlements :- "$app" > "$entitlements"
codesign --force --sign "$IDENTITY" --entitlements "$entitlements" "$app"
codesign --verify --deep --strict "$app"
payload=$(mktemp -d)
mkdir "$payload/Payload"
cp -R "$app" "$payload/Payload/"
(cd "$payload" && zip -qr Mend.ipa Payload)
mv "$payload/Mend.ipa" target/dx/Mend.ipa
echo "Signed, with its privacy manifest: target/dx/Mend.ipa"
