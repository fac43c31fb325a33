"""Look for known values in every file under some folders, in every form they could leak in.

A value (a typed username, a passphrase...) is looked for as UTF-8, UTF-16 (little and big endian),
hex (lower and upper case) and base64 (standard and URL-safe alphabets). Inside a longer base64
stream the value's characters depend on where its bytes fall in the 3-byte groups, so the base64 of
the value is taken after 0, 1 and 2 bytes of something else, and only the characters that come from
the value's bytes alone (whole 3-byte groups) are kept.

File names are searched too (as UTF-8). Only regular files are read; links are not followed.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from tests.helpers.leaks import encoded_forms


@dataclass(frozen=True)
class Finding:
    canary: str  # the canary's name, never its value
    form: str
    path: Path
    in_name: bool = False

    def __str__(self) -> str:
        where = "in the file name of" if self.in_name else "in"
        return f"{self.canary} ({self.form}) {where} {self.path}"


@dataclass
class SweepResult:
    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    bytes: int = 0
    forms: int = 0
    roots: list[Path] = field(default_factory=list)


def _files(root: Path) -> Iterable[Path]:
    if root.is_file() and not root.is_symlink():
        yield root
        return
    for folder, dirs, names in os.walk(root, followlinks=False):
        dirs.sort()
        for name in sorted(names):
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                yield path


def sweep(roots: Iterable[Path], canaries: Mapping[str, str]) -> SweepResult:
    """Every place under `roots` where any canary appears in any of its forms."""
    patterns = [(name, form_name, form) for name, value in canaries.items() for form_name, form in encoded_forms(value)]
    result = SweepResult(forms=len(patterns))
    seen: set[Path] = set()
    for root in roots:
        if not root.exists():
            continue
        result.roots.append(root)
        for path in _files(root):
            real = path.resolve()
            if real in seen:
                continue
            seen.add(real)
            try:
                content = path.read_bytes()
            except OSError:
                continue
            result.files += 1
            result.bytes += len(content)
            name = os.fsencode(path.relative_to(root) if path != root else path.name)
            for canary, form_name, form in patterns:
                if form in content:
                    result.findings.append(Finding(canary, form_name, path))
                if form in name:
                    result.findings.append(Finding(canary, form_name, path, in_name=True))
    return result
