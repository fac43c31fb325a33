"""Two phrases that could read as blame are gone, in every language: "even if they were using an app meant
for older children" (as if the child broke a rule) and "most people who share them mean no harm" (as if
sharing were harmless). The blame check in test_content.py covers the rest."""

from __future__ import annotations

import re

import pytest

from safetyapp.core.library import Library
from tests.helpers.advice import LANGUAGES, RESOURCES, flow_for

# The phrases as each language had them.
GONE = {
    "en-GB": (r"\beven if (they|you) (were|was) using\b", r"\bmean no harm\b"),
    "cy": (r"hyd yn oed os oedden nhw'n defnyddio ap", r"ddim yn bwriadu gwneud niwed"),
    "pl": (r"nawet jeśli korzystało z aplikacji", r"nie chce nikogo skrzywdzić"),
    "ur": (r"چاہے اس نے کوئی ایسی ایپ استعمال کی ہو", r"کسی کو نقصان نہیں پہنچانا چاہتے"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_two_phrases_that_could_read_as_blame_are_gone(language: str) -> None:
    flow = flow_for(language)
    texts = {key: flow.strings[key] for key in flow.strings}
    texts |= {p.id: p.body for p in Library(language, RESOURCES).content.pages.values()}
    found = [k for k, text in texts.items() for pattern in GONE[language] if re.search(pattern, text, re.IGNORECASE)]
    assert found == []


def test_the_parent_of_an_under_13_hears_that_blackmailers_target_every_age() -> None:
    text = flow_for("en-GB").strings["reassurance.parent-under-13.text"]
    assert "not their fault" in text and "every age" in text


def test_young_people_hear_that_nobody_has_the_right_to_threaten_them() -> None:
    body = Library("en-GB", RESOURCES).content.pages["young-what-it-is"].body
    assert "nobody has the right to use them to threaten you" in body
