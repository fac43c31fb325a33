"""Plain words: inside this app, "the app" alone reads as this app. When the words mean Snapchat,
Instagram or another platform, they say which: "the app they used", "the app, game or site where it
happened". Checked in English and, for the sentences that were ambiguous, in Welsh, Polish and Urdu."""

from __future__ import annotations

import html
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"

THE_APP = re.compile(r"\bthe app('s)?\b", re.IGNORECASE)
PLATFORM_SAID = re.compile(
    r"^(?:(?:,| or)\s+(?:a\s+)?(?:game|site|website)\b"  # the app, game or site / the app or website
    r"|\s+(?:they|you|your child|where|it happened)\b)"  # the app they used / you use / where it happened
)
THIS_APP = (
    "the rest of the app",
    "close the app",
    "closes the app",
    "you close the app",
    "parts of the app",
    "the app's normal settings",
    "the app's own folder",
    "the app works",
)
"""How the app's own words name itself (in its menus and messages, never about a platform)."""


def ambiguous(text: str, this_app_too: bool = False) -> list[str]:
    found = []
    for match in THE_APP.finditer(text):
        after = text[match.end() :]
        around = text[max(0, match.start() - 20) : match.end() + 20].lower()
        if match.group(1) is None and PLATFORM_SAID.match(after):
            continue
        if this_app_too and any(phrase in around for phrase in THIS_APP):
            continue
        found.append(text[max(0, match.start() - 40) : match.end() + 40])
    return found


def strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def test_no_english_advice_or_plan_says_the_app_for_a_platform() -> None:
    found = []
    for page in sorted((RESOURCES / "content" / "en-GB").glob("*.md")):
        found += [f"{page.name}: {s}" for s in ambiguous(page.read_text(encoding="utf-8").split("+++", 2)[2])]
    flow = tomllib.loads((RESOURCES / "wizard" / "flow.toml").read_text(encoding="utf-8"))
    found += [f"flow.toml: {s}" for text in strings(flow) for s in ambiguous(text)]
    contacts = tomllib.loads((RESOURCES / "contacts.toml").read_text(encoding="utf-8"))
    shown = [v for entry in contacts.values() if isinstance(entry, dict) for k, v in entry.items() if k != "source"]
    found += [f"contacts.toml: {s}" for text in strings(shown) for s in ambiguous(text)]
    assert found == []


def test_the_apps_own_words_say_the_app_only_for_itself() -> None:
    text = (ROOT / "i18n" / "safetyapp_cy.ts").read_text(encoding="utf-8")
    sources = [html.unescape(s) for s in re.findall(r"<source>(.*?)</source>", text, re.S)]
    assert [s for source in sources for s in ambiguous(source, this_app_too=True)] == []


GONE = {
    "cy": [
        "helpu'r ap a'r heddlu",
        "helpu'r heddlu a'r ap i",
        "Gall yr ap ddod",
        "helpu'r ap i'w hatal",
        "gosodiadau'r ap.",
        "preifatrwydd yr ap.",
        "restr wirio diogelwch yr ap",
        "yr ap, eich ysgol",
    ],
    "pl": [
        "pomoże aplikacji i policji",
        "pomagają policji i aplikacji znaleźć",
        "Aplikacja może dzięki",
        "pomaga aplikacji powstrzymać",
        "ustaw w aplikacji",
        "prywatności aplikacji.",
        "w aplikacji, jeśli ją ma",
        "aplikacja, twoja szkoła",
    ],
    "ur": [
        "اس سے ایپ اور پولیس",
        "پولیس اور ایپ کو",
        "ایپ اس کے ذریعے",
        "رپورٹ کرنے سے ایپ کو",
        "تو ایپ کی",
        "اگر ایپ میں",
        "پولیس، ایپ، آپ کا",
    ],
}
"""The translations of the sentences that said "the app" for a platform, as they read before."""


@pytest.mark.parametrize("language", sorted(GONE))
def test_the_translations_say_which_app_too(language: str) -> None:
    texts = [(RESOURCES / "wizard" / f"{language}.toml").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((RESOURCES / "content" / language).glob("*.md"))]
    texts.append((ROOT / "i18n" / f"safetyapp_{language}.ts").read_text(encoding="utf-8"))
    assert [phrase for phrase in GONE[language] if any(phrase in text for text in texts)] == []
