"""Translations never go stale silently: each records a hash of the English it was made from. When the English
changes, that part is shown in English with the usual note, and --self-test lists it, until a translator
updates it and scripts/mark_translations.py --update records the new English."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from safetyapp.core.checks import translation_warnings
from safetyapp.core.library import Library
from tests.helpers.advice import LANGUAGES, RESOURCES, flow_for

ROOT = RESOURCES.parent
SCRIPT = ROOT / "scripts" / "mark_translations.py"
TRANSLATIONS = [language for language in LANGUAGES if language != "en-GB"]


def mark(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--root", str(root), *args], capture_output=True, text=True, timeout=120
    )


def change_english(root: Path, page_id: str, old: str, new: str) -> None:
    page = root / "content" / "en-GB" / f"{page_id}.md"
    text = page.read_text(encoding="utf-8")
    assert old in text
    page.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_shipped_translation_records_the_english_it_matches(language: str) -> None:
    library = Library(language, RESOURCES)
    assert library.content.out_of_date == []
    translated = [page for page in library.content.pages.values() if page.language == language]
    assert len(translated) == 32 and all(page.source_hash for page in translated)
    flow = flow_for(language)
    assert flow.out_of_date == frozenset() and len(flow.translated) > 300


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_shipped_guide_translation_records_the_english_it_matches(language: str) -> None:
    guides = Library(language, RESOURCES).guides
    assert guides.out_of_date == []
    assert len(guides.guides) == 17 and all(guide.language == language for guide in guides.guides.values())


def test_the_shipped_resources_have_nothing_out_of_date() -> None:
    assert translation_warnings(RESOURCES) == []
    result = mark(RESOURCES)
    assert result.returncode == 0, result.stdout


def test_a_changed_english_page_shows_in_english_with_the_note_until_the_translation_is_updated(
    resources_copy: Path,
) -> None:
    change_english(resources_copy, "staff-reporting", "## ", "## Reporting: ")
    for language in TRANSLATIONS:
        page = Library(language, resources_copy).content.pages["staff-reporting"]
        assert page.language == "en-GB" and page.fallback  # the advice page shows "not translated yet"
        assert "## Reporting: " in page.body
        assert Library(language, resources_copy).content.out_of_date == ["staff-reporting"]
    assert "cy: page 'staff-reporting' is out of date" in translation_warnings(resources_copy)
    listed = mark(resources_copy)
    assert listed.returncode == 1 and "pl: page 'staff-reporting'" in listed.stdout
    # The translator updates the Welsh page and marks it; Polish and Urdu stay out of date.
    assert mark(resources_copy, "--update", "--language", "cy", "staff-reporting").returncode == 0
    assert Library("cy", resources_copy).content.pages["staff-reporting"].language == "cy"
    assert Library("pl", resources_copy).content.pages["staff-reporting"].fallback
    assert [w for w in translation_warnings(resources_copy) if w.startswith("cy:")] == []


def test_a_changed_wizard_string_shows_in_english_with_the_note(resources_copy: Path) -> None:
    flow_path = resources_copy / "wizard" / "flow.toml"
    old = "Tell your child protection coordinator now"
    flow_path.write_text(flow_path.read_text(encoding="utf-8").replace(old, f"{old}, today"), encoding="utf-8")
    flow = flow_for("pl", resources_copy)
    key = "step.staff-tell-coordinator.action"
    assert flow.out_of_date == {key}
    assert flow.strings[key] == f"{old}, today" and key not in flow.translated
    # Fewer translated strings than strings: the wizard page shows its "not translated yet" note.
    assert len(flow.translated) < len(flow.strings)
    assert flow.strings["step.staff-tell-coordinator.why"].startswith("W Szkocji")  # the rest stays translated
    assert f"ur: wizard string {key!r} is out of date" in translation_warnings(resources_copy)
    assert mark(resources_copy, "--update", key).returncode == 0
    assert flow_for("pl", resources_copy).out_of_date == frozenset()


def test_a_translation_without_a_recorded_hash_is_out_of_date(resources_copy: Path) -> None:
    page = resources_copy / "content" / "ur" / "adult-what-it-is.md"
    lines = [line for line in page.read_text(encoding="utf-8").split("\n") if not line.startswith("source_hash")]
    page.write_text("\n".join(lines), encoding="utf-8")
    assert Library("ur", resources_copy).content.out_of_date == ["adult-what-it-is"]


def test_the_self_test_lists_what_is_out_of_date(tmp_path: Path) -> None:
    """Runs the real program against a copy of the checkout whose English has changed."""
    copy = tmp_path / "checkout"
    shutil.copytree(ROOT / "safetyapp", copy / "safetyapp", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources", copy / "resources")
    shutil.copytree(ROOT / "i18n", copy / "i18n")
    change_english(copy / "resources", "adult-reporting", "## ", "## Reporting: ")
    result = subprocess.run(
        [sys.executable, "-m", "safetyapp", "--self-test"],
        capture_output=True,
        text=True,
        timeout=180,
        env=dict(os.environ, PYTHONPATH=str(copy), QT_QPA_PLATFORM="offscreen"),
        cwd=copy,
    )
    assert result.returncode == 0, result.stderr  # a warning, not a failure: English is shown meanwhile
    assert "3 translation(s) out of date" in result.stderr
    for language in TRANSLATIONS:
        assert f"{language}: page 'adult-reporting' is out of date" in result.stderr


def test_a_changed_english_guide_shows_in_english_with_the_note_until_the_translation_is_updated(
    resources_copy: Path,
) -> None:
    guide = resources_copy / "guides" / "en-GB" / "discord.toml"
    text = guide.read_text(encoding="utf-8")
    old = '\nblock = """\n'
    assert old in text
    guide.write_text(text.replace(old, f"{old}Keep the words first.\n\n", 1), encoding="utf-8")
    for language in TRANSLATIONS:
        guides = Library(language, resources_copy).guides
        shown = guides.guides["discord"]
        assert shown.language == "en-GB" and shown.fallback  # the guide view shows "not translated yet"
        assert shown.parts["block"].startswith("Keep the words first.")
        assert guides.out_of_date == ["discord"] and guides.guides["snapchat"].language == language
    assert "ur: guide 'discord' is out of date" in translation_warnings(resources_copy)
    listed = mark(resources_copy)
    assert listed.returncode == 1 and "cy: guide 'discord'" in listed.stdout
    assert mark(resources_copy, "--update", "--language", "pl", "discord").returncode == 0
    assert Library("pl", resources_copy).guides.guides["discord"].language == "pl"
    assert Library("cy", resources_copy).guides.out_of_date == ["discord"]


def test_a_guide_translation_without_a_recorded_hash_is_out_of_date(resources_copy: Path) -> None:
    guide = resources_copy / "guides" / "cy" / "roblox.toml"
    lines = [line for line in guide.read_text(encoding="utf-8").split("\n") if not line.startswith("source_hash")]
    guide.write_text("\n".join(lines), encoding="utf-8")
    assert Library("cy", resources_copy).guides.out_of_date == ["roblox"]
    assert mark(resources_copy, "--update", "roblox").returncode == 0
    assert Library("cy", resources_copy).guides.guides["roblox"].language == "cy"
