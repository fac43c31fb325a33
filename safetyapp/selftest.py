"""`safetyapp --self-test`: load every page, guide, contact, translation and flow, check them, say what is wrong."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from safetyapp.core.checks import check_resources, translation_warnings
from safetyapp.core.resources import translations_dir


def _check_ui(language: str | None) -> list[str]:
    """Build the real window offscreen in a throw-away folder and open every section."""
    from safetyapp.core.paths import resolve_paths
    from safetyapp.ui.app.application import build_window, create_application
    from safetyapp.ui.app.main_window import SECTIONS

    problems: list[str] = []
    app = create_application()
    with tempfile.TemporaryDirectory(prefix="safetyapp-selftest-") as folder:
        paths = resolve_paths(data_dir=Path(folder))
        paths.create()
        window = build_window(app, paths, language)
        for section in SECTIONS:
            try:
                window.show_section(section)
            except Exception as error:  # report, keep checking the rest
                problems.append(f"section {section!r} failed to open: {error.__class__.__name__}: {error}")
        window.close()
        window.deleteLater()
        app.processEvents()
    return problems


def _check_translations() -> list[str]:
    """Every shipped language is described, and has a compiled translation that Qt can load."""
    from PySide6.QtCore import QTranslator

    from safetyapp.core.languages import load_languages
    from safetyapp.core.resources import SOURCE_LANGUAGE, resources_dir

    languages, problems = load_languages(resources_dir() / "languages.toml")
    folder = translations_dir()
    for language in languages.values():
        if language.code == SOURCE_LANGUAGE:
            continue
        compiled = folder / f"safetyapp_{language.qt}.qm"
        if not compiled.is_file():
            problems.append(f"{compiled}: missing")
        elif not QTranslator().load(str(compiled)):
            problems.append(f"{compiled}: cannot be loaded")
        if language.font:
            for weight in ("Regular", "Bold"):
                font = resources_dir() / "fonts" / f"{language.font}-{weight}.ttf"
                if not font.is_file():
                    problems.append(f"{font}: missing")
    return problems


def _stale_contact_warnings(today: dt.date) -> list[str]:
    """Contacts whose details were checked more than a year before `today`: a warning, not a failure."""
    from safetyapp.core.contacts import load_contacts, stale_warnings
    from safetyapp.core.errors import DataFileError
    from safetyapp.core.resources import resources_dir

    try:
        contacts = load_contacts(resources_dir() / "contacts.toml")
    except DataFileError:
        return []  # check_resources reports it
    return stale_warnings(contacts, today)


def _stale_guide_warnings(today: dt.date) -> list[str]:
    """Guides whose steps were checked more than a year before `today`: a warning, not a failure."""
    from safetyapp.core.guides import GuideLibrary, stale_guide_warnings
    from safetyapp.core.resources import SOURCE_LANGUAGE, resources_dir

    guides = GuideLibrary.load(resources_dir() / "guides", language=SOURCE_LANGUAGE)
    return stale_guide_warnings(guides.guides, today)


def _content_in_use(portable: bool, data_dir: Path | None, policy_folder: Path) -> tuple[str, Path | None, list[str]]:
    """Which content this user's app reads (built in, or an installed pack, checked again in full)."""
    from safetyapp import __version__
    from safetyapp.core.content_install import content_root, read_installed, trusted_keys, verify_installed
    from safetyapp.core.paths import resolve_paths

    data = resolve_paths(portable=portable, data_dir=data_dir).data
    installed = read_installed(data)
    if not installed.in_use:
        return "Content: built into the app", None, []
    root = content_root(data, __version__)
    if root is None:
        return f"Content: built into the app (pack {installed.version} does not fit this app version)", None, []
    problems = verify_installed(data, trusted_keys(policy_folder))
    return f"Content: pack {installed.version}, made {installed.made} ({data})", root, problems


def run_self_test(
    language: str | None = None,
    *,
    portable: bool = False,
    data_dir: Path | None = None,
    today: dt.date | None = None,
) -> int:
    """Check the installation; `today` is the computer's date unless a test passes another."""
    from safetyapp.core.paths import PORTABLE_MARKER
    from safetyapp.core.policy import load_policy, policy_file
    from safetyapp.core.resources import program_dir

    portable = portable or (program_dir() / PORTABLE_MARKER).is_file()
    where = policy_file(portable=portable)
    policy = load_policy(where)
    content_line, content, content_problems = _content_in_use(portable, data_dir, where.parent)
    problems = check_resources() + _check_translations() + [f"policy: {problem}" for problem in policy.problems]
    problems += content_problems
    if not problems:
        problems += _check_ui(language)
    today = today or dt.date.today()
    for warnings, what in ((_stale_contact_warnings(today), "contact(s)"), (_stale_guide_warnings(today), "guide(s)")):
        if warnings:
            print(f"Self-test warning: {len(warnings)} {what} checked more than a year ago:", file=sys.stderr)
            for warning in warnings:
                print(f"  - {warning}", file=sys.stderr)
    stale = translation_warnings(content)  # of the content in use: built in, or an installed update
    if stale:
        print(
            f"Self-test warning: {len(stale)} translation(s) out of date, shown in English until updated:",
            file=sys.stderr,
        )
        for warning in stale:
            print(f"  - {warning}", file=sys.stderr)
    if problems:
        print(f"Self-test found {len(problems)} problem(s):", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print("Self-test passed: every page, guide, contact, translation and section loaded.")
    print(content_line)
    print(_keyring_line(portable))
    print(f"Policy: {where}" + ("" if where.is_file() else " (none)"))
    return 0


def _keyring_line(portable: bool) -> str:
    """Which keyring My notes would use, for IT staff checking an install. Not a failure if there is none:
    My notes then works with the passphrase alone. Portable: none, and the keyring is not even asked."""
    from safetyapp.vault.keyring_access import KeyringAccess, NoKeyring

    status = (NoKeyring() if portable else KeyringAccess()).status()
    if status.usable:
        return f"Keyring: {status.backend} (usable)"
    return f"Keyring: not used ({status.reason}, backend {status.backend}); My notes will ask for the passphrase."
