"""The lock (constraints.txt): a fresh clone installs what the last green test run used.

scripts/setup.sh installs every package at the version constraints.txt pins; pyproject.toml keeps the
ranges for people installing the wheel. The two must agree, and the tests must be running on the lock.
"""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import NormalizedName, canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent


def pins() -> dict[NormalizedName, Version]:
    found: dict[NormalizedName, Version] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not pinned with =="
            found[canonicalize_name(name)] = Version(version)
    return found


def project_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = list(project["build-system"]["requires"]) + list(project["project"]["dependencies"])
    for extra in project["project"]["optional-dependencies"].values():
        listed += extra
    return [Requirement(r) for r in listed]


def test_every_requirement_is_pinned_inside_its_range() -> None:
    pinned = pins()
    wrong = []
    for requirement in project_requirements():
        version = pinned.get(canonicalize_name(requirement.name))
        if version is None or not requirement.specifier.contains(version, prereleases=True):
            wrong.append(f"{requirement} (constraints.txt: {version or 'not pinned'})")
    assert not wrong, "constraints.txt does not satisfy pyproject.toml; run scripts/lock.sh: " + ", ".join(wrong)


def test_the_tests_run_on_the_locked_versions() -> None:
    pinned = pins()
    installed = {canonicalize_name(d.metadata["Name"]): Version(d.version) for d in metadata.distributions()}
    differ = [
        f"{name} {installed[name]} (lock: {version})"
        for name, version in pinned.items()
        if name in installed and installed[name] != version
    ]
    assert not differ, "installed versions differ from constraints.txt; run scripts/test.sh to reinstall: " + ", ".join(
        differ
    )
