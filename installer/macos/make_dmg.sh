#!/usr/bin/env bash
# Make a drag-to-Applications disk image from "dist/Meetup Organiser.app" (macOS only).
#
#   python installer/build.py --bundle-only     # on a Mac: builds the .app with the spec's BUNDLE step
#   installer/macos/make_dmg.sh                 # -> dist/meetup-organiser-<version>-macos-<arch>.dmg
#
# Optional signing: MACOS_SIGN_IDENTITY="Developer ID Application: ..." signs the app
# (hardened runtime) and the image; notarise afterwards with `xcrun notarytool submit`.
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON=${PYTHON:-python3}
APP="dist/Meetup Organiser.app"
VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(uname -m)
DMG="dist/meetup-organiser-${VERSION}-macos-${ARCH}.dmg"

if [ "$(uname -s)" != "Darwin" ]; then
  echo "error: hdiutil exists on macOS only; build the disk image on a Mac." >&2
  exit 1
fi
if [ ! -d "$APP" ]; then
  echo "error: $APP is missing: run '$PYTHON installer/build.py --bundle-only' first." >&2
  exit 1
fi
plist_version=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist")
if [ "$plist_version" != "$VERSION" ]; then
  echo "error: $APP is version $plist_version but pyproject.toml says $VERSION: rebuild it." >&2
  exit 1
fi

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict "$APP"
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
ditto "$APP" "$stage/Meetup Organiser.app"
ln -s /Applications "$stage/Applications"

rm -f "$DMG"
hdiutil create -volname "Meetup Organiser ${VERSION}" -srcfolder "$stage" \
  -fs HFS+ -format UDZO -imagekey zlib-level=9 -ov "$DMG"
hdiutil verify "$DMG"
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --sign "$MACOS_SIGN_IDENTITY" --timestamp "$DMG"
fi
echo "disk image: $DMG ($(du -h "$DMG" | cut -f1))"
