#!/usr/bin/env bash
# Refresh the Qt Linguist files in i18n/ from the source: new strings are added, vanished ones dropped.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mapfile -t sources < <(find safetyapp -name '*.py' | sort)
for language in cy pl ur; do
  .venv/bin/pyside6-lupdate -silent -no-obsolete -extensions py "${sources[@]}" -ts "i18n/safetyapp_${language}.ts"
done
