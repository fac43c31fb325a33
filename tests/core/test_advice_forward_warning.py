"""Forwarding a scam email is good advice, unless it carries a picture or video: forwarding a nude of
anyone under 18 is sharing an indecent image, even to report it. So wherever the app says to forward
one (a page, a wizard step, the scam services' own cards), it says right beside it, in every language,
never to forward one with a picture or video in it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from safetyapp.core.library import Library
from safetyapp.core.readers import READERS
from safetyapp.core.wizard.loader import flow_file
from safetyapp.core.wizard.model import Flow
from tests.helpers.advice import LANGUAGES, RESOURCES, flow_for

FORWARD_CONTACTS = ("report-phishing", "report-scam-text")
# A sentence that says not to forward (first pattern; Welsh mutates anfon to hanfon) and names a picture
# or video (second), by language.
NEVER_FORWARD = {
    "en-GB": (r"\b(never|do not|don't|nobody should)\b.*\bforward\b", r"\b(pictures?|videos?|images?|photos?)\b"),
    "cy": (r"\b(paid|peidiwch|ddylai neb)\b.*\b[hn]?anfon\b.*\bymlaen\b", r"\b(llun|luniau|fideo)\b"),
    "pl": (r"\b(nie|nikt nie)\b.*\bprzesył", r"(zdjęci|nagrani)"),
    "ur": (r"(فارورڈ|آگے) نہ", r"(تصویر|ویڈیو)"),
}
_SENTENCE_END = re.compile(r"[.!?\u06d4]+\s*|\n")


def warns_against_forwarding(text: str, language: str) -> bool:
    """True when one sentence of `text` says never to forward a message that has a picture or video in it."""
    negated, image = (re.compile(p, re.IGNORECASE) for p in NEVER_FORWARD[language])
    return any(negated.search(s) and image.search(s) for s in _SENTENCE_END.split(text.replace("**", "")))


def pages_missing_the_warning(library: Library) -> list[str]:
    """Each forward instruction ({{contact:report-phishing}} or report-scam-text) with no warning in its own
    paragraph, the one before or the one after."""
    missing = []
    for page in library.content.pages.values():
        blocks = [b for b in re.split(r"\n\s*\n", page.body) if b.strip()]
        for index, block in enumerate(blocks):
            for contact in FORWARD_CONTACTS:
                if f"{{{{contact:{contact}}}}}" not in block:
                    continue
                beside = "\n".join(blocks[max(0, index - 1) : index + 2])
                if not warns_against_forwarding(beside, library.language):
                    missing.append(f"{page.language}/{page.id}: {contact}")
    return missing


def steps_missing_the_warning(flow: Flow) -> list[str]:
    missing = []
    for step in flow.steps:
        for reader in READERS:
            contacts, key = step.contacts.get(reader), step.how.get(reader)
            if contacts is None or not set(contacts) & set(FORWARD_CONTACTS):
                continue
            assert key is not None
            if not warns_against_forwarding(flow.strings[key], flow.language):
                missing.append(f"{flow.language}: step {step.id!r} for {reader}")
    return missing


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_that_says_forward_warns_against_forwarding_an_image_beside_it(language: str) -> None:
    library = Library(language, RESOURCES)
    assert library.problems == ()
    assert pages_missing_the_warning(library) == []
    forwarding = [p for p in library.content.pages.values() if "{{contact:report-phishing}}" in p.body]
    assert {p.id for p in forwarding} >= {f"{reader}-scam-emails" for reader in ("young", "parent", "staff", "adult")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_wizard_step_that_says_forward_warns_against_forwarding_an_image(language: str) -> None:
    flow = flow_for(language)
    assert any(set(c) & set(FORWARD_CONTACTS) for s in flow.steps for _, c in s.contacts.values)
    assert steps_missing_the_warning(flow) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_scam_services_own_cards_carry_the_warning(language: str) -> None:
    contacts = Library(language, RESOURCES).contacts
    for contact in FORWARD_CONTACTS:
        assert warns_against_forwarding(contacts[contact].purpose, language), (language, contact)


def test_the_staff_page_does_not_ask_staff_to_help_forward_it() -> None:
    text = Library("en-GB", RESOURCES).content.pages["staff-scam-emails"].body
    assert "Help them through the steps above" not in text
    assert "Do not ask them to show you the email or forward it to you" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_page_that_loses_the_warning_is_caught(resources_copy: Path, language: str) -> None:
    page = resources_copy / "content" / language / "young-scam-emails.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not warns_against_forwarding(line, language) or line.startswith("#")]
    assert len(kept) < len(lines)
    page.write_text("\n".join(kept) + "\n", encoding="utf-8")
    missing = pages_missing_the_warning(Library(language, resources_copy))
    assert f"{language}/young-scam-emails: report-phishing" in missing


def test_a_wizard_step_that_loses_the_warning_is_caught(tmp_path: Path) -> None:
    (tmp_path / "wizard").mkdir()
    text = flow_file(RESOURCES).read_text(encoding="utf-8")
    warning = "If it has a picture or video in it, do not forward it. Tell an adult, and report it to the police"
    assert warning in text
    (tmp_path / "wizard" / "flow.toml").write_text(text.replace(warning, "Tell an adult."), encoding="utf-8")
    assert steps_missing_the_warning(flow_for("en-GB", tmp_path)) == ["en-GB: step 'scam-forward' for young"]
