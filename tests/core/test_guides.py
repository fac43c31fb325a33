"""The guides for apps (issue 18): every platform listed has a complete guide with sources and a date, the
wording rules hold, a missing translation shows English, and a guide checked long ago says so."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import textstat

from safetyapp.core.checks import check_resources
from safetyapp.core.guides import PARTS, GuideLibrary, english_guide_hash, load_platforms, stale_guide_warnings
from safetyapp.core.library import Library
from safetyapp.core.resources import resources_dir

GUIDES = resources_dir() / "guides"


def required_ids() -> list[str]:
    """The platforms that must have an English guide: every one in platforms.toml."""
    return [platform.id for platform in load_platforms(GUIDES / "platforms.toml")]


def test_the_platforms_are_the_issues_apps_in_order_and_any_other_app_last() -> None:
    ids = [platform.id for platform in load_platforms(GUIDES / "platforms.toml")]
    assert ids == [
        "snapchat", "instagram", "tiktok", "whatsapp", "discord", "roblox", "facebook", "x", "telegram",
        "youtube", "xbox", "playstation", "fortnite", "twitch", "wizz", "yubo", "other",
    ]  # fmt: skip


@pytest.mark.parametrize("guide_id", required_ids())
def test_each_guide_has_every_part_sources_and_a_date(library: Library, guide_id: str) -> None:
    guide = library.guides.guides[guide_id]
    assert guide.ok, guide.error
    assert [part for part in PARTS if guide.parts.get(part, "").strip()] == list(PARTS)
    assert guide.checked is not None and guide.checked <= dt.date.today()
    assert guide.sources and all(s.url.startswith("https://") and s.what for s in guide.sources)


def test_the_model_guides_are_there(library: Library) -> None:
    assert {"snapchat", "other"} <= {guide.id for guide in library.guides.working()}
    assert library.guides.guides["other"].help_url == ""
    assert library.guides.guides["snapchat"].help_url.startswith("https://values.snap.com/")


def test_guides_read_at_age_11_to_12(library: Library) -> None:
    grades = {g.id: textstat.flesch_kincaid_grade(g.plain_text()) for g in library.guides.working()}
    assert grades and not {k: v for k, v in grades.items() if v > 7.0}, grades


def _replace_part(path: Path, part: str, text: str) -> None:
    source = path.read_text(encoding="utf-8")
    changed = re.sub(rf'^{part} = """.*?"""', f'{part} = """\n{text}\n"""', source, count=1, flags=re.S | re.M)
    assert changed != source
    path.write_text(changed, encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda t: t, ""),  # the control: the file as shipped has no problem
        (lambda t: re.sub(r'^block = """.*?"""\n', "", t, flags=re.S | re.M), "missing field(s): block"),
        (lambda t: re.sub(r"^checked = .*\n", "", t, flags=re.M), "missing field(s): checked"),
        (lambda t: re.sub(r"^checked = .*$", 'checked = "last week"', t, flags=re.M), "'checked' must be a date"),
        (lambda t: re.sub(r"^sources = \[.*?^\]", "sources = []", t, flags=re.S | re.M), "'sources' must list"),
        (lambda t: t.replace('{ url = "https://', '{ url = "', 1), "is not an https address"),
    ],
)
def test_a_guide_missing_a_part_a_source_or_a_date_is_reported(
    resources_copy: Path, change: Callable[[str], str], problem: str
) -> None:
    path = resources_copy / "guides" / "en-GB" / "snapchat.toml"
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    problems = check_resources(resources_copy)
    if problem:
        assert any("snapchat.toml" in p and problem in p for p in problems), problems
    else:
        assert problems == []


def test_an_empty_part_is_reported(resources_copy: Path) -> None:
    _replace_part(resources_copy / "guides" / "en-GB" / "other.toml", "private", "   ")
    assert any("other.toml" in p and "'private' is empty" in p for p in check_resources(resources_copy))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("1. Take a screenshot of the chat.", "take a screenshot"),
        ("1. Save the photo they sent to your phone.", "handle an image"),
        ("1. It was your own fault, so report it.", "blames or shames"),
        ("1. Call 0800 123 4567 to report it.", "types a phone number"),
        ("1. Go to https://example.org to report it.", "types a phone number, email or address"),
    ],
)
def test_a_guide_breaking_a_wording_rule_is_reported(resources_copy: Path, text: str, problem: str) -> None:
    _replace_part(resources_copy / "guides" / "en-GB" / "snapchat.toml", "report", text)
    problems = check_resources(resources_copy)
    assert any("snapchat.toml" in p and problem in p for p in problems), problems


def test_a_missing_guide_is_a_problem(resources_copy: Path) -> None:
    (resources_copy / "guides" / "en-GB" / "other.toml").unlink()
    library = GuideLibrary.load(resources_copy / "guides", language="en-GB")
    assert "other" not in library.guides  # the others still show
    problems = library.problems()
    assert any("other.toml" in p and "missing" in p for p in problems), problems


def test_a_missing_translation_shows_english_and_a_translation_keeps_the_english_date(resources_copy: Path) -> None:
    folder = resources_copy / "guides"
    (folder / "cy" / "snapchat.toml").unlink()
    welsh = GuideLibrary.load(folder, language="cy").guides["snapchat"]
    assert welsh.fallback and welsh.language == "en-GB"
    parts = "\n".join(f'{part} = """\n1. Cam un ({part}).\n"""' for part in PARTS)
    english = GuideLibrary.load(folder, language="en-GB").guides["snapchat"]
    made_from = f'source_hash = "{english_guide_hash(english)}"'
    (folder / "cy" / "snapchat.toml").write_text(
        f'id = "snapchat"\nname = "Snapchat"\n{made_from}\n{parts}\n', encoding="utf-8"
    )
    welsh = GuideLibrary.load(folder, language="cy").guides["snapchat"]
    assert not welsh.fallback and welsh.language == "cy" and welsh.parts["block"] == "1. Cam un (block)."
    assert (welsh.checked, welsh.sources, welsh.help_url) == (english.checked, english.sources, english.help_url)
    (folder / "cy" / "snapchat.toml").write_text('id = "snapchat"\nname = "Snapchat"\n', encoding="utf-8")
    broken = GuideLibrary.load(folder, language="cy")
    assert broken.guides["snapchat"].fallback and any("missing field(s)" in p for p in broken.problems())


def test_a_guide_checked_more_than_a_year_ago_is_stale(library: Library) -> None:
    guide = library.guides.guides["snapchat"]
    assert guide.checked is not None
    assert not guide.checked_long_ago(guide.checked + dt.timedelta(days=360))
    assert guide.checked_long_ago(guide.checked + dt.timedelta(days=370))
    warnings = stale_guide_warnings(library.guides.guides, dt.date(2099, 1, 1))
    assert any(w.startswith("guide 'snapchat': steps checked") for w in warnings)
    assert stale_guide_warnings(library.guides.guides, guide.checked) == []


def test_search_finds_a_guide_by_its_name_and_its_words(library: Library) -> None:
    assert [g.id for g, *_ in library.guides.search("snapch")][:1] == ["snapchat"]
    assert "snapchat" in [g.id for g, *_ in library.guides.search("ghost mode")]
    assert library.guides.search("zzzqqq") == []
