"""Opening times as the services' own pages give them: the Revenge Porn Helpline is closed on bank
holidays; the NSPCC's own pages disagree about the phone line's hours, so the app gives none rather than
a wrong one. Every contact checked again for this names the page it was checked against and what was
checked there: the address, and each number."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from safetyapp.core.library import Library
from tests.helpers.advice import LANGUAGES, RESOURCES

# Welsh mutates gwyliau to wyliau.
BANK_HOLIDAYS = {"en-GB": "bank holidays", "cy": "wyliau banc", "pl": "bank holidays", "ur": "بینک کی چھٹیوں"}
RECHECKED = (
    "nspcc",
    "revenge-porn-helpline",
    "shout",
    "papyrus",
    "ukcis-staff-overview",
    "ceop",
    "iwf",
    "govuk-sharing-nudes",
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_revenge_porn_helpline_hours_leave_out_bank_holidays(language: str) -> None:
    hours = Library(language, RESOURCES).contacts["revenge-porn-helpline"].hours
    assert BANK_HOLIDAYS[language] in hours


def test_the_nspcc_phone_hours_are_not_guessed() -> None:
    nspcc = Library("en-GB", RESOURCES).contacts["nspcc"]
    assert not re.search(r"\d", nspcc.hours), nspcc.hours
    assert "any time" in nspcc.hours and nspcc.email == "help@nspcc.org.uk"


@pytest.mark.parametrize("contact_id", RECHECKED)
def test_each_contact_checked_again_names_its_page_and_what_was_checked(contact_id: str) -> None:
    contact = Library("en-GB", RESOURCES).contacts[contact_id]
    assert contact.checked >= dt.date(2026, 12, 3)
    domain = contact.web.removeprefix("https://").removeprefix("www.").split("/")[0]
    pages = re.findall(r"https://[^\s,;()]+", contact.source)
    assert pages and all(domain in page for page in pages), contact.source
    for number in (contact.phone, contact.text, contact.email):
        assert not number or number in contact.source, (contact_id, number)
