#!/usr/bin/env bash
# Package the one-folder bundle (dist/SafetyCompanion/, from scripts/build_bundle.sh) for Linux:
#   dist/safetycompanion_VERSION_ARCH.deb                     installs under /opt/safetycompanion, with a
#                                                             `safetycompanion` launcher on the PATH, a
#                                                             .desktop entry and icons
#   dist/SafetyCompanion-VERSION-linux-ARCH-portable.tar.gz   unpack anywhere (a USB stick) and run; it
#                                                             keeps everything in its own folder
# Usage: bash scripts/package_linux.sh [--build]   (--build runs scripts/build_bundle.sh first)
# Needs dpkg-deb (Debian and Ubuntu have it). Safe to run again: it replaces what it made before.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if [ "${1:-}" = "--build" ]; then
  bash scripts/build_bundle.sh
fi
BUNDLE="$ROOT/dist/SafetyCompanion"
if [ ! -x "$BUNDLE/SafetyCompanion" ]; then
  echo "package_linux: no bundle in $BUNDLE; run scripts/build_bundle.sh first (or pass --build)" >&2
  exit 1
fi
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' safetyapp/__init__.py)"
ARCH="$(dpkg --print-architecture)"
MACHINE="$(uname -m)"
STAGE="$ROOT/build/package"
rm -rf "$STAGE"
mkdir -p "$STAGE"

# ---------------------------------------------------------------- .deb
PKG="$STAGE/deb"
install -d "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
  "$PKG/usr/share/metainfo" "$PKG/usr/share/doc/safetycompanion"
cp -a "$BUNDLE" "$PKG/opt/safetycompanion"
ln -s /opt/safetycompanion/SafetyCompanion "$PKG/usr/bin/safetycompanion"
install -m 644 packaging/linux/safetycompanion.desktop "$PKG/usr/share/applications/"
install -m 644 packaging/linux/safetycompanion.metainfo.xml "$PKG/usr/share/metainfo/"
for size in 16 32 48 64 128 256 512; do
  install -D -m 644 "packaging/icons/safetycompanion-$size.png" \
    "$PKG/usr/share/icons/hicolor/${size}x${size}/apps/safetycompanion.png"
done
install -m 644 packaging/linux/copyright "$PKG/usr/share/doc/safetycompanion/copyright"
INSTALLED_KB="$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$INSTALLED_KB/" \
  packaging/linux/control.in >"$PKG/DEBIAN/control"
install -m 755 packaging/linux/postinst packaging/linux/postrm "$PKG/DEBIAN/"
# Files are owned by root and readable by everyone; nothing is writable by users (the app writes only
# to each user's own folders).
chmod -R u=rwX,go=rX "$PKG/opt" "$PKG/usr"
DEB="$ROOT/dist/safetycompanion_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$PKG" "$DEB" >/dev/null
echo "built $DEB"

# ---------------------------------------------------------------- portable .tar.gz
NAME="SafetyCompanion-$VERSION-linux-$MACHINE-portable"
cp -a "$BUNDLE" "$STAGE/$NAME"
install -m 644 packaging/portable-mode.txt "$STAGE/$NAME/portable-mode.txt"
TARBALL="$ROOT/dist/$NAME.tar.gz"
tar -C "$STAGE" --owner=0 --group=0 --numeric-owner -czf "$TARBALL" "$NAME"
echo "built $TARBALL"
rm -rf "$STAGE"
