"""Anyone who has already paid is told to contact the bank or payment provider at once (and the company
behind any gift cards): a young person gets an adult to do it. On every wizard path where money was, or
may have been, paid, and on the pages that say what to do, in every language."""

from __future__ import annotations

import re

import pytest

from safetyapp.core.library import Library
from safetyapp.core.wizard.checks import all_paths
from safetyapp.core.wizard.engine import build_plan
from safetyapp.core.wizard.model import Flow
from tests.helpers.advice import LANGUAGES, RESOURCES, flow_for

BANK = {"en-GB": r"\bbank\b", "cy": r"\bbanc\b", "pl": r"\bbank", "ur": "بینک"}
# Welsh mutates cardiau to chardiau or gardiau.
GIFT_CARD = {
    "en-GB": r"\bgift cards?\b",
    "cy": r"\b(c|ch|g)ardiau rhodd\b",
    "pl": r"\bkart\w* podarunkow",
    "ur": "گفٹ کارڈ",
}
PAGES = (
    "young-what-to-do-now",
    "parent-what-to-do-now",
    "adult-what-to-do-now",
    "staff-what-to-do-now",
    "young-scam-emails",
    "parent-scam-emails",
    "staff-scam-emails",
    "adult-scam-emails",
)
# Wizard strings for paths where money may have been paid (paid = not sure, a scam email, a pupil's disclosure).
MAY_HAVE_PAID = (
    "step.never-pay.how.young",
    "step.never-pay.how.parent",
    "step.never-pay.how.adult",
    "step.scam-do-not-pay.how.young",
    "step.scam-do-not-pay.how.other",
    "step.staff-first-advice.how",
)


@pytest.fixture(scope="module")
def english() -> Flow:
    return flow_for("en-GB")


def test_every_path_where_money_was_paid_says_contact_the_bank_next(english: Flow) -> None:
    paid = [answers for answers in all_paths(english) if answers.get("paid") == "yes"]
    assert {a["who"] for a in paid} == {"young", "parent", "adult"}
    for answers in paid:
        ids = build_plan(english, answers).step_ids
        assert ids[ids.index("never-pay-more") + 1] == "tell-bank", answers


def test_the_bank_step_is_shown_only_when_money_was_paid(english: Flow) -> None:
    for answers in all_paths(english):
        shown = "tell-bank" in build_plan(english, answers).step_ids
        assert shown is (answers.get("paid") == "yes"), answers


@pytest.mark.parametrize("reader", ["young", "parent", "adult"])
def test_the_bank_step_names_the_bank_and_gift_cards_and_a_young_person_gets_an_adult(
    english: Flow, reader: str
) -> None:
    answers = next(a for a in all_paths(english) if a["who"] == reader and a.get("paid") == "yes")
    step = next(s for s in build_plan(english, answers).steps if s.id == "tell-bank")
    text = f"{step.action}. {step.why} {step.how}"
    assert re.search(BANK["en-GB"], text) and re.search(GIFT_CARD["en-GB"], text)
    assert ("adult" in step.action) is (reader == "young")
    assert "not in trouble" in step.how or reader != "young"


@pytest.mark.parametrize("language", LANGUAGES)
def test_where_money_may_have_been_paid_the_wizard_names_the_bank(language: str) -> None:
    flow = flow_for(language)
    missing = [key for key in MAY_HAVE_PAID if not re.search(BANK[language], flow.strings[key], re.IGNORECASE)]
    assert missing == []
    for key in [k for k in flow.strings if k.startswith("step.tell-bank.how.")]:
        assert re.search(BANK[language], flow.strings[key], re.IGNORECASE), key
        assert re.search(GIFT_CARD[language], flow.strings[key], re.IGNORECASE), key


def _sections(body: str) -> list[str]:
    return re.split(r"(?m)^## ", body)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_page_names_the_bank_in_its_do_not_pay_part(language: str) -> None:
    pages = Library(language, RESOURCES).content.pages
    english = Library("en-GB", RESOURCES).content.pages
    for page_id in PAGES:
        theirs = _sections(english[page_id].body)
        where = [i for i, s in enumerate(theirs) if re.search(BANK["en-GB"], s, re.IGNORECASE)]
        assert where, page_id
        assert re.search(r"\bpa(y|id)\b", theirs[where[0]]), page_id
        ours = _sections(pages[page_id].body)
        assert len(ours) == len(theirs), (language, page_id)
        assert re.search(BANK[language], ours[where[0]], re.IGNORECASE), (language, page_id)
