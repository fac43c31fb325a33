"""Screenshots, per reader. Nobody is ever told to screenshot, save, send or forward an image, and
nobody dealing with images of an under-18 (young people, parents, staff) is told to take a screenshot at
all: a screenshot of the chat can hold the image. Adults are told to keep screenshots of the threats,
the blackmailer's profile and any payment details, because the Revenge Porn Helpline asks for them. In
every language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from safetyapp.core.checks import check_resources
from safetyapp.core.library import Library
from safetyapp.core.readers import ADULT
from tests.helpers.advice import LANGUAGES, RESOURCES

# By language: a word for a screenshot; a negation; the threats, the profile and payment details.
SCREENSHOT = {
    "en-GB": r"\bscreen ?shot",
    "cy": r"\bsgrinlun",
    "pl": r"\bzrzut\w* ekranu",
    "ur": r"اسکرین شاٹ",
}
NEGATION = {
    "en-GB": r"\b(never|not|no)\b",
    "cy": r"\b(paid|peidiwch|byth|ddylai neb|dim)\b",
    "pl": r"\b(nie|nigdy|nikt)\b",
    "ur": r"(نہ|نہیں|کبھی)",
}
EVIDENCE = {
    "en-GB": (r"\bthreat", r"\bprofile\b", r"\bpayment\b"),
    "cy": (r"\bbyg(wth|ythiad)", r"\bproffil", r"\b[dt]alu\b"),  # talu mutates to dalu
    "pl": (r"\bgroźb", r"\bprofil", r"\bpłatnicz|płatności"),
    "ur": (r"دھمکی", r"پروفائل", r"ادائیگی"),
}
IMAGE = {
    "en-GB": r"\b(image|video)\b",
    "cy": r"(delwedd|fideo)",  # delwedd mutates to ddelwedd
    "pl": r"(zdjęć|nagrań)",
    "ur": r"(تصویر|ویڈیو)",
}
ADULT_PAGES = ("adult-what-to-do-now", "adult-reporting")
_SENTENCE_END = re.compile(r"[.!?\u06d4]+\s*|\n")


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text.replace("**", "")) if s.strip()]


def screenshot_instructions(text: str, language: str) -> list[str]:
    """Sentences of `text` that name a screenshot and say nothing against it."""
    shot, negation = re.compile(SCREENSHOT[language], re.I), re.compile(NEGATION[language], re.I)
    return [s for s in sentences(text) if shot.search(s) and not negation.search(s)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_nobody_dealing_with_an_under_18s_images_is_told_to_take_a_screenshot(language: str) -> None:
    library = Library(language, RESOURCES)
    found = {
        page.id: screenshot_instructions(page.body, language)
        for page in library.content.pages.values()
        if page.language == language and set(page.readers) != {ADULT}
    }
    assert {page: told for page, told in found.items() if told} == {}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_id", ADULT_PAGES)
def test_adults_are_told_to_keep_screenshots_of_the_threats_profile_and_payments(language: str, page_id: str) -> None:
    page = Library(language, RESOURCES).content.pages[page_id]
    assert page.language == language
    told = screenshot_instructions(page.body, language)
    assert any(all(re.search(p, s, re.I) for p in EVIDENCE[language]) for s in told), told
    assert not any(re.search(IMAGE[language], s, re.I) for s in told), told
    shot, negation, image = (re.compile(p[language], re.I) for p in (SCREENSHOT, NEGATION, IMAGE))
    assert any(shot.search(s) and negation.search(s) and image.search(s) for s in sentences(page.body))
    assert any("revengepornhelpline.org.uk/information-and-advice" in source for source in page.sources)


def test_the_self_test_refuses_a_screenshot_on_a_page_for_young_people(resources_copy: Path) -> None:
    page = resources_copy / "content" / "en-GB" / "young-what-to-do-now.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nTake screenshots of the chat.\n", encoding="utf-8")
    problems = check_resources(resources_copy)
    assert any("young-what-to-do-now" in p and "take a screenshot" in p for p in problems), problems


def test_the_self_test_refuses_an_adult_page_that_says_to_screenshot_an_image(resources_copy: Path) -> None:
    page = resources_copy / "content" / "en-GB" / "adult-what-to-do-now.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nTake a screenshot of the video.\n", encoding="utf-8")
    problems = check_resources(resources_copy)
    assert any("adult-what-to-do-now" in p and "handle an image" in p for p in problems), problems
