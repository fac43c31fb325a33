"""Hatch build hook: compile i18n/*.ts into .qm files and ship them in the wheel as safetyapp/i18n."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> str:
    """pyside6-lrelease from the build environment (PySide6-Essentials is a build requirement)."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise RuntimeError("pyside6-lrelease not found: PySide6-Essentials must be installed to build")
    return found


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install reads i18n/ from the checkout, compiled by scripts/setup.sh
        self._out = Path(tempfile.mkdtemp(prefix="safetyapp-qm-"))
        for source in sorted(Path(self.root, "i18n").glob("*.ts")):
            target = self._out / (source.stem + ".qm")
            subprocess.run([lrelease(), "-silent", str(source), "-qm", str(target)], check=True)
            build_data["force_include"][str(target)] = f"safetyapp/i18n/{target.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            shutil.rmtree(out, ignore_errors=True)
