"""Guides for the apps young people use (resources/guides/): one file per platform and language, each with
the same six parts, checked like the advice. No Qt.

`resources/guides/platforms.toml` is the one list of platforms, in the order every list shows them (the
guides in Advice, the wizard's choice of app, My notes' platform field). `resources/guides/en-GB/<id>.toml`
is each platform's guide; `resources/guides/<language>/<id>.toml` its translation (the six parts and the
name only: the date checked, the sources and the help address come from English), with `source_hash`, the
hash of the English it was made from (core.translation_hashes). A guide missing, broken or out of date in a
language is shown in English, as the advice pages are. `docs/writing-guides.md` says how to write one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from safetyapp.core.contacts import STALE_AFTER_MONTHS, months_before
from safetyapp.core.content import match_score, plain_markdown, query_words, snippet
from safetyapp.core.errors import DataFileError, read_toml
from safetyapp.core.readers import YOUNG
from safetyapp.core.resources import SOURCE_LANGUAGE
from safetyapp.core.translation_hashes import source_hash
from safetyapp.core.wording import page_problems, typed_contact

PARTS = ("username", "keep_chat", "block", "report", "private", "deactivate")
"""The six parts of every guide, in the order they are shown."""
_ENGLISH_FIELDS = {"id", "name", "checked", "help_url", "sources", *PARTS}
_TRANSLATED_FIELDS = {"id", "name", *PARTS}
_OPTIONAL_TRANSLATED = {"source_hash"}
"""`source_hash`: the hash of the English guide a translation was made from (`english_guide_hash`)."""
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_WEB = re.compile(r"^https://[A-Za-z0-9.-]+\.[a-z]{2,}(/\S*)?$")


@dataclass(frozen=True)
class Platform:
    """One line of platforms.toml: an app, by id and its own name."""

    id: str
    name: str


@dataclass(frozen=True)
class Source:
    url: str
    what: str
    """What was checked on that page."""


@dataclass(frozen=True)
class Guide:
    id: str
    path: Path
    name: str = ""
    checked: dt.date | None = None
    help_url: str = ""
    sources: tuple[Source, ...] = ()
    parts: Mapping[str, str] = field(default_factory=dict)
    """Part name (`PARTS`) -> its Markdown."""
    language: str = SOURCE_LANGUAGE
    fallback: bool = False
    """True when the reader's language has no usable version of this guide and English is shown."""
    source_hash: str = ""
    """On a translation: the hash of the English it was made from, as recorded in its file."""
    error: DataFileError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def paragraphs(self) -> list[tuple[bool, str]]:
        """Each part's paragraphs as plain text (none is a heading: the app adds the parts' headings)."""
        return [
            (False, " ".join(paragraph.split()))
            for name in PARTS
            for paragraph in plain_markdown(self.parts.get(name, "")).split("\n\n")
            if paragraph.strip()
        ]

    def plain_text(self) -> str:
        """The six parts as plain sentences, Markdown marks gone (for search and the wording checks)."""
        return "\n".join(plain_markdown(self.parts.get(name, "")) for name in PARTS)

    def checked_long_ago(self, today: dt.date) -> bool:
        """Checked more than `STALE_AFTER_MONTHS` months before `today` (passed in, so tests can set it)."""
        return self.checked is not None and self.checked < months_before(today, STALE_AFTER_MONTHS)


def load_platforms(path: Path) -> tuple[Platform, ...]:
    """The platforms, in order; DataFileError if the file cannot be used."""
    _text, data = read_toml(path)
    entries = data.get("platform")
    if set(data) != {"platform"} or not isinstance(entries, list) or not entries:
        raise DataFileError(path, "must hold only [[platform]] entries")
    platforms: list[Platform] = []
    for raw in entries:
        if not isinstance(raw, dict) or set(raw) != {"id", "name"}:
            raise DataFileError(path, "each [[platform]] needs exactly an id and a name")
        pid, name = raw["id"], raw["name"]
        if not isinstance(pid, str) or not _ID.match(pid) or not isinstance(name, str) or not name.strip():
            raise DataFileError(path, f"bad platform entry {raw!r}")
        if any(p.id == pid for p in platforms):
            raise DataFileError(path, f"platform {pid!r} appears twice")
        platforms.append(Platform(pid, name.strip()))
    if platforms[-1].id != "other":
        raise DataFileError(path, "the last platform must be 'other' (any other app)")
    return tuple(platforms)


def parse_guide(path: Path, language: str = SOURCE_LANGUAGE, english: Guide | None = None) -> Guide:
    """Read one guide and check it; a translation takes its date, sources and address from `english`."""
    _text, data = read_toml(path)
    translated = language != SOURCE_LANGUAGE
    expected = _TRANSLATED_FIELDS if translated else _ENGLISH_FIELDS
    if unknown := set(data) - expected - (_OPTIONAL_TRANSLATED if translated else set()):
        raise DataFileError(path, f"unknown field(s): {', '.join(sorted(unknown))}")
    if missing := expected - set(data):
        raise DataFileError(path, f"missing field(s): {', '.join(sorted(missing))}")
    if data["id"] != path.stem:
        raise DataFileError(path, f"id {data['id']!r} does not match the file name {path.name!r}")
    if not isinstance(data["name"], str) or not data["name"].strip():
        raise DataFileError(path, "'name' must be non-empty text")
    parts = {}
    for name in PARTS:
        text = data[name]
        if not isinstance(text, str) or not text.strip():
            raise DataFileError(path, f"the part '{name}' is empty: every guide has all six parts")
        _check_part(path, name, text)
        parts[name] = text.strip()
    if translated:
        if english is None or not english.ok:
            raise DataFileError(path, "has no English guide to translate")
        # Brand names stay as they are; "Any other app" is the one name a translation changes.
        name = data["name"].strip() if english.id == "other" else english.name
        recorded = data.get("source_hash", "")
        if not isinstance(recorded, str):
            raise DataFileError(path, "'source_hash' must be text (scripts/mark_translations.py writes it)")
        return dataclasses.replace(english, path=path, name=name, parts=parts, language=language, source_hash=recorded)
    checked, help_url, sources = data["checked"], data["help_url"], data["sources"]
    if not isinstance(checked, dt.date) or isinstance(checked, dt.datetime):
        raise DataFileError(path, "'checked' must be a date like 2026-12-07")
    if not isinstance(help_url, str) or (help_url and not _WEB.match(help_url)):
        raise DataFileError(path, "'help_url' must be an https address, or \"\" if the platform has none")
    if not isinstance(sources, list) or not sources:
        raise DataFileError(path, "'sources' must list the pages the steps were checked against")
    checked_sources = []
    for source in sources:
        if not isinstance(source, dict) or set(source) != {"url", "what"}:
            raise DataFileError(path, "each source needs exactly a 'url' and a 'what'")
        url, what = source["url"], source["what"]
        if not isinstance(url, str) or not _WEB.match(url):
            raise DataFileError(path, f"source address {url!r} is not an https address")
        if not isinstance(what, str) or not what.strip():
            raise DataFileError(path, f"source {url!r}: say in 'what' what was checked there")
        checked_sources.append(Source(url, what.strip()))
    return Guide(
        id=data["id"],
        path=path,
        name=data["name"].strip(),
        checked=checked,
        help_url=help_url,
        sources=tuple(checked_sources),
        parts=parts,
        language=language,
    )


def english_guide_hash(guide: Guide) -> str:
    """The hash a translation of this English guide records (`source_hash`): its name and six parts."""
    return source_hash("\n".join([guide.name, *(guide.parts.get(name, "") for name in PARTS)]))


def _check_part(path: Path, name: str, text: str) -> None:
    if "![" in text or re.search(r"<[a-zA-Z/!]", text) or re.search(r"\]\(", text):
        raise DataFileError(path, f"the part '{name}' holds an image, HTML or a link: guides are plain text")
    if found := typed_contact(text):
        raise DataFileError(path, f"the part '{name}' types a phone number, email or address ({found!r})")


def guide_problems(guide: Guide) -> list[str]:
    """What is wrong with a guide's words (`core.wording`, as for pages for young people: no blame, never
    handling an image, no screenshot)."""
    return [f"{guide.path}: {problem}" for problem in page_problems(guide.plain_text(), (YOUNG,))]


@dataclass
class GuideLibrary:
    """The platforms and their guides for one language, English where a translation is missing or broken."""

    language: str
    platforms: tuple[Platform, ...] = ()
    guides: dict[str, Guide] = field(default_factory=dict)
    """Platform id -> guide, in platform order; a platform with no English file is not here."""
    load_problems: list[str] = field(default_factory=list)
    out_of_date: list[str] = field(default_factory=list)
    """Translated guides made from English that has changed since: English is shown in their place."""

    @classmethod
    def load(cls, folder: Path, *, language: str) -> GuideLibrary:
        library = cls(language=language)
        try:
            library.platforms = load_platforms(folder / "platforms.toml")
        except DataFileError as error:
            library.load_problems.append(str(error))
            return library
        for platform in library.platforms:
            path = folder / SOURCE_LANGUAGE / f"{platform.id}.toml"
            if not path.is_file():  # the app shows the others; --self-test and the tests fail on it
                library.load_problems.append(f"{path}: missing: every platform needs a guide")
                continue
            try:
                # The name in platforms.toml is the one every list shows; the file's own is for its readers.
                english = dataclasses.replace(parse_guide(path), name=platform.name)
            except DataFileError as error:
                library.guides[platform.id] = Guide(platform.id, path, name=platform.name, error=error)
                continue
            library.guides[platform.id] = english
            own = folder / language / f"{platform.id}.toml"
            if language == SOURCE_LANGUAGE:
                continue
            if own.is_file():
                try:
                    translated = parse_guide(own, language, english)
                except DataFileError as error:
                    library.load_problems.append(str(error))
                else:
                    if translated.source_hash == english_guide_hash(english):
                        library.guides[platform.id] = translated
                        continue
                    library.out_of_date.append(platform.id)
            library.guides[platform.id] = dataclasses.replace(english, fallback=True)
        return library

    def problems(self) -> list[str]:
        """Every guide that could not be loaded, and every translation that could not be used."""
        return [*self.load_problems, *(str(g.error) for g in self.guides.values() if g.error)]

    def working(self) -> list[Guide]:
        """The guides that loaded, in platform order."""
        return [guide for guide in self.guides.values() if guide.ok]

    def search(self, query: str, limit: int = 20) -> list[tuple[Guide, float, str, tuple[str, ...]]]:
        """Guides matching `query` as the advice search matches pages: (guide, score, snippet, terms)."""
        words = query_words(query)
        if not words:
            return []
        results = []
        for guide in self.working():
            score, matched = match_score(words, ((guide.name, 10.0), (guide.plain_text(), 1.0)))
            if score:
                results.append((guide, score, snippet(guide.paragraphs(), matched), matched))
        results.sort(key=lambda r: (-r[1], r[0].name))
        return results[:limit]


def stale_guide_warnings(guides: Mapping[str, Guide], today: dt.date) -> list[str]:
    """One line per guide checked long ago, for `--self-test` (a warning: the app still works)."""
    return [
        f"guide {guide.id!r}: steps checked {guide.checked}, more than {STALE_AFTER_MONTHS} months before "
        f"{today.isoformat()}: check them against the platform's help pages"
        for guide in guides.values()
        if guide.ok and guide.checked_long_ago(today)
    ]
