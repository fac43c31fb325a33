"""The wording rules (safetyapp/core/wording.py): what each catches and what it lets through."""

from __future__ import annotations

import pytest

from safetyapp.core.readers import ADULT, PARENT, STAFF, YOUNG
from safetyapp.core.wording import (
    blaming_phrases,
    image_handling_instructions,
    image_handling_sentences,
    instruction_problems,
    page_problems,
    screenshot_sentences,
    screenshots_allowed,
    typed_contact,
)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Save the image to your phone.", True),
        ("Take a screenshot of the chat.", True),
        ("Download it so the DSL can see it.", True),
        ("Forward the picture to the police.", True),
        ("Look at the photo to check what it shows.", True),
        ("Do not delete it, but keep the video safe.", True),
        ("Ask them to show you the image, then tell the DSL.", True),
        ("Never view, copy, print, share, store or save the imagery.", False),
        ("Do not screenshot, save or send any nude picture.", False),
        ("You do not need to look at it, save it or send it to anyone.", False),
        ("Forward the email to the scam email service.", False),
        ("Someone is threatening to share images of me unless I pay or send more", False),
        ("It is illegal to copy the image.", False),
        ("Nobody should screenshot, save or send a nude.", False),
    ],
)
def test_the_image_rule(text: str, flagged: bool) -> None:
    assert bool(image_handling_instructions(text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Save the photo to your phone.", True),
        ("Keep the pictures in a folder.", True),
        ("Never save or send the photo.", False),
        ("Report the video to the platform so it can be taken down.", False),
        ("They may share a sexual picture first, hoping you will do the same.", False),
    ],
)
def test_the_sentence_rule_for_pages(text: str, flagged: bool) -> None:
    assert bool(image_handling_sentences(text)) is flagged


def test_the_blame_rule_catches_blame_and_lets_reassurance_through() -> None:
    text = "You should have known better. It was your own fault. That was so careless."
    assert len(blaming_phrases(text)) >= 3
    assert blaming_phrases("It is not your fault. It is never your fault.") == []


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("Call 0800 1111 now.", "0800 1111"),
        ("Ring 999.", "999"),
        ("Write to help@example.org", "help@example.org"),
        ("See www.example.org", "www."),
        ("Go to https://example.org", "https:"),
        ("Tell an adult you trust.", None),
    ],
)
def test_typed_contacts_are_found(text: str, typed: str | None) -> None:
    assert typed_contact(text) == typed


def test_each_kind_of_text_gets_its_rules() -> None:
    assert instruction_problems("Keep the video safe. It was your own fault.") == [
        "blames or shames: '...keep the video safe. it was your own fault....'",
        "tells the reader to handle an image: 'Keep the video safe.'",
    ]
    # A page may describe what happens; an instruction may not.
    described = "Young people share nudes for lots of reasons."
    assert page_problems(described, [YOUNG]) == []
    assert instruction_problems(described) != []


def test_only_adults_are_told_to_take_screenshots_and_never_of_an_image() -> None:
    evidence = "Take screenshots of the threats, of their profile and of any payment details."
    assert screenshot_sentences(evidence) == [evidence]
    assert screenshot_sentences("Do not screenshot, save or send any nude photo.") == []
    assert screenshots_allowed([ADULT])
    for readers in ([YOUNG], [PARENT], [STAFF], [PARENT, ADULT], []):
        assert not screenshots_allowed(readers)
        assert page_problems(evidence, readers) == [
            f"tells a reader dealing with images of an under-18 to take a screenshot: {evidence!r}"
        ]
    assert page_problems(evidence, [ADULT]) == []
    image = "Take a screenshot of the video they sent."
    assert page_problems(image, [ADULT]) == [f"tells the reader to handle an image: {image!r}"]
    # The wizard speaks to every reader, so its strings keep the strict rule.
    assert instruction_problems(evidence) != []
