"""What the app knows about each language it ships (resources/languages.toml): its name, direction, the
font it may need and whether a native speaker has checked the translation.

A missing or damaged file never stops the app: each language then gets safe defaults (its code as its
name, left to right, marked as a draft) and the problem is reported with the file and line.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import NamedTuple

from safetyapp.core.errors import DataFileError, toml_error_line
from safetyapp.core.settings import LANGUAGES

REVIEW_STATES = ("source", "draft", "reviewed")
_KEYS = {"native", "english", "qt", "direction", "font", "review", "reviewed_by", "reviewed_on"}


# A NamedTuple, not a dataclass: made before the first paint (docs/architecture.md, start-up).
class Language(NamedTuple):
    code: str
    native: str
    english: str
    qt: str
    direction: str = "ltr"
    font: str | None = None
    review: str = "draft"
    reviewed_by: str | None = None
    reviewed_on: dt.date | None = None

    @property
    def right_to_left(self) -> bool:
        return self.direction == "rtl"

    @property
    def is_draft(self) -> bool:
        return self.review == "draft"

    @property
    def label(self) -> str:
        """As listed in the language choice: "Cymraeg (Welsh)"; English is just "English (UK)"."""
        if self.native.startswith(self.english):
            return self.native
        return f"\u2068{self.native}\u2069 ({self.english})"  # an isolate: each name keeps its own direction


def _default(code: str) -> Language:
    return Language(code, code, code, code.replace("-", "_"))


def _check(code: str, raw: object, path: Path, line: int | None) -> Language:
    def fail(problem: str) -> DataFileError:
        return DataFileError(path, f"[{code}]: {problem}", line)

    if not isinstance(raw, dict):
        raise fail("must be a table")
    if unknown := set(raw) - _KEYS:
        raise fail(f"unknown key(s): {', '.join(sorted(unknown))}")
    for key in ("native", "english", "qt", "direction", "review"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise fail(f"'{key}' must be text")
    if raw["direction"] not in ("ltr", "rtl"):
        raise fail('\'direction\' must be "ltr" or "rtl"')
    if raw["review"] not in REVIEW_STATES:
        raise fail(f"'review' must be one of {', '.join(REVIEW_STATES)}")
    font = raw.get("font")
    if font is not None and (not isinstance(font, str) or not font.isalnum()):
        raise fail("'font' must be a font's file name without -Regular.ttf")
    reviewed_by, reviewed_on = raw.get("reviewed_by"), raw.get("reviewed_on")
    if raw["review"] == "reviewed" and (
        not isinstance(reviewed_by, str) or not isinstance(reviewed_on, dt.date) or isinstance(reviewed_on, dt.datetime)
    ):
        raise fail("a reviewed language needs 'reviewed_by' (text) and 'reviewed_on' (a date)")
    return Language(
        code=code,
        native=raw["native"].strip(),
        english=raw["english"].strip(),
        qt=raw["qt"].strip(),
        direction=raw["direction"],
        font=font,
        review=raw["review"],
        reviewed_by=reviewed_by if isinstance(reviewed_by, str) else None,
        reviewed_on=reviewed_on if isinstance(reviewed_on, dt.date) else None,
    )


def load_languages(path: Path) -> tuple[dict[str, Language], list[str]]:
    """Every shipped language, in the order of LANGUAGES, and what was wrong with the file."""
    languages = {code: _default(code) for code in LANGUAGES}
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as error:
        return languages, [str(DataFileError(path, f"cannot be read ({error.__class__.__name__})"))]
    except tomllib.TOMLDecodeError as error:
        return languages, [str(DataFileError(path, f"is not valid TOML: {error}", toml_error_line(str(error))))]
    problems = []
    lines = {line.strip()[1:-1]: n for n, line in enumerate(text.splitlines(), 1) if line.strip().startswith("[")}
    for code, raw in data.items():
        if code not in languages:
            problems.append(str(DataFileError(path, f"[{code}]: not a language the app ships", lines.get(code))))
            continue
        try:
            languages[code] = _check(code, raw, path, lines.get(code))
        except DataFileError as error:
            problems.append(str(error))
    problems += [str(DataFileError(path, f"[{code}] is missing")) for code in LANGUAGES if code not in data]
    return languages, problems
