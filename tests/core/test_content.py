"""The advice library: every point covered, every reader served, plain words, no blame, no numbers typed in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textstat

from safetyapp.core.checks import check_resources, coverage_problems
from safetyapp.core.content import TOPICS, ContentLibrary, Page
from safetyapp.core.library import Library, load_library
from safetyapp.core.readers import READERS, STAFF, YOUNG, Reader
from safetyapp.core.wording import blaming_phrases, image_handling_sentences


def pages(library: Library) -> list[Page]:
    return [p for p in library.content.pages.values() if p.ok]


def test_the_library_loads_with_no_problems(library: Library) -> None:
    assert library.content.pages, "no pages were found"
    assert check_resources() == []


def test_every_point_is_covered_and_every_reader_has_every_topic(library: Library) -> None:
    assert coverage_problems(library) == []


def test_a_page_naming_an_unknown_point_is_reported(resources_copy: Path) -> None:
    page = next((resources_copy / "content" / "en-GB").glob("*.md"))
    text = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r"points = \[", 'points = ["P99", ', text, count=1), encoding="utf-8")
    problems = check_resources(resources_copy)
    assert any(page.name in p and "P99" in p for p in problems), problems


def test_an_uncovered_point_is_reported(resources_copy: Path) -> None:
    points = resources_copy / "content" / "points.toml"
    points.write_text(
        points.read_text(encoding="utf-8") + '\n[P40]\nsection = "x"\nsummary = "new"\n', encoding="utf-8"
    )
    assert "advice point P40 is not covered by any page" in check_resources(resources_copy)


@pytest.mark.parametrize("reader", READERS)
def test_each_reader_has_a_page_on_each_topic(library: Library, reader: Reader) -> None:
    missing = [t for t in TOPICS if library.content.page_for(reader, t) is None]
    assert not missing


def test_pages_for_young_people_read_at_age_11_to_12(library: Library) -> None:
    grades = {}
    for page in pages(library):
        if YOUNG in page.readers:
            grades[page.id] = textstat.flesch_kincaid_grade(page.plain_text(library.contacts))
    assert grades
    too_hard = {k: v for k, v in grades.items() if v > 7.0}
    assert not too_hard, f"Flesch-Kincaid grade above 7: {too_hard}"


def test_no_sentence_blames_anyone(library: Library) -> None:
    found = {page.id: blaming_phrases(page.plain_text(library.contacts)) for page in pages(library)}
    assert {page_id: phrases for page_id, phrases in found.items() if phrases} == {}


def test_no_page_tells_anyone_to_handle_an_image(library: Library) -> None:
    found = {page.id: image_handling_sentences(page.plain_text(library.contacts)) for page in pages(library)}
    assert {page_id: sentences for page_id, sentences in found.items() if sentences} == {}


@pytest.mark.parametrize(
    ("language", "text", "problem"),
    [
        ("en-GB", "Save the photo to your phone.", "tells the reader to handle an image: 'Save the photo"),
        ("en-GB", "Sending it was so stupid.", "blames or shames"),
        ("cy", "Why did you send it? It was your own fault.", "blames or shames"),
    ],
)
def test_the_self_test_checks_the_wording_of_every_page_in_every_language(
    resources_copy: Path, language: str, text: str, problem: str
) -> None:
    page = resources_copy / "content" / language / "parent-what-it-is.md"
    page.write_text(page.read_text(encoding="utf-8") + f"\n{text}\n", encoding="utf-8")
    found = [p for p in check_resources(resources_copy) if str(page) in p]
    assert found and problem in found[0], found


def test_staff_what_to_do_now_follows_points_p23_to_p28_in_order(library: Library) -> None:
    page = library.content.page_for(STAFF, "what-to-do-now")
    assert page is not None
    assert {"P23", "P24", "P25", "P26", "P27", "P28"} <= set(page.points)
    text = page.plain_text(library.contacts).lower()
    anchors = [
        "designated safeguarding lead",
        "never view",
        "delete",
        "what the imagery shows",
        "other staff",
        "blame",
    ]
    positions = [text.find(anchor) for anchor in anchors]
    assert all(p >= 0 for p in positions), dict(zip(anchors, positions, strict=True))
    assert positions == sorted(positions)


def test_no_page_types_a_number_or_address(library: Library) -> None:
    for page in pages(library):
        assert "@" not in re.sub(r"\{\{contact:[a-z0-9-]+\}\}", "", page.body), page.id
        assert "http" not in page.body and "www." not in page.body, page.id


def test_every_page_link_leads_to_a_page(library: Library) -> None:
    for page in pages(library):
        for target in re.findall(r"\]\(page:([a-z0-9-]+)\)", page.body):
            assert target in library.content.pages, f"{page.id} -> {target}"


def test_a_typed_phone_number_is_refused_with_file_and_line(resources_copy: Path) -> None:
    page = resources_copy / "content" / "en-GB" / "young-what-to-do-now.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nCall Childline on 0800 1111.\n", encoding="utf-8")
    library = load_library("en-GB", resources_copy)
    broken = library.content.pages["young-what-to-do-now"]
    assert broken.error is not None and "phone numbers" in broken.error.problem
    assert broken.error.line == len(page.read_text(encoding="utf-8").splitlines())
    assert any("young-what-to-do-now.md:" in p for p in library.problems)
    assert library.content.pages["young-what-it-is"].ok  # the rest still works


@pytest.mark.parametrize(
    ("mutation", "problem"),
    [
        (lambda t: t.replace("+++\n", "", 1), "must start"),
        (lambda t: t.replace("topic = ", "topik = ", 1), "unknown header field"),
        (lambda t: t.replace("reviewed = ", 'reviewed = "x" #', 1), "reviewed"),
        (lambda t: t.replace("title = ", "title = [", 1), "TOML"),
        (lambda t: t + "\n![a picture](x.png)\n", "images"),
        (lambda t: t + "\nsee {{contact:nobody}}\n", "unknown contact"),
    ],
)
def test_each_kind_of_broken_page_is_caught(resources_copy: Path, mutation: object, problem: str) -> None:
    page = resources_copy / "content" / "en-GB" / "parent-what-it-is.md"
    page.write_text(mutation(page.read_text(encoding="utf-8")), encoding="utf-8")  # type: ignore[operator]
    broken = load_library("en-GB", resources_copy).content.pages["parent-what-it-is"]
    assert broken.error is not None and problem in str(broken.error)
    assert broken.error.line is not None


def test_search_ranks_titles_first_and_follows_typing(library: Library) -> None:
    content: ContentLibrary = library.content
    results = content.search("scam em", reader="parent")
    assert results and results[0].page.topic == "scam-emails"
    assert "parent" in results[0].page.readers
    assert content.search("zzzyyyxxx") == []
    assert content.search("") == []


@pytest.mark.parametrize("language", ["en-GB", "cy", "pl", "ur"])
@pytest.mark.parametrize("query", ["delete", "police", "pay", "childline", "screenshot", "report"])
def test_search_puts_the_readers_pages_first_with_clean_snippets(language: str, query: str) -> None:
    content = load_library(language).content
    for reader in READERS:
        results = content.search(query, reader=reader)
        mine = [reader in r.page.readers for r in results]
        assert mine == sorted(mine, reverse=True), f"{reader}: another reader's page before their own"
        for result in results:
            paragraphs = result.page.paragraphs(content.contacts)
            snippet = result.snippet.strip("…")
            assert snippet, result.page.id
            assert not re.search(r"\*\*|__|\{\{|\}\}|\]\(|^#|^>|\s#{1,6}\s", result.snippet), result.snippet
            # one paragraph's text, never a heading run into what follows it
            assert any(snippet in text for heading, text in paragraphs if not heading), (result.page.id, snippet)
            word = re.compile(rf"\b{query}", re.IGNORECASE)
            if any(word.search(text) for heading, text in paragraphs if not heading):
                assert word.search(result.snippet), (result.page.id, snippet)  # shows the word looked for


def test_page_paragraphs_keep_headings_apart_and_drop_markdown(library: Library) -> None:
    page = library.content.pages["young-what-to-do-now"]
    paragraphs = page.paragraphs(library.content.contacts)
    assert (True, "1. Do not pay") in paragraphs
    assert (False, "Never pay them. Do not buy them gift cards.") in paragraphs
    assert (False, "Emergency: police, ambulance") in paragraphs  # {{contact:emergency}}, by name
    assert not any("{{" in t or "**" in t or "](" in t for _, t in paragraphs)


def test_a_missing_translation_falls_back_to_english(resources_copy: Path) -> None:
    import shutil

    welsh = resources_copy / "content" / "cy"
    shutil.rmtree(welsh, ignore_errors=True)
    welsh.mkdir()
    library = load_library("cy", resources_copy)
    page = library.content.pages["young-what-to-do-now"]
    assert page.fallback and page.language == "en-GB"
