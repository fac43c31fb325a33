"""What happens after a report to CEOP, said where people are told to report: a Child Protection Advisor
reads it and gets in touch; a report to CEOP is a report to the police, so it is not anonymous; young
people are not in trouble."""

from __future__ import annotations

import re

import pytest

from safetyapp.core.library import Library
from tests.helpers.advice import LANGUAGES, RESOURCES, flow_for

# The translations keep CEOP's English job title beside their own words for it.
ADVISOR = "Child Protection Advisor"
NOT_ANONYMOUS = {
    "en-GB": r"\bcannot be anonymous\b|\byou give your name\b",
    "cy": r"\bddienw\b|\bdy enw\b",
    "pl": r"\bnie może być anonimowe\b|\bimię i nazwisko\b",
    "ur": "گمنام نہیں|اپنا نام",
}
PAGES = ("young-reporting", "parent-reporting", "staff-reporting")


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_reporting_page_says_who_reads_a_ceop_report_and_that_it_is_not_anonymous(language: str) -> None:
    pages = Library(language, RESOURCES).content.pages
    for page_id in PAGES:
        body = pages[page_id].body
        assert "{{contact:ceop}}" in body
        assert ADVISOR in body, (language, page_id)
        assert re.search(NOT_ANONYMOUS[language], body, re.IGNORECASE), (language, page_id)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_wizard_says_an_advisor_reads_the_report_and_gets_in_touch(language: str) -> None:
    flow = flow_for(language)
    for reader in ("young", "parent"):
        key = f"step.report-ceop.how.{reader}"
        text = flow.strings[key]
        assert ADVISOR in text or "Cynghorydd Amddiffyn Plant" in text, key


def test_a_young_person_hears_they_are_not_in_trouble_and_someone_will_get_in_touch() -> None:
    body = Library("en-GB", RESOURCES).content.pages["young-reporting"].body
    part = body[body.index("a Child Protection Advisor reads it") :]
    assert "get in touch" in part and "You are not in trouble" in part
