"""Everything the app reads at start: contacts, advice points and pages, for one language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from safetyapp.core.contacts import Contact, load_contacts
from safetyapp.core.content import ContentLibrary, load_points
from safetyapp.core.errors import DataFileError
from safetyapp.core.resources import resources_dir


@dataclass(frozen=True)
class Library:
    contacts: dict[str, Contact]
    points: dict[str, str]
    content: ContentLibrary
    problems: tuple[str, ...]
    """What could not be loaded; the app starts with the rest and says so."""


def load_library(language: str, root: Path | None = None) -> Library:
    root = root if root is not None else resources_dir()
    problems: list[str] = []
    try:
        contacts = load_contacts(root / "contacts.toml")
    except DataFileError as error:
        contacts, problems = {}, [str(error)]
    try:
        points = load_points(root / "content" / "points.toml")
    except DataFileError as error:
        points = {}
        problems.append(str(error))
    content = ContentLibrary.load(root / "content", language=language, contacts=contacts, points=points)
    problems.extend(content.problems())
    return Library(contacts=contacts, points=points, content=content, problems=tuple(problems))
