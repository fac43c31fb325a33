"""The phone numbers and addresses people will rely on. A wrong number is the worst bug we can ship."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from safetyapp.core.contacts import checked_long_ago, load_contacts, months_before, stale_contacts, stale_warnings
from safetyapp.core.errors import DataFileError
from safetyapp.core.library import Library

# The official list the contacts file was checked against (see `checked` and `source` in the file).
# Change a value here only after checking it with the service itself.
OFFICIAL = {
    "emergency": {"phone": "999"},
    "police-101": {"phone": "101"},
    "ceop": {"web": "https://www.ceop.police.uk/Safety-Centre/"},
    "childline": {"phone": "0800 1111", "web": "https://www.childline.org.uk/"},
    "nspcc": {"phone": "0808 800 5000", "email": "help@nspcc.org.uk"},
    "samaritans": {"phone": "116 123"},
    "revenge-porn-helpline": {"phone": "0345 6000 459", "web": "https://revengepornhelpline.org.uk/"},
    "report-remove": {
        "web": "https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/report-remove/"
    },
    "take-it-down": {"web": "https://takeitdown.ncmec.org/"},
    "stopncii": {"web": "https://stopncii.org/"},
    "report-fraud": {"phone": "0300 123 2040", "web": "https://www.reportfraud.police.uk/"},
    "report-phishing": {"email": "report@phishing.gov.uk"},
    "report-scam-text": {"text": "7726"},
    "internet-matters": {"web": "https://www.internetmatters.org/report-issue/"},
    "report-harmful-content": {"web": "https://reportharmfulcontent.com/"},
    "uk-safer-internet-centre": {"web": "https://saferinternet.org.uk/"},
    "papyrus": {
        "name": "PAPYRUS HOPELINE247",
        "phone": "0800 068 4141",
        "text": "",
        "email": "pat@papyrus-uk.org",
        "web": "https://www.papyrus-uk.org/",
        "hours": "Every day of the year",
    },
}


@pytest.mark.parametrize("contact_id", sorted(OFFICIAL))
def test_each_number_and_address_matches_the_official_list(library: Library, contact_id: str) -> None:
    contact = library.contacts[contact_id]
    for field, value in OFFICIAL[contact_id].items():
        assert getattr(contact, field) == value, f"{contact_id}.{field}"


def test_report_fraud_is_not_offered_for_scotland(library: Library) -> None:
    fraud = library.contacts["report-fraud"]
    assert "scotland" not in fraud.regions
    assert "Action Fraud" in fraud.purpose and "4 December 2025" in fraud.purpose
    assert "Scotland" in library.contacts["police-101"].purpose


def test_adult_services_are_for_adults_and_childline_for_young_people(library: Library) -> None:
    assert library.contacts["revenge-porn-helpline"].readers == ("adult",)
    assert "young" in library.contacts["childline"].readers
    assert all(c.checked.year >= 2025 for c in library.contacts.values())


def test_every_contact_can_be_reached_somehow(library: Library) -> None:
    for contact in library.contacts.values():
        assert contact.phone or contact.text or contact.email or contact.web, contact.id
        assert not contact.web or contact.web.startswith("https://"), contact.id


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "contacts.toml"
    path.write_text(body, encoding="utf-8")
    return path


GOOD = """
[[contact]]
id = "x"
name = "X"
purpose = "p"
audiences = ["young"]
ages = "a"
phone = "0800 1111"
text = ""
email = ""
web = ""
hours = "h"
regions = ["england"]
checked = 2026-11-28
source = "s"
"""


def test_a_bad_entry_names_the_file_and_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD + GOOD.replace('id = "x"', 'id = "y"').replace('"0800 1111"', '"call us"'))
    with pytest.raises(DataFileError) as caught:
        load_contacts(path)
    assert caught.value.line == 17
    assert "contacts.toml:17" in str(caught.value) and "phone" in str(caught.value)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (('phone = "0800 1111"', 'phone = "08OO 1111"'), "phone"),
        (('regions = ["england"]', 'regions = ["france"]'), "regions"),
        (('audiences = ["young"]', 'audiences = ["everyone"]'), "audiences"),
        (("checked = 2026-11-28", 'checked = "soon"'), "checked"),
        (('web = ""', 'web = "http://insecure.example.org"'), "web"),
        (('email = ""', 'email = "not-an-address"'), "email"),
        (('source = "s"', 'source = "s"\nextra = 1'), "unknown"),
        (('name = "X"', 'name = "'), "TOML"),
    ],
)
def test_each_kind_of_mistake_is_caught(tmp_path: Path, change: tuple[str, str], problem: str) -> None:
    with pytest.raises(DataFileError, match=problem) as caught:
        load_contacts(_write(tmp_path, GOOD.replace(*change)))
    assert caught.value.line is not None


def test_a_duplicate_id_is_caught(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="twice"):
        load_contacts(_write(tmp_path, GOOD + GOOD))


# --------------------------------------------------------------------------------------------------
# Details that age say so: checked more than 12 months before today (an injected date here)


def test_details_checked_more_than_a_year_ago_are_stale(library: Library) -> None:
    contact = library.contacts["childline"]._replace(checked=dt.date(2026, 11, 28))
    assert not checked_long_ago(contact, dt.date(2026, 12, 3))
    assert not checked_long_ago(contact, dt.date(2027, 11, 28))  # exactly 12 months: not yet
    assert checked_long_ago(contact, dt.date(2027, 11, 29))
    leap = contact._replace(checked=dt.date(2027, 2, 28))
    assert not checked_long_ago(leap, dt.date(2028, 2, 29)) and checked_long_ago(leap, dt.date(2028, 3, 1))
    assert months_before(dt.date(2028, 2, 29), 12) == dt.date(2027, 2, 28)
    assert months_before(dt.date(2027, 3, 31), 1) == dt.date(2027, 2, 28)


def test_stale_contacts_and_the_self_test_warnings_name_each_one(library: Library) -> None:
    newest = max(contact.checked for contact in library.contacts.values())
    oldest = min(contact.checked for contact in library.contacts.values())
    assert stale_contacts(library.contacts, newest) == []
    assert stale_warnings(library.contacts, newest) == []
    a_year_on = months_before(oldest, -12) + dt.timedelta(days=1)
    stale = stale_contacts(library.contacts, a_year_on)
    assert stale and all(contact.checked == oldest for contact in stale)
    warnings = stale_warnings(library.contacts, a_year_on)
    assert len(warnings) == len(stale)
    assert warnings[0].startswith(f"contact {stale[0].id!r}: details checked {oldest.isoformat()}, more than 12 months")
    far = dt.date(2099, 1, 1)
    assert [c.id for c in stale_contacts(library.contacts, far)] == list(library.contacts)


# --------------------------------------------------------------------------------------------------
# Sources that mean something: the page each detail was checked against, and what was checked there

_PAGE = re.compile(r"https://[^\s,;()]+")


def test_every_contact_names_the_pages_it_was_checked_against_and_what_was_checked(library: Library) -> None:
    for contact in library.contacts.values():
        pages = _PAGE.findall(contact.source)
        assert pages, f"{contact.id}: no address of a page it was checked against"
        after = contact.source.split(pages[0], 1)[1]
        what = after.split(":", 1)[1] if ":" in after else ""
        assert len(what.split()) >= 3, f"{contact.id}: says nothing of what was checked"
        # Each number and address the contact shows is named where it was checked, or said not to be.
        for detail in (contact.phone, contact.text, contact.email):
            if detail and detail not in contact.source:
                assert "not checked" in contact.source or "hidden" in contact.source, (contact.id, detail)


ADDED_AFTER_THE_REVIEW = {"report-harmful-content"}


def test_a_contact_not_checked_again_says_so_and_keeps_its_old_date(library: Library) -> None:
    # The day most contacts were checked is the last full review; a contact checked again later says so
    # (a contact first added later, such as Report Harmful Content, simply carries its own date).
    review, _ = Counter(contact.checked for contact in library.contacts.values()).most_common(1)[0]
    for contact in library.contacts.values():
        if contact.checked > review and contact.id not in ADDED_AFTER_THE_REVIEW:
            assert f"Checked again on {contact.checked.isoformat()}" in contact.source, contact.id
        if contact.checked < review:
            assert "not checked again" in contact.source.lower() or "not opened again" in contact.source, contact.id


def test_a_contact_read_alone_is_the_one_read_with_all_the_others(library: Library) -> None:
    """The first screen reads 999 and Childline alone (quicker than the whole file): each contact read
    that way, by itself or with another, is exactly the one read with the whole list."""
    path = library.root / "contacts.toml"
    for contact_id, contact in library.contacts.items():
        assert load_contacts(path, only={contact_id}) == {contact_id: contact}
        assert Library("en-GB").contact(contact_id) == contact
    assert list(load_contacts(path, only={"childline", "emergency"})) == ["emergency", "childline"]
    assert load_contacts(path, only={"no-such-contact"}) == {}


def test_a_contact_read_alone_in_another_language_has_its_translated_words(library: Library) -> None:
    welsh = Library("cy")
    assert welsh.contact("childline") == welsh.contacts["childline"] != library.contacts["childline"]
