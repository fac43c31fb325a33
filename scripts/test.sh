#!/usr/bin/env bash
# Run every test, setting up everything the tests need the first time (see scripts/setup.sh).
# Any options go to pytest, e.g. scripts/test.sh -k quick_exit, or -m "not slow" for a quick run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh" test
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen

echo "== lint (ruff) and types (mypy)"
.venv/bin/ruff check safetyapp tests scripts bench
.venv/bin/mypy

echo "== tests (in a D-Bus session with a real, unlocked gnome-keyring)"
export SAFETYAPP_REQUIRE_KEYRING=1
status=0
"$ROOT/scripts/with-keyring.sh" .venv/bin/python -m pytest "$@" || status=$?
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: that counts as a failure" >&2
  exit 1
fi
exit "$status"
