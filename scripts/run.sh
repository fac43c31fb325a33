#!/usr/bin/env bash
# Start Safety Companion from this checkout, setting up everything it needs the first time.
# Any options are passed to the app, e.g. scripts/run.sh --portable, --lang cy, --self-test.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh" run
exec "$ROOT/.venv/bin/python" -m safetyapp "$@"
