"""The real frozen bundle, built once per test run with build.spec (scripts/build_bundle.sh), and the
Linux packages made from it (scripts/package_linux.sh). Building takes about a minute and a half."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT

DIST = ROOT / "dist"
BUNDLE = DIST / "SafetyCompanion"
PROGRAM = BUNDLE / "SafetyCompanion"


def run_script(name: str, *args: str) -> None:
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / name), *args], capture_output=True, text=True, timeout=600, cwd=ROOT
    )
    assert result.returncode == 0, f"scripts/{name} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"


def frozen_env(**extra: str) -> dict[str, str]:
    """The environment a user's desktop gives the program: no Python settings from this test run."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


@pytest.fixture(scope="session")
def bundle() -> Path:
    run_script("build_bundle.sh")
    assert PROGRAM.is_file()
    return BUNDLE


@dataclass(frozen=True)
class LinuxPackages:
    deb: Path
    tarball: Path


@pytest.fixture(scope="session")
def linux_packages(bundle: Path) -> LinuxPackages:
    for old in [*DIST.glob("*.deb"), *DIST.glob("*.tar.gz")]:
        old.unlink()
    run_script("package_linux.sh")
    debs, tarballs = list(DIST.glob("safetycompanion_*.deb")), list(DIST.glob("SafetyCompanion-*-portable.tar.gz"))
    assert len(debs) == 1 and len(tarballs) == 1, (debs, tarballs)
    return LinuxPackages(debs[0], tarballs[0])
