"""What a page or a plan names, Get help shows the same reader: a young person told to report a scam to
Report Fraud finds Report Fraud on Get help too."""

from __future__ import annotations

import re

from safetyapp.core.library import Library
from safetyapp.core.wizard.checks import all_paths
from safetyapp.core.wizard.engine import build_plan
from tests.helpers.advice import RESOURCES, flow_for

# Named on a young person's page for someone else: the NSPCC helpline, for their parent or carer.
NAMED_FOR_SOMEONE_ELSE = {("young-looking-after", "nspcc")}


def test_report_fraud_is_on_get_help_for_young_people() -> None:
    fraud = Library("en-GB", RESOURCES).contacts["report-fraud"]
    assert fraud.for_reader("young")
    assert "scotland" not in fraud.regions


def test_every_contact_a_young_persons_page_names_is_on_their_get_help() -> None:
    library = Library("en-GB", RESOURCES)
    hidden = []
    for page in library.content.pages.values():
        if "young" not in page.readers:
            continue
        for contact in sorted(set(re.findall(r"\{\{contact:([a-z0-9-]+)\}\}", page.body))):
            if (page.id, contact) not in NAMED_FOR_SOMEONE_ELSE and not library.contacts[contact].for_reader("young"):
                hidden.append(f"{page.id}: {contact}")
    assert hidden == []


def test_every_contact_a_young_persons_plan_offers_is_on_their_get_help() -> None:
    flow, contacts = flow_for("en-GB"), Library("en-GB", RESOURCES).contacts
    young = [answers for answers in all_paths(flow) if answers["who"] == "young"]
    offered = {c for answers in young for c in build_plan(flow, answers).contact_ids}
    assert "report-fraud" in offered
    assert sorted(c for c in offered if not contacts[c].for_reader("young")) == []
