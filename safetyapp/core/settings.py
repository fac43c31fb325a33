"""The user's preferences: reader, text size, theme, language. Never anything they typed about a case.

Stored as a small JSON file in the settings folder, written atomically. A damaged file gives the
defaults and a problem to show, never a crash. What page the user was on is deliberately not kept:
after a quick exit the next start must open on Home.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

from safetyapp.core.readers import Reader, is_reader
from safetyapp.private_files import make_private_folder, write_private

THEMES = ("system", "light", "dark", "high-contrast")
TEXT_SCALES = (100, 125, 150, 175, 200)
LANGUAGES = ("en-GB", "cy", "pl", "ur")
FILE_NAME = "settings.json"
_ON_DISK = {"reader": "audience"}
"""Fields saved under another key: settings.json has called the reader "audience" from the start."""


# A NamedTuple, not a dataclass: made before the first paint (docs/architecture.md, start-up).
class Settings(NamedTuple):
    reader: Reader | None = None
    """Who the app speaks to (None: everyone). Saved as "audience" in settings.json."""
    text_scale: int = 100
    theme: str = "system"
    language: str = "en-GB"
    first_run: bool = True
    """True until the user has answered (or skipped) "Who are you?"."""

    def with_(self, **changes: object) -> Settings:
        return self._replace(**changes)  # type: ignore[arg-type]


def _valid(settings: Settings) -> bool:
    return (
        (settings.reader is None or is_reader(settings.reader))
        and settings.text_scale in TEXT_SCALES
        and settings.theme in THEMES
        and settings.language in LANGUAGES
        and isinstance(settings.first_run, bool)
    )


def load_settings(folder: Path) -> tuple[Settings, str | None]:
    """The saved settings, or the defaults and the reason they could not be read."""
    path = folder / FILE_NAME
    if not path.exists():
        return Settings(), None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not an object")
        keys = {_ON_DISK.get(name, name): name for name in Settings._fields}
        settings = Settings(**{keys[k]: v for k, v in raw.items() if k in keys})
        if not _valid(settings):
            raise ValueError("a value is out of range")
    except (OSError, UnicodeDecodeError, ValueError, TypeError) as error:
        return Settings(), f"{path}: {error.__class__.__name__}"
    return settings, None


def save_problem(error: OSError) -> str:
    """Why saving failed, in a word: "disk-full", "read-only", "permission-denied" or "other"."""
    import errno

    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return "disk-full"
    if error.errno == errno.EROFS:
        return "read-only"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission-denied"
    return "other"


def save_settings(folder: Path, settings: Settings) -> None:
    """Write atomically and privately (safetyapp.private_files): a temp file in the same folder, flushed,
    then renamed over the old one.

    Raises OSError if the disk refuses (full, read-only, no permission); the old file is then left
    exactly as it was and no temp file is left behind.
    """
    make_private_folder(folder)
    text = json.dumps({_ON_DISK.get(k, k): v for k, v in settings._asdict().items()}, indent=2)
    write_private(folder / FILE_NAME, text.encode("utf-8"))
