"""Checks over everything the app ships: used by `--self-test` and by the tests."""

from __future__ import annotations

from pathlib import Path

from safetyapp.core.audience import AUDIENCES
from safetyapp.core.content import SOURCE_LANGUAGE, TOPICS
from safetyapp.core.library import Library, load_library
from safetyapp.core.resources import resources_dir


def coverage_problems(library: Library) -> list[str]:
    """Every advice point is covered, and every reader has a page on every topic."""
    problems = []
    pages = [page for page in library.content.pages.values() if page.ok]
    covered = {point for page in pages for point in page.points}
    for point in library.points:
        if point not in covered:
            problems.append(f"advice point {point} is not covered by any page")
    for audience in AUDIENCES:
        for topic in TOPICS:
            if library.content.page_for(audience, topic) is None:
                problems.append(f"no '{topic}' page for readers '{audience}'")
    return problems


def wizard_problems(library: Library, root: Path) -> list[str]:
    """The "what to do now" flow loads, and every path through it ends in a sound plan."""
    from safetyapp.core.wizard.checks import check_flow
    from safetyapp.core.wizard.loader import flow_file, load_flow
    from safetyapp.core.wizard.model import FlowError

    contacts = set(library.contacts)
    pages = {page_id for page_id, page in library.content.pages.items() if page.ok}
    try:
        flow = load_flow(flow_file(root), contact_ids=contacts, page_ids=pages)
    except FlowError as error:
        return [str(error)]
    return [f"{flow.path}: {problem}" for problem in check_flow(flow, contacts, pages)]


def check_resources(root: Path | None = None) -> list[str]:
    root = root if root is not None else resources_dir()
    library = load_library(SOURCE_LANGUAGE, root)
    problems = list(library.problems) + coverage_problems(library)
    if not library.contacts:
        problems.append(f"{root / 'contacts.toml'}: no contacts loaded")
    problems += wizard_problems(library, root)
    for folder in sorted((root / "content").iterdir()) if (root / "content").is_dir() else []:
        if folder.is_dir() and folder.name != SOURCE_LANGUAGE:
            problems += list(load_library(folder.name, root).problems)
    return sorted(set(problems))
