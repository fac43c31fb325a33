#!/usr/bin/env bash
# Shared set-up for scripts/run.sh and scripts/test.sh. Safe to run any number of times:
# it installs only what is missing, and reinstalls the project only when pyproject.toml changed.
# Usage: source scripts/setup.sh [run|test]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODE="${1:-run}"
VENV="$ROOT/.venv"
PYTHON="${PYTHON:-python3}"

say() { printf '[setup] %s\n' "$*" >&2; }

# System libraries Qt needs on a fresh Debian or Ubuntu machine (xcb for a real screen, EGL,
# fonts), and for the tests: Xvfb, poppler (a real PDF reader), gnome-keyring and D-Bus (a real
# Secret Service), strace (tests/safety: the app never opens a network connection), mount (tests/faults),
# binutils (PyInstaller reads the libraries with objdump), procps (tests/packaging), and at-spi2-core
# with pyatspi for the system Python (tests/accessibility reads the app as a screen reader does),
# openbox and xdotool (tests/screen: the real app under a real window manager, with a taskbar).
RUN_PACKAGES=(python3-venv libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libxcb-sync1
  libxcb-xkb1 libx11-xcb1 fonts-dejavu-core)
TEST_PACKAGES=(xvfb xauth x11-utils poppler-utils gnome-keyring dbus libsecret-tools strace mount
  binutils procps at-spi2-core python3-pyatspi gir1.2-atspi-2.0 appstream openbox xdotool)

missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || printf '%s\n' "$p"
  done
}

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian-style system: skipping system packages"; return 0; }
  local missing
  mapfile -t missing < <(missing_packages "$@")
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    say "installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || say "apt-get update failed; trying the install anyway"
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "these system packages are missing: ${missing[*]}"
    say "install them once with: sudo apt-get install ${missing[*]}"
  fi
}

"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
  say "Safety Companion needs Python 3.11 or newer; $("$PYTHON" --version 2>&1) was found."
  exit 1
}

packages=("${RUN_PACKAGES[@]}")
[ "$MODE" = test ] && packages+=("${TEST_PACKAGES[@]}")
install_system_packages "${packages[@]}"

if [ ! -x "$VENV/bin/python" ]; then
  say "creating the virtual environment in .venv"
  "$PYTHON" -m venv "$VENV"
fi

# Every package at the version in constraints.txt (the lock; refresh it with scripts/lock.sh), pip and
# the build's own packages included, so a fresh clone installs what the last green test run used.
LOCK="$ROOT/constraints.txt"
extra=""
[ "$MODE" = test ] && extra="[test,build]"
stamp="$VENV/.setup-stamp"
want="$(cat "$ROOT/pyproject.toml" "$LOCK" | sha256sum | cut -d' ' -f1) $extra"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  say "installing Safety Companion and its dependencies into .venv"
  "$VENV/bin/python" -m pip install -q --upgrade pip -c "$LOCK" >/dev/null
  "$VENV/bin/python" -m pip install -q -c "$LOCK" --build-constraint "$LOCK" -e "$ROOT$extra"
  printf '%s' "$want" >"$stamp"
fi

# Compile the translations (.ts -> .qm, beside them in i18n/; the .qm files are not committed).
for ts in "$ROOT"/i18n/*.ts; do
  [ -e "$ts" ] || continue
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
  fi
done
