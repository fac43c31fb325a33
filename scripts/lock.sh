#!/usr/bin/env bash
# Refresh constraints.txt on purpose: in a throw-away virtual environment, install the project with
# everything the tests and the bundle need, at the newest versions pyproject.toml's ranges allow, and
# pin every package that was installed (pip itself included). Then run scripts/test.sh and commit the
# new constraints.txt only if everything passes.
#     scripts/lock.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$PYTHON" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --upgrade pip
"$work/venv/bin/python" -m pip install -q -e "$ROOT[test,build]"
{
  echo "# What scripts/setup.sh installs, for the app and for every test: the versions the last green test"
  echo "# run used. Refresh on purpose with scripts/lock.sh (then run scripts/test.sh before committing it)."
  echo "# pyproject.toml keeps the ranges, for people installing the wheel. Written by pip freeze with"
  echo "# $("$PYTHON" --version) on $(uname -sm)."
  "$work/venv/bin/python" -m pip freeze --all --exclude-editable | LC_ALL=C sort -f
} >"$ROOT/constraints.txt"
echo "constraints.txt written; now run scripts/test.sh" >&2
