"""What a school's or organisation's IT team sets for every user of a computer: the machine-wide policy.

Read from, in order (a later source overrides an earlier one, key by key):
1. `policy.json` in the machine-wide config folder (platformdirs' site config dir: /etc/xdg/SafetyCompanion
   on Linux, C:\\ProgramData\\SafetyCompanion on Windows, /Library/Application Support/SafetyCompanion on
   macOS), or, in portable mode, beside the program;
2. on Windows, Group Policy: the registry key HKLM\\Software\\Policies\\SafetyCompanion (see
   packaging/windows/SafetyCompanion.admx).

Keys (all optional; docs/deploying-in-schools.md explains each):
    organisation       text   the school or organisation's name
    dsl_name           text   the Designated Safeguarding Lead's name
    dsl_contact        text   how to reach them (a room, an extension, an email address)
    default_reader     "young" | "parent" | "staff" | "adult"
    notes_enabled      true | false   whether My notes can be used on this computer
    language           "en-GB" | "cy" | "pl" | "ur"
    open_web_links     true | false   whether "Open in browser" may open a web browser
    content_pack_folder text  a folder (a network share, say) where IT puts signed advice updates
                              (.scpack); the newest one that fits is installed at start

What the policy sets is locked: the user sees it, marked "set by your organisation", and cannot change
it. A policy that cannot be read, or a key with a wrong value, is left out (the app's normal settings
apply) and reported in plain words naming the file or registry value, never guessed at.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import NamedTuple

from safetyapp import APP_ID
from safetyapp.core.readers import READERS, Reader
from safetyapp.core.settings import LANGUAGES, Settings

FILE_NAME = "policy.json"
REGISTRY_KEY = rf"Software\Policies\{APP_ID}"
MAX_FILE_BYTES = 64_000
MAX_TEXT = 200

# Registry value names (Group Policy) for each key.
REGISTRY_NAMES = {
    "organisation": "Organisation",
    "dsl_name": "DslName",
    "dsl_contact": "DslContact",
    "default_reader": "DefaultReader",
    "notes_enabled": "NotesEnabled",
    "language": "Language",
    "open_web_links": "OpenWebLinks",
    "content_pack_folder": "ContentPackFolder",
}


# A NamedTuple, not a dataclass: made before the first paint (docs/architecture.md, start-up).
class Policy(NamedTuple):
    """The machine-wide policy; None means "not set" (the user chooses)."""

    organisation: str | None = None
    dsl_name: str | None = None
    dsl_contact: str | None = None
    default_reader: Reader | None = None
    notes_enabled: bool | None = None
    language: str | None = None
    open_web_links: bool | None = None
    content_pack_folder: str | None = None
    problems: tuple[str, ...] = ()
    """What could not be used, in plain English for IT staff: the file or registry value, and why."""

    @property
    def notes_allowed(self) -> bool:
        return self.notes_enabled is not False

    @property
    def links_allowed(self) -> bool:
        return self.open_web_links is not False

    def locks(self, setting: str) -> bool:
        """Whether a user setting ("reader" or "language") is set by the organisation."""
        return {"reader": self.default_reader, "language": self.language}.get(setting) is not None

    def apply(self, settings: Settings) -> Settings:
        """The user's settings with what the policy sets put over them."""
        changes: dict[str, object] = {}
        if self.default_reader is not None:
            changes.update(reader=self.default_reader, first_run=False)
        if self.language is not None:
            changes["language"] = self.language
        return settings.with_(**changes) if changes else settings

    def keep_own(self, settings: Settings, own: Settings) -> Settings:
        """What to save for the user: `settings` as changed, but the user's `own` values for what the
        policy sets, so they come back as the user left them if the organisation stops setting them."""
        changes: dict[str, object] = {}
        if self.default_reader is not None:
            changes.update(reader=own.reader, first_run=own.first_run)
        if self.language is not None:
            changes["language"] = own.language
        return settings.with_(**changes) if changes else settings


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    cleaned = " ".join(value.split())  # no line breaks or control spacing in a one-line label
    if not cleaned or len(cleaned) > MAX_TEXT or any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in cleaned):
        return None
    return cleaned


def _folder(value: object) -> str | None:
    text = value if isinstance(value, str) else None
    if text is None or not 1 <= len(text) <= 1000 or any(ord(c) < 32 for c in text):
        return None
    return text if Path(text).expanduser().is_absolute() or text.startswith("\\\\") else None


def _choice(options: tuple[str, ...]) -> Callable[[object], str | None]:
    return lambda value: value if isinstance(value, str) and value in options else None


def _flag(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):  # a registry DWORD
        return bool(value)
    return None


_CHECKS: dict[str, tuple[Callable[[object], object], str]] = {
    "organisation": (_text, f"text of 1 to {MAX_TEXT} characters"),
    "dsl_name": (_text, f"text of 1 to {MAX_TEXT} characters"),
    "dsl_contact": (_text, f"text of 1 to {MAX_TEXT} characters"),
    "default_reader": (_choice(READERS), "one of " + ", ".join(READERS)),
    "notes_enabled": (_flag, "true or false"),
    "language": (_choice(LANGUAGES), "one of " + ", ".join(LANGUAGES)),
    "open_web_links": (_flag, "true or false"),
    "content_pack_folder": (_folder, "the full path of a folder"),
}


def _read_values(raw: Mapping[str, object], where: Callable[[str], str]) -> tuple[dict[str, object], list[str]]:
    values: dict[str, object] = {}
    problems: list[str] = []
    for key, value in raw.items():
        if key not in _CHECKS:
            problems.append(f"{where(key)}: unknown setting, ignored")
            continue
        check, expected = _CHECKS[key]
        checked = check(value)
        if checked is None:
            problems.append(f"{where(key)}: must be {expected}; ignored")
        else:
            values[key] = checked
    return values, problems


def read_policy_file(path: Path) -> tuple[dict[str, object], list[str]]:
    """The settings in one policy file, and what was wrong with it. A missing file is no problem."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return {}, []
    except OSError as error:
        return {}, [f"{path}: cannot be read ({error.__class__.__name__}); the app's normal settings apply"]
    if len(data) > MAX_FILE_BYTES:
        return {}, [f"{path}: larger than {MAX_FILE_BYTES} bytes, so not read; the app's normal settings apply"]
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return {}, [f"{path}: not UTF-8 text; the app's normal settings apply"]
    except (ValueError, RecursionError) as error:
        line = getattr(error, "lineno", None)
        where = f" (line {line})" if line else ""
        return {}, [f"{path}: not valid JSON{where}; the app's normal settings apply"]
    if not isinstance(raw, dict):
        return {}, [f"{path}: must hold one JSON object {{...}}; the app's normal settings apply"]
    return _read_values(raw, lambda key: f"{path}: {key!r}")


def read_registry_policy() -> tuple[dict[str, object], list[str]]:  # pragma: no cover - Windows only
    """Group Policy values under HKLM\\Software\\Policies\\SafetyCompanion (Windows only)."""
    if sys.platform != "win32":
        return {}, []
    import winreg

    raw: dict[str, object] = {}
    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY) as key:
            for name, registry_name in REGISTRY_NAMES.items():
                try:
                    raw[name], _ = winreg.QueryValueEx(key, registry_name)
                except FileNotFoundError:
                    continue
    except FileNotFoundError:
        return {}, []
    except OSError as error:
        return {}, [rf"HKLM\{REGISTRY_KEY}: cannot be read ({error.__class__.__name__})"]
    return _read_values(raw, lambda key: rf"HKLM\{REGISTRY_KEY}\{REGISTRY_NAMES[key]}")


def policy_file(*, portable: bool, program: Path | None = None) -> Path:
    """Where the policy file is looked for: beside the program in portable mode, else machine-wide."""
    if portable:
        from safetyapp.core.resources import program_dir

        return (program if program is not None else program_dir()) / FILE_NAME
    import platformdirs

    return Path(platformdirs.site_config_dir(APP_ID, appauthor=False)) / FILE_NAME


def load_policy(path: Path, *, registry: bool = True) -> Policy:
    """The policy from `path` and (on Windows, with `registry`) Group Policy, which wins key by key."""
    values, problems = read_policy_file(path)
    if registry:
        registry_values, registry_problems = read_registry_policy()
        values.update(registry_values)
        problems += registry_problems
    known = set(Policy._fields) - {"problems"}
    return Policy(**{k: v for k, v in values.items() if k in known}, problems=tuple(problems))  # type: ignore[arg-type]
