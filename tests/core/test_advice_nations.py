"""Staff in each UK nation are given that nation's guidance and its name for the safeguarding lead: the
wizard asks staff where they are, and the plan names the guidance and the lead for that nation, in every
language. The staff page names all four."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from safetyapp.core.library import Library
from safetyapp.core.wizard.engine import Plan, WizardSession
from safetyapp.core.wizard.model import Flow
from tests.helpers.advice import LANGUAGES, RESOURCES, flow_for

NATIONS = ("england", "wales", "scotland", "northern-ireland")
LEAD_STEPS = {"staff-tell-dsl", "staff-tell-dsp", "staff-tell-coordinator", "staff-tell-designated-teacher"}
GUIDANCE: dict[str, str | dict[str, str]] = {
    "england": "Keeping Children Safe in Education",
    "wales": {"cy": "Cadw dysgwyr yn ddiogel", "other": "Keeping learners safe"},
    "scotland": "National Guidance for Child Protection in Scotland",
    "northern-ireland": "Safeguarding and Child Protection in Schools",
}
LEAD: dict[str, dict[str, str]] = {
    "england": {"en-GB": "Designated Safeguarding Lead", "cy": "Arweinydd Diogelu Dynodedig", "ur": "(DSL)"},
    "wales": {"cy": "Person Diogelu Dynodedig (DSP)", "ur": "(DSP)", "other": "Designated Safeguarding Person"},
    "scotland": {
        "en-GB": "child protection coordinator",
        "cy": "cydlynydd amddiffyn plant",
        "pl": "koordynator",
        "ur": "چائلڈ پروٹیکشن کوآرڈینیٹر",
    },
    "northern-ireland": {
        "en-GB": "designated teacher for child protection",
        "cy": "athro dynodedig ar gyfer amddiffyn plant",
        "pl": "nauczyciel",
        "ur": "ڈیزگنیٹڈ ٹیچر",
    },
}


def _in(language: str, value: str | Mapping[str, str]) -> str:
    if isinstance(value, str):
        return value
    return value.get(language, value.get("other", ""))


def walk_as_staff(flow: Flow, nation: str, happening: str = "told-me") -> tuple[list[str], Plan]:
    """Answer the wizard as a member of staff would, question by question; the questions asked and the plan."""
    session = WizardSession(flow)
    answers = {"safety": "no", "who": "staff", "happening": happening, "region": nation}
    asked = []
    while (question := session.current_question()) is not None:
        asked.append(question.id)
        session.answer(question.id, answers.get(question.id, "not-sure"))
    return asked, session.plan()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("nation", NATIONS)
def test_staff_get_their_nations_guidance_and_name_for_the_lead(language: str, nation: str) -> None:
    flow = flow_for(language)
    asked, plan = walk_as_staff(flow, nation)
    assert "region" in asked
    lead_steps = [step for step in plan.steps if step.id in LEAD_STEPS | {"staff-tell-lead"}]
    assert len(lead_steps) == 1
    text = " ".join((lead_steps[0].action, lead_steps[0].why, lead_steps[0].how))
    assert _in(language, GUIDANCE[nation]) in text
    assert _in(language, LEAD[nation]) in text
    if nation == "northern-ireland":
        assert "SBNI" in text
    # No other nation's guidance is named in this nation's plan.
    others = [_in(language, GUIDANCE[n]) for n in NATIONS if n != nation]
    assert not [g for g in others if any(g in t for t in plan.texts())]
    if language != "en-GB":  # shown in the reader's language, not in English
        rule = flow.step(lead_steps[0].id)
        assert {rule.action.get("staff"), rule.why.get("staff"), rule.how.get("staff")} <= flow.translated


# Staff who do not know which nation's rules apply hear every nation's name for the lead.
EVERY_LEAD = {
    "en-GB": ("Designated Safeguarding Lead", "Designated Safeguarding Person", "child protection coordinator"),
    "cy": ("Arweinydd Diogelu Dynodedig", "Person Diogelu Dynodedig", "cydlynydd amddiffyn plant"),
    "pl": ("Designated Safeguarding Lead", "Designated Safeguarding Person", "koordynator ochrony dzieci"),
    "ur": ("Designated Safeguarding Lead", "Designated Safeguarding Person", "child protection coordinator"),
}
TEACHER = {"cy": "athro dynodedig ar gyfer amddiffyn plant", "pl": "nauczyciel wyznaczony do ochrony dzieci"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_staff_who_are_not_sure_where_they_are_hear_every_nations_name_for_the_lead(language: str) -> None:
    _, plan = walk_as_staff(flow_for(language), "not-sure")
    (step,) = [s for s in plan.steps if s.id == "staff-tell-lead"]
    for name in (*EVERY_LEAD[language], TEACHER.get(language, "designated teacher for child protection")):
        assert name in step.how, name
    assert not LEAD_STEPS & set(plan.step_ids)


def test_only_staff_and_scam_emails_are_asked_where_they_are() -> None:
    flow = flow_for("en-GB")
    assert "region" in walk_as_staff(flow, "wales", happening="worried")[0]
    session = WizardSession(flow, given={"who": "parent"})
    asked = []
    while (question := session.current_question()) is not None:
        asked.append(question.id)
        session.answer(question.id, {"safety": "no", "happening": "worried"}.get(question.id, "not-sure"))
    assert "region" not in asked


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_staff_page_gives_each_nations_guidance(language: str) -> None:
    page = Library(language, RESOURCES).content.pages["staff-what-to-do-now"]
    assert page.language == language
    for nation in NATIONS:
        assert _in(language, GUIDANCE[nation]) in page.body, nation
    assert "SBNI" in page.body and "Hwb" in page.body
    for address in ("hwb.gov.wales", "gov.scot", "eani.org.uk"):
        assert any(address in source for source in page.sources), address
