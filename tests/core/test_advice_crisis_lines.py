"""Self-harm and suicide risk: besides 999, Childline and Samaritans, the app offers Shout (by text, any
age) and PAPYRUS HOPELINE247, in the urgent notice, the first step of an urgent plan and every
looking-after page; and parents are told to stay close to a child at risk. Both numbers are the ones on
the services' own pages, which each contact's source names."""

from __future__ import annotations

import pytest

from safetyapp.core.library import Library
from safetyapp.core.readers import READERS
from safetyapp.core.wizard.engine import WizardSession, build_plan
from tests.helpers.advice import LANGUAGES, RESOURCES, flow_for

CRISIS = ("shout", "papyrus")
# Checked against the services' own pages (see each contact's `source`); change only after checking again.
OFFICIAL = {
    "shout": {"text": "85258", "web": "https://giveusashout.org/", "page": "https://giveusashout.org/about-us/faq/"},
    "papyrus": {
        "phone": "0800 068 4141",
        "web": "https://www.papyrus-uk.org/",
        "page": "https://www.papyrus-uk.org/hopelineuk-faqs/",
    },
}
STAY_CLOSE = {"en-GB": "stay close", "cy": "arhoswch yn agos", "pl": "być blisko", "ur": "قریب رہیں"}


@pytest.mark.parametrize("contact_id", CRISIS)
def test_each_number_is_the_one_on_the_services_own_page(contact_id: str) -> None:
    contact = Library("en-GB", RESOURCES).contacts[contact_id]
    expected = OFFICIAL[contact_id]
    for field in ("phone", "text", "web"):
        if field in expected:
            assert getattr(contact, field) == expected[field], field
    assert expected["page"] in contact.source
    number = expected.get("phone") or expected["text"]
    assert number in contact.source
    assert set(contact.readers) == set(READERS) and contact.whole_uk


def test_the_urgent_notice_offers_the_crisis_lines() -> None:
    session = WizardSession(flow_for("en-GB"))
    session.answer("safety", "yes")
    notice = session.urgent_notice()
    assert notice is not None
    assert notice.contacts[0] == "emergency" and set(CRISIS) <= set(notice.contacts)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_urgent_words_name_the_crisis_lines_in_every_language(language: str) -> None:
    flow = flow_for(language)
    texts = [flow.strings["urgent.text"]] + [
        flow.strings[k] for k in flow.strings if k.startswith("step.get-help-now.how.")
    ]
    for text in texts:
        assert "Shout" in text and "PAPYRUS HOPELINE247" in text, text[:60]
    assert STAY_CLOSE[language] in flow.strings["step.get-help-now.how.other"]


@pytest.mark.parametrize("reader", READERS)
def test_an_urgent_plan_opens_with_the_crisis_lines_for_every_reader(reader: str) -> None:
    flow = flow_for("en-GB")
    answers = {"safety": "yes", "who": reader, "happening": "not-sure"}
    if reader == "parent":
        answers["age"] = "not-sure"
    if reader != "staff":
        answers |= {"paid": "no", "sent-more": "no", "posted": "no", "username": "no", "contact": "no"}
    first = build_plan(flow, answers).steps[0]
    assert first.id == "get-help-now" and set(CRISIS) <= set(first.contacts)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_looking_after_page_offers_the_crisis_lines(language: str) -> None:
    pages = Library(language, RESOURCES).content.pages
    for reader in READERS:
        body = pages[f"{reader}-looking-after"].body
        for contact in CRISIS:
            assert f"{{{{contact:{contact}}}}}" in body, (reader, contact)
    assert STAY_CLOSE[language] in pages["parent-looking-after"].body
