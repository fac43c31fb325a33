"""What the removal tools ask of a young person, said before they start: Report Remove needs a Childline
account and, from 13, proof of age with Yoti; Take It Down works only from a device that still has the
image, and only on platforms that take part. Adults whose images were taken under 18 can still use Take
It Down and the IWF. And the IWF's figures are what the IWF counts: reports and webpages, with the year."""

from __future__ import annotations

import re

import pytest

from safetyapp.core.library import Library
from tests.helpers.advice import LANGUAGES, RESOURCES, flow_for

ACCOUNT = {"en-GB": r"\baccount\b", "cy": r"\bg?chyfrif|\bcyfrif", "pl": r"\bkont", "ur": "اکاؤنٹ"}
DEVICE = {
    "en-GB": r"\b(device|phone or computer)\b",
    "cy": r"\b(dd|d)yfais|\bffôn\b",
    "pl": r"\burządzeni|\btelefonie\b",
    "ur": "ڈیوائس|فون",
}
READERS = ("young", "parent", "staff")


def section(body: str, heading: str) -> str:
    parts = re.split(r"(?m)^## ", body)
    found = [p for p in parts if p.startswith(heading)]
    assert len(found) == 1, heading
    return found[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_report_remove_says_it_needs_a_childline_account_and_yoti_from_13(language: str) -> None:
    pages = Library(language, RESOURCES).content.pages
    for reader in READERS:
        text = section(pages[f"{reader}-getting-images-removed"].body, "Report Remove")
        assert "Yoti" in text and "13" in text and "Childline" in text, (language, reader)
        assert re.search(ACCOUNT[language], text), (language, reader)


@pytest.mark.parametrize("language", LANGUAGES)
def test_take_it_down_says_it_works_only_from_the_device_with_the_image(language: str) -> None:
    pages = Library(language, RESOURCES).content.pages
    for reader in READERS:
        text = section(pages[f"{reader}-getting-images-removed"].body, "Take It Down")
        assert re.search(DEVICE[language], text), (language, reader)
        assert "Report Remove" in text, (language, reader)  # what to use if the image is gone


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_wizard_says_the_same_before_a_young_person_starts(language: str) -> None:
    flow = flow_for(language)
    for reader in ("young", "parent"):
        text = flow.strings[f"step.remove-images-young.how.{reader}"]
        assert "Yoti" in text and re.search(DEVICE[language], text), (language, reader)


@pytest.mark.parametrize("language", LANGUAGES)
def test_adults_with_images_taken_under_18_are_offered_take_it_down_and_the_iwf(language: str) -> None:
    library = Library(language, RESOURCES)
    body = library.content.pages["adult-getting-images-removed"].body
    block = next(b for b in re.split(r"(?m)^## ", body) if "{{contact:take-it-down}}" in b)
    assert "{{contact:iwf}}" in block and re.search(DEVICE[language], block)
    assert library.contacts["iwf"].for_reader("adult")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_iwf_figures_count_reports_and_webpages_with_the_year(language: str) -> None:
    pages = Library(language, RESOURCES).content.pages
    for page_id in ("parent-what-it-is", "staff-what-it-is"):
        body = pages[page_id].body
        assert not re.search(r"400[ ,]000", body), page_id
        line = next(line for line in body.splitlines() if "275" in line)
        assert "2023" in line and re.search(r"392[ ,]665", line), page_id
    english = Library("en-GB", RESOURCES).content.pages["staff-what-it-is"].body
    assert "275,652 webpages" in english and "392,665 reports" in english
