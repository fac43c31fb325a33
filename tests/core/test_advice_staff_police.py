"""Staff are told what UKCIS says: sextortion of a young person by an adult is child sexual abuse and is
referred to the police urgently. Nothing for staff says the DSL decides "whether" to involve the police.
The one-page UKCIS overview for frontline staff is offered beside the full guidance for DSLs."""

from __future__ import annotations

import re

import pytest

from safetyapp.core.library import Library
from tests.helpers.advice import LANGUAGES, RESOURCES, flow_for

# "...decides whether to involve the police", by language.
WHETHER_POLICE = {
    "en-GB": r"\bwhether\b[^.]*\bpolice\b",
    "cy": r"\ba ddylid\b[^.]*\bheddlu\b",
    "pl": r"\bczy\b[^.]*\bpolic",
    "ur": r"پولیس[^\u06d4]*یا نہیں",
}
# Says the police are told urgently, and that it is child sexual abuse.
URGENT_POLICE = {
    "en-GB": (r"\bpolice\b[^.]*\burgen(t|tly|cy)\b", r"\bchild sexual abuse\b"),
    "cy": (r"\bheddlu\b[^.]*\bar frys\b", r"\bcam-drin plentyn yn rhywiol\b"),
    "pl": (r"\bpilnie\b[^.]*\bpolic", r"\bwykorzystywanie seksualne dziecka\b"),
    "ur": (r"فوری طور پر پولیس", "بچوں کا جنسی استحصال"),
}
STAFF_PAGES = ("staff-reporting", "staff-getting-images-removed")


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_for_staff_says_the_dsl_decides_whether_to_involve_the_police(language: str) -> None:
    pages = Library(language, RESOURCES).content.pages.values()
    texts = {p.id: f"{p.summary}\n{p.body}" for p in pages if "staff" in p.readers}
    flow = flow_for(language)
    texts |= {key: flow.strings[key] for key in flow.strings if key.startswith("step.staff-")}
    found = {k: v for k, v in texts.items() if re.search(WHETHER_POLICE[language], v, re.IGNORECASE)}
    assert found == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_staff_are_told_it_is_child_sexual_abuse_referred_to_the_police_urgently(language: str) -> None:
    urgent, abuse = (re.compile(p, re.IGNORECASE) for p in URGENT_POLICE[language])
    pages = Library(language, RESOURCES).content.pages
    flow = flow_for(language)
    texts = [pages[page_id].body for page_id in STAFF_PAGES] + [flow.strings["step.staff-tell-dsl.why"]]
    for text in texts:
        assert urgent.search(text) and abuse.search(text), text[:80]


def test_the_ukcis_overview_for_all_staff_sits_beside_the_full_guidance() -> None:
    library = Library("en-GB", RESOURCES)
    overview = library.contacts["ukcis-staff-overview"]
    assert overview.readers == ("staff",) and overview.regions == ("england",)
    assert overview.web.endswith("/sharing-nudes-and-semi-nudes-how-to-respond-to-an-incident-overview")
    assert overview.web in overview.source and "as a matter of urgency" in overview.source
    body = library.content.pages["staff-reporting"].body
    assert body.index("{{contact:ukcis-staff-overview}}") < body.index("{{contact:govuk-sharing-nudes}}")
