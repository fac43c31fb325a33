"""Checks over everything the app ships: used by `--self-test` and by the tests."""

from __future__ import annotations

from pathlib import Path

from safetyapp.core.content import SOURCE_LANGUAGE, TOPICS
from safetyapp.core.guides import guide_problems
from safetyapp.core.library import Library, load_library
from safetyapp.core.readers import READERS
from safetyapp.core.resources import resources_dir
from safetyapp.core.wording import page_problems


def coverage_problems(library: Library) -> list[str]:
    """Every advice point is covered, and every reader has a page on every topic."""
    problems = []
    pages = [page for page in library.content.pages.values() if page.ok]
    covered = {point for page in pages for point in page.points}
    for point in library.points:
        if point not in covered:
            problems.append(f"advice point {point} is not covered by any page")
    for reader in READERS:
        for topic in TOPICS:
            if library.content.page_for(reader, topic) is None:
                problems.append(f"no '{topic}' page for readers '{reader}'")
    return problems


def wizard_problems(library: Library) -> list[str]:
    """Every path through the "what to do now" flow ends in a sound plan (`library.problems` says why the
    flow could not be loaded, if it could not)."""
    from safetyapp.core.wizard.checks import check_flow
    from safetyapp.core.wizard.model import FlowError

    try:
        flow = library.flow
    except FlowError:
        return []
    return [f"{flow.path}: {problem}" for problem in check_flow(flow, library.contacts, library.page_ids)]


def wording_problems(library: Library) -> list[str]:
    """The advice pages, the guides and the wizard's strings in the library's language keep the wording rules
    (`core.wording`). Pages and strings shown in English are checked with the English library; the
    English flow's strings with the whole flow (`wizard_problems`)."""
    from safetyapp.core.wizard import checks
    from safetyapp.core.wizard.loader import overlay_file
    from safetyapp.core.wizard.model import FlowError

    problems = [
        f"{page.path}: {problem}"
        for page in library.content.pages.values()
        if page.ok and page.language == library.language
        for problem in page_problems(page.plain_text(library.contacts), page.readers)
    ]
    problems += [
        problem
        for guide in library.guides.working()
        if guide.language == library.language
        for problem in guide_problems(guide)
    ]
    try:
        flow = library.flow
    except FlowError:
        return problems
    overlay = overlay_file(flow.language, library.root)
    if overlay is not None:
        problems += [f"{overlay}: {problem}" for problem in checks.wording_problems(flow)]
    return problems


def translation_warnings(root: Path | None = None) -> list[str]:
    """Each translation made from English that has changed since (shown in English until it is updated,
    and `scripts/mark_translations.py --update` records the new English): a warning, not a failure."""
    from safetyapp.core.wizard.model import FlowError

    root = root if root is not None else resources_dir()
    parents = [parent for parent in (root / "content", root / "guides") if parent.is_dir()]
    folders = {p.name for parent in parents for p in parent.iterdir() if p.is_dir()}
    overlays = {p.stem for p in (root / "wizard").glob("*.toml") if p.stem != "flow"}
    warnings = []
    for language in sorted((folders | overlays) - {SOURCE_LANGUAGE}):
        library = load_library(language, root)
        warnings += [f"{language}: page {page_id!r} is out of date" for page_id in library.content.out_of_date]
        warnings += [f"{language}: guide {guide_id!r} is out of date" for guide_id in library.guides.out_of_date]
        try:
            stale = sorted(library.flow.out_of_date)
        except FlowError:
            stale = []  # check_resources reports it
        warnings += [f"{language}: wizard string {key!r} is out of date" for key in stale]
    return warnings


def check_resources(root: Path | None = None) -> list[str]:
    """Every problem with what the app ships, in every language; [] when all is well."""
    root = root if root is not None else resources_dir()
    library = load_library(SOURCE_LANGUAGE, root)
    problems = list(library.problems) + coverage_problems(library)
    if not library.contacts:
        problems.append(f"{root / 'contacts.toml'}: no contacts loaded")
    problems += wizard_problems(library) + wording_problems(library)
    languages = {
        folder.name
        for parent in (root / "content", root / "guides")
        if parent.is_dir()
        for folder in parent.iterdir()
        if folder.is_dir() and folder.name != SOURCE_LANGUAGE
    }
    for language in sorted(languages):
        translated = load_library(language, root)
        problems += [*translated.problems, *wording_problems(translated)]
    return sorted(set(problems))
