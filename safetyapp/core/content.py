"""The advice library: Markdown pages with a TOML header, per language, with English fallback."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from safetyapp.core.contacts import Contact
from safetyapp.core.errors import DataFileError, toml_error_line
from safetyapp.core.readers import READERS, Reader, is_reader
from safetyapp.core.resources import SOURCE_LANGUAGE
from safetyapp.core.translation_hashes import page_source_hash

TOPICS = (
    "what-to-do-now",
    "what-it-is",
    "warning-signs",
    "getting-images-removed",
    "reporting",
    "scam-emails",
    "staying-safer",
    "looking-after",
)
_FIELDS = {"id", "title", "summary", "audiences", "topic", "points", "reviewed", "sources"}
_OPTIONAL = {"source_hash"}
"""`source_hash`: on a translated page, the hash of the English it was made from (core.translation_hashes)."""
CONTACT_REF = re.compile(r"\{\{contact:([a-z0-9-]+)\}\}")
PAGE_LINK = re.compile(r"\]\(page:([a-z0-9-]+)\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_PHONE_LIKE = re.compile(r"\b0\d{2,4} ?\d{3} ?\d{3,4}\b")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Page:
    id: str
    path: Path
    title: str = ""
    summary: str = ""
    readers: tuple[Reader, ...] = ()
    """Who the page is for (`audiences` in its header)."""
    topic: str = ""
    points: tuple[str, ...] = ()
    reviewed: dt.date | None = None
    sources: tuple[str, ...] = ()
    body: str = ""
    language: str = SOURCE_LANGUAGE
    fallback: bool = False
    """True when the reader's language has no up-to-date version of this page and English is shown."""
    source_hash: str = ""
    """On a translation: the hash of the English it was made from; empty on an English page."""
    error: DataFileError | None = None
    """Set when the file could not be used; the rest of the library still works."""

    @property
    def ok(self) -> bool:
        return self.error is None

    def markdown(self, render_contact: Callable[[Contact, bool], str], contacts: dict[str, Contact]) -> str:
        """The body with each {{contact:ID}} replaced; `render_contact(contact, on_own_line)`."""
        lines = []
        for line in self.body.splitlines():
            own = CONTACT_REF.fullmatch(line.strip())
            if own:
                lines.append(render_contact(contacts[own.group(1)], True))
            else:
                lines.append(CONTACT_REF.sub(lambda m: render_contact(contacts[m.group(1)], False), line))
        return "\n".join(lines)

    def paragraphs(self, contacts: dict[str, Contact]) -> list[tuple[bool, str]]:
        """The body as clean paragraphs, each `(is_heading, text)`: a heading, a list item and each run of
        lines between blank lines is one paragraph; no Markdown marks; contacts by name."""
        found: list[tuple[bool, str]] = []
        current: list[str] = []

        def close() -> None:
            if current:
                found.append((False, " ".join(current)))
                current.clear()

        for raw in self.body.splitlines():
            line = CONTACT_REF.sub(lambda m: contacts[m.group(1)].name if m.group(1) in contacts else "", raw)
            line = _MD_LINK.sub(r"\1", line).strip()
            line = re.sub(r"^(>\s*)+", "", line)
            heading = line.startswith("#")
            item = re.match(r"^([-*+]|\d+\.)\s+", line) is not None
            line = re.sub(r"^(#+|[-*+]|\d+\.)\s+", "", line)
            line = re.sub(r"(\*\*|__|(?<!\w)[*_]|[*_](?!\w)|`)", "", line).strip()
            if heading or item or not line:
                close()
            if heading:
                found.append((True, line))
            elif line:
                current.append(line)
        close()
        return found

    def plain_text(self, contacts: dict[str, Contact]) -> str:
        """The body as plain sentences: Markdown marks gone, contacts by name (for search, reading level)."""
        text = CONTACT_REF.sub(lambda m: contacts[m.group(1)].name if m.group(1) in contacts else "", self.body)
        return plain_markdown(_MD_LINK.sub(r"\1", text))


def plain_markdown(text: str) -> str:
    """Markdown as plain sentences: heading, list and bold marks gone (for search and reading level)."""
    out = []
    for line in text.splitlines():
        line = re.sub(r"^\s*(#+|[-*+]|\d+\.)\s+", "", line)
        out.append(line.replace("**", "").replace("__", ""))
    return "\n".join(out)


def _split(text: str, path: Path) -> tuple[str, str, int]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != "+++":
        raise DataFileError(path, "must start with a +++ header line", 1)
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() == "+++":
            # The body keeps its leading blank lines here, so line numbers in errors stay exact.
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 1
    raise DataFileError(path, "the +++ header is never closed", 1)


def _header_line(header: str, name: str) -> int:
    for number, line in enumerate(header.splitlines(), start=2):
        if line.split("=", 1)[0].strip() == name:
            return number
    return 1


def parse_page(
    path: Path,
    *,
    contacts: dict[str, Contact],
    points: Iterable[str],
    language: str = SOURCE_LANGUAGE,
) -> Page:
    """Read one page and check it; any fault raises DataFileError naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(path, f"cannot be read ({error.__class__.__name__})") from error
    header, body, body_start = _split(text, path)
    try:
        meta = tomllib.loads(header)
    except tomllib.TOMLDecodeError as error:
        line = toml_error_line(str(error))
        raise DataFileError(path, f"header is not valid TOML: {error}", line and line + 1) from error

    def fail(problem: str, name: str | None = None) -> DataFileError:
        return DataFileError(path, problem, _header_line(header, name) if name else 1)

    if unknown := set(meta) - _FIELDS - _OPTIONAL:
        raise fail(f"unknown header field(s): {', '.join(sorted(unknown))}", sorted(unknown)[0])
    if missing := _FIELDS - set(meta):
        raise fail(f"missing header field(s): {', '.join(sorted(missing))}")
    for name in ("id", "title", "summary", "topic"):
        if not isinstance(meta[name], str) or not meta[name].strip():
            raise fail(f"'{name}' must be non-empty text", name)
    if meta["id"] != path.stem:
        raise fail(f"id {meta['id']!r} does not match the file name {path.name!r}", "id")
    if meta["topic"] not in TOPICS:
        raise fail(f"unknown topic {meta['topic']!r}", "topic")
    readers, page_points, sources = meta["audiences"], meta["points"], meta["sources"]
    if not isinstance(readers, list) or not readers or not all(is_reader(r) for r in readers):
        raise fail(f"'audiences' must list some of {', '.join(READERS)}", "audiences")
    known = set(points)
    if not isinstance(page_points, list) or not page_points:
        raise fail("'points' must list the points the page covers", "points")
    if unknown_points := [p for p in page_points if p not in known]:
        raise fail(f"unknown point(s): {', '.join(map(str, unknown_points))}", "points")
    if not isinstance(sources, list) or not sources or not all(isinstance(s, str) for s in sources):
        raise fail("'sources' must list where the facts come from", "sources")
    if not isinstance(meta["reviewed"], dt.date) or isinstance(meta["reviewed"], dt.datetime):
        raise fail("'reviewed' must be a date like 2026-11-28", "reviewed")
    if not isinstance(meta.get("source_hash", ""), str):
        raise fail("'source_hash' must be text (scripts/mark_translations.py writes it)", "source_hash")
    _check_body(body, path, body_start, contacts)
    body = body.strip() + "\n"
    return Page(
        id=meta["id"],
        path=path,
        title=meta["title"].strip(),
        summary=meta["summary"].strip(),
        readers=tuple(r for r in readers if is_reader(r)),
        topic=meta["topic"],
        points=tuple(page_points),
        reviewed=meta["reviewed"],
        sources=tuple(sources),
        body=body,
        language=language,
        source_hash=meta.get("source_hash", ""),
    )


def _check_body(body: str, path: Path, first_line: int, contacts: dict[str, Contact]) -> None:
    numbers = {
        re.sub(r"\D", "", value) for contact in contacts.values() for value in (contact.phone, contact.text) if value
    }
    for offset, line in enumerate(body.splitlines()):
        number = first_line + offset + 1

        def fail(problem: str, line_number: int = number) -> DataFileError:
            return DataFileError(path, problem, line_number)

        for ref in CONTACT_REF.findall(line):
            if ref not in contacts:
                raise fail(f"unknown contact {ref!r}")
        bare = CONTACT_REF.sub("", line)
        if "![" in bare or re.search(r"<[a-zA-Z/!]", bare):
            raise fail("pages hold no images or HTML")
        if "@" in bare or "http" in bare.lower() or "www." in bare.lower():
            raise fail("addresses come from contacts.toml: use {{contact:ID}}")
        digits_runs = re.findall(r"\d[\d ]*\d|\d", bare)
        if _PHONE_LIKE.search(bare) or any(re.sub(r"\D", "", run) in numbers for run in digits_runs):
            raise fail("phone numbers come from contacts.toml: use {{contact:ID}}")


@dataclass(frozen=True)
class SearchResult:
    page: Page
    score: float
    snippet: str
    """Clean text from one paragraph of the page, around the first word found."""
    terms: tuple[str, ...]


@dataclass
class ContentLibrary:
    """Every page for one language, falling back to English page by page."""

    language: str
    pages: dict[str, Page] = field(default_factory=dict)
    contacts: dict[str, Contact] = field(default_factory=dict)
    out_of_date: list[str] = field(default_factory=list)
    """Translated pages made from English that has changed since: English is shown in their place."""

    @classmethod
    def load(
        cls,
        content_dir: Path,
        *,
        language: str,
        contacts: dict[str, Contact],
        points: Iterable[str],
    ) -> ContentLibrary:
        points = set(points)
        library = cls(language=language, contacts=contacts)
        english = _load_folder(content_dir / SOURCE_LANGUAGE, SOURCE_LANGUAGE, contacts, points)
        library.pages = dict(english)
        if language != SOURCE_LANGUAGE and (content_dir / language).is_dir():
            for page_id, page in _load_folder(content_dir / language, language, contacts, points).items():
                source = english.get(page_id)
                if page.ok and source is not None and source.ok and page.source_hash != english_hash(source):
                    library.out_of_date.append(page_id)
                elif page.ok or page_id not in english:
                    library.pages[page_id] = page
        if language != SOURCE_LANGUAGE:
            for page_id, page in library.pages.items():
                if page.language == SOURCE_LANGUAGE and page.ok:
                    library.pages[page_id] = _replace(page, fallback=True)
        return library

    def problems(self) -> list[str]:
        """Every broken page and broken link, as 'file:line: problem'."""
        found = [str(page.error) for page in self.pages.values() if page.error]
        for page in self.pages.values():
            for number, line in enumerate(page.body.splitlines(), start=1):
                for target in PAGE_LINK.findall(line):
                    if target not in self.pages:
                        found.append(f"{page.path}: links to unknown page {target!r} (body line {number})")
        return found

    def for_reader(self, reader: Reader | None) -> list[Page]:
        """Working pages, the reader's own first, each group in topic order."""
        order = {topic: n for n, topic in enumerate(TOPICS)}
        pages = [p for p in self.pages.values() if p.ok]

        def key(page: Page) -> tuple[int, int, str]:
            mine = 0 if reader is None or reader in page.readers else 1
            return (mine, order.get(page.topic, 99), page.title.casefold())

        return sorted(pages, key=key)

    def page_for(self, reader: Reader, topic: str) -> Page | None:
        for page in self.pages.values():
            if page.ok and page.topic == topic and reader in page.readers:
                return page
        return None

    def search(self, query: str, reader: Reader | None = None, limit: int = 20) -> list[SearchResult]:
        """The reader's own pages first, then the others; each group ranked by where the words appear:
        title first, then summary, then text.

        The last word counts as a prefix, so results follow the user's typing.
        """
        words = query_words(query)
        if not words:
            return []
        results = []
        for page in self.pages.values():
            if not page.ok:
                continue
            plain = page.plain_text(self.contacts)
            score, matched = match_score(words, ((page.title, 10.0), (page.summary, 4.0), (plain, 1.0)))
            if score:
                results.append(SearchResult(page, score, snippet(page.paragraphs(self.contacts), matched), matched))
        results.sort(key=lambda r: (0 if reader is None or reader in r.page.readers else 1, -r.score, r.page.title))
        return results[:limit]


def query_words(query: str) -> list[str]:
    """The words of a search, folded, without one-letter words."""
    words = [w.casefold() for w in _WORD.findall(query)]
    return [w for w in words if len(w) >= 2 or w.isdigit()]


def match_score(words: list[str], fields: Iterable[tuple[str, float]]) -> tuple[float, tuple[str, ...]]:
    """How well texts match every word (each text with its weight; the last word counts as a prefix, so
    results follow the user's typing), and the words matched; 0 unless every word is found."""
    fields = tuple(fields)
    score = 0.0
    matched: list[str] = []
    for index, word in enumerate(words):
        prefix = index == len(words) - 1
        pattern = re.compile(rf"\b{re.escape(word)}" + ("" if prefix else r"\b"), re.IGNORECASE)
        hits = sum(weight * min(len(pattern.findall(text)), 5) for text, weight in fields)
        if not hits:
            return 0.0, ()
        score += hits
        matched.append(word)
    return score, tuple(matched)


def english_hash(page: Page) -> str:
    """The hash a translation of this English page records (`source_hash`)."""
    return page_source_hash(page.title, page.summary, page.body)


def snippet(paragraphs: list[tuple[bool, str]], words: Iterable[str], width: int = 160) -> str:
    """Part of the first paragraph that has one of the words, else of the paragraph under the first
    heading that has them, else of the first paragraph; never a heading run into the text after it."""
    patterns = [re.compile(rf"\b{re.escape(w)}", re.IGNORECASE) for w in words]

    def first_hit(text: str) -> int | None:
        hits = [m.start() for p in patterns if (m := p.search(text))]
        return min(hits) if hits else None

    text, at = "", 0
    for heading, paragraph in paragraphs:
        if not heading and (hit := first_hit(paragraph)) is not None:
            text, at = paragraph, hit
            break
    else:
        for index, (heading, paragraph) in enumerate(paragraphs):
            if heading and first_hit(paragraph) is not None:
                text = next((p for h, p in paragraphs[index + 1 :] if not h), "")
                if text:
                    break
    if not text:
        text = next((p for h, p in paragraphs if not h), "")
    if len(text) <= width:
        return text
    start = max(0, at - 40)
    if start:
        start = text.rfind(" ", 0, start) + 1  # from the start of a word
    end = start + width
    if end < len(text):
        end = max(text.rfind(" ", start, end), start + width // 2)  # to the end of a word
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def _replace(page: Page, **changes: object) -> Page:
    import dataclasses

    return dataclasses.replace(page, **changes)  # type: ignore[arg-type]


def _load_folder(folder: Path, language: str, contacts: dict[str, Contact], points: set[str]) -> dict[str, Page]:
    pages: dict[str, Page] = {}
    for path in sorted(folder.glob("*.md")):
        try:
            pages[path.stem] = parse_page(path, contacts=contacts, points=points, language=language)
        except DataFileError as error:
            pages[path.stem] = Page(id=path.stem, path=path, title=path.stem, language=language, error=error)
    return pages


def load_points(path: Path) -> dict[str, str]:
    """The advice point IDs and their one-line summaries (resources/content/points.toml)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise DataFileError(path, f"cannot be read: {error}") from error
    points = {}
    for point_id, entry in data.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("summary", ""), str):
            raise DataFileError(path, f"[{point_id}] must be a table with a 'summary' text")
        points[point_id] = entry.get("summary", "")
    return points
