#!/usr/bin/env bash
# Build the one-folder bundle (dist/SafetyCompanion/) from build.spec with the project's own virtual
# environment. Safe to run again: PyInstaller starts from a clean work folder each time.
# Usage: bash scripts/build_bundle.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" test
cd "$ROOT"
export PYTHONHASHSEED=0
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --workpath "$ROOT/build/pyinstaller" --distpath "$ROOT/dist" "$ROOT/build.spec"
echo "built $ROOT/dist/SafetyCompanion"
