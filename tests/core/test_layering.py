"""The layers (docs/architecture.md): core/ and vault/ hold the logic and never touch Qt, so they work and
test without a screen; they do not know each other either: the UI (and the command line) joins them."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "safetyapp"
QT = ("PySide6", "shiboken6", "safetyapp.ui")
FORBIDDEN = {"core": (*QT, "safetyapp.vault"), "vault": (*QT, "safetyapp.core")}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_no_module_in_core_or_vault_imports_qt_the_ui_or_the_other_layer() -> None:
    offenders = []
    for layer, forbidden in FORBIDDEN.items():
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            bad = {name for name in _imports(path) if name.startswith(forbidden)}
            if bad:
                offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(bad)}")
    assert not offenders


def test_importing_every_core_and_vault_module_loads_no_qt() -> None:
    modules = [
        "safetyapp." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for layer in ("core", "vault")
        for p in sorted((PACKAGE / layer).rglob("*.py"))
        if p.name != "__init__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"bad = [m for m in sys.modules if m.startswith({QT!r})]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_test_module_imports_another() -> None:
    """What several test modules share lives in tests/helpers (or a folder's conftest or support module)."""
    tests = PACKAGE.parent / "tests"
    offenders = [
        f"{path.relative_to(tests)}: {name}"
        for path in sorted(tests.rglob("*.py"))
        for name in sorted(_imports(path))
        if name.startswith("tests.") and any(part.startswith("test_") for part in name.split(".")[1:])
    ]
    assert not offenders


def test_modules_stay_small() -> None:
    """Small modules named for what they hold (docs/architecture.md): none over 500 lines."""
    big = [
        f"{path.relative_to(PACKAGE)}: {lines}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 500
    ]
    assert not big
