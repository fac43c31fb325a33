"""Languages: what the app knows about each (resources/languages.toml) and the translated contact words."""

from __future__ import annotations

from pathlib import Path

import pytest

from safetyapp.core.contacts import Contact, apply_contact_text, load_contacts
from safetyapp.core.errors import DataFileError
from safetyapp.core.languages import load_languages
from safetyapp.core.library import Library
from safetyapp.core.settings import LANGUAGES
from tests.conftest import ROOT

RESOURCES = ROOT / "resources"


def test_every_shipped_language_is_described_and_urdu_is_right_to_left_with_a_bundled_font() -> None:
    languages, problems = load_languages(RESOURCES / "languages.toml")
    assert problems == []
    assert list(languages) == list(LANGUAGES)
    assert languages["en-GB"].review == "source"
    urdu = languages["ur"]
    assert urdu.right_to_left and not languages["cy"].right_to_left
    assert urdu.font is not None
    for weight in ("Regular", "Bold"):
        assert (RESOURCES / "fonts" / f"{urdu.font}-{weight}.ttf").stat().st_size > 50_000
    licence = (RESOURCES / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License, Version 1.1" in licence and "Noto Naskh Arabic" in licence
    for code in ("cy", "pl", "ur"):  # until a native speaker has checked them
        assert languages[code].review in ("draft", "reviewed")


def test_a_damaged_languages_file_gives_safe_defaults_and_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "languages.toml"
    path.write_text('[cy]\nnative = "Cymraeg"\nenglish = "Welsh"\nqt = "cy"\ndirection = "up"\nreview = "draft"\n')
    languages, problems = load_languages(path)
    assert languages["cy"].direction == "ltr" and languages["cy"].is_draft
    assert any(f"{path}:1: [cy]: 'direction'" in problem for problem in problems)
    assert any("[pl] is missing" in problem for problem in problems)
    path.write_text("[cy\n")
    languages, problems = load_languages(path)
    assert list(languages) == list(LANGUAGES) and "not valid TOML" in problems[0]


@pytest.fixture
def contacts() -> dict[str, Contact]:
    return load_contacts(RESOURCES / "contacts.toml")


def overlay(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "xx.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_translated_contact_words_keep_the_numbers_and_addresses(tmp_path: Path, contacts: dict[str, Contact]) -> None:
    path = overlay(
        tmp_path,
        '[childline]\nname = "Childline (llinell gymorth)"\npurpose = "Siarad"\n'
        'ages = "Hyd at 19"\nhours = "Unrhyw bryd"\n',
    )
    translated = apply_contact_text(contacts, path)
    childline = translated["childline"]
    assert (childline.name, childline.purpose, childline.ages, childline.hours) == (
        "Childline (llinell gymorth)",
        "Siarad",
        "Hyd at 19",
        "Unrhyw bryd",
    )
    assert childline._replace(name="", purpose="", ages="", hours="") == contacts["childline"]._replace(
        name="", purpose="", ages="", hours=""
    )
    assert translated["samaritans"] == contacts["samaritans"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            '[nobody]\nname = "a"\npurpose = "b"\nages = "c"\nhours = "d"\n',
            "xx.toml:1: [nobody]: no contact has this id",
        ),
        ('[childline]\nname = "a"\npurpose = "b"\nages = "c"\n', "needs exactly name, purpose, ages, hours"),
        ('[childline]\nname = "a"\npurpose = "Ffoniwch 0800 1111"\nages = "c"\nhours = "d"\n', "types a phone number"),
        ('[childline]\nname = "a"\npurpose = "www.example.org"\nages = "c"\nhours = "d"\n', "types a phone number"),
        ('[childline]\nname = ""\npurpose = "b"\nages = "c"\nhours = "d"\n', "'name' must be text"),
        ("[childline\n", "is not valid TOML"),
    ],
)
def test_a_bad_contact_translation_is_refused_with_its_line(
    tmp_path: Path, contacts: dict[str, Contact], text: str, problem: str
) -> None:
    with pytest.raises(DataFileError) as caught:
        apply_contact_text(contacts, overlay(tmp_path, text))
    assert problem in str(caught.value)


def test_the_library_falls_back_to_english_contacts_and_says_so(resources_copy: Path) -> None:
    (resources_copy / "contact-text").mkdir(exist_ok=True)
    bad = resources_copy / "contact-text" / "pl.toml"
    bad.write_text('[childline]\nname = "Childline"\npurpose = "Zadzwoń 0800 1111"\nages = "a"\nhours = "b"\n')
    library = Library("pl", resources_copy)
    assert not library.contacts_translated
    assert library.contacts["childline"].purpose == load_contacts(resources_copy / "contacts.toml")["childline"].purpose
    assert any("pl.toml:1" in problem for problem in library.problems)
    assert Library("en-GB", resources_copy).contacts_translated
