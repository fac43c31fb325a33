"""Every translation is finished and keeps what must not change: each UI string translated with its
placeholders, accelerators and plural forms; every advice page, wizard string and contact description
present in each language (or, where a page is missing, shown in English with a note); the contact
tokens and page links of each page the same as in English."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from safetyapp.core.library import Library
from safetyapp.core.settings import LANGUAGES
from safetyapp.core.wizard.loader import flow_file, load_flow, overlay_file
from tests.conftest import ROOT

RESOURCES = ROOT / "resources"
TRANSLATED = [language for language in LANGUAGES if language != "en-GB"]
PLACEHOLDER = re.compile(r"%(?:n|\d)")
ACCELERATOR = re.compile(r"&(?!&|amp;|lt;|gt;|quot;|nbsp;|#)\S")


def messages(file_name: str) -> list[ET.Element]:
    tree = ET.parse(ROOT / "i18n" / file_name)
    return list(tree.getroot().iter("message"))


UI_FILES = [f"safetyapp_{language}.ts" for language in TRANSLATED] + sorted(
    path.name for path in (ROOT / "i18n").glob("qtwords_*.ts")
)


@pytest.mark.parametrize("file_name", UI_FILES)
def test_every_ui_string_is_translated_keeping_placeholders_accelerators_and_plurals(file_name: str) -> None:
    problems = []
    for message in messages(file_name):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        where = f"{source[:50]!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: {translation.get('type')}")
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for form in forms:
            if not form.strip():
                problems.append(f"{where}: empty")
                continue
            for placeholder in set(PLACEHOLDER.findall(source)):
                if placeholder != "%n" and form.count(placeholder) != source.count(placeholder):
                    problems.append(f"{where}: {placeholder} lost or doubled in {form!r}")
            if "%n" in source and "%n" not in form and len(forms) > 1:
                problems.append(f"{where}: %n lost in {form!r}")
            if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(form)):
                problems.append(f"{where}: keyboard accelerator & lost or added in {form!r}")
    assert problems == [], f"{len(problems)} problem(s) in {file_name}: " + "; ".join(problems[:10])


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_ui_string_has_the_context_the_code_asks_for(language: str) -> None:
    """A string found outside any class and context is filed under none, and Qt never finds its translation
    at run time (the person sees English): every string must be asked for with its context."""
    tree = ET.parse(ROOT / "i18n" / f"safetyapp_{language}.ts")
    nameless = [
        f"{message.findtext('source')!r}"
        for context in tree.getroot().iter("context")
        if not (context.findtext("name") or "").strip()
        for message in context.iter("message")
    ]
    assert nameless == [], f'strings with no context (use translate("Context", ...)): {nameless[:5]}'


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_advice_page_is_translated_with_the_same_contacts_and_links(language: str) -> None:
    library = Library(language, RESOURCES)
    content = library.content
    assert library.problems == ()
    english = Library("en-GB", RESOURCES).content
    untranslated = [page_id for page_id, page in content.pages.items() if page.fallback]
    assert untranslated == [], f"{language}: shown in English (with a note): {untranslated}"
    tokens = re.compile(r"\{\{contact:[a-z0-9-]+\}\}|\(page:[a-z0-9-]+\)")
    for page_id, page in content.pages.items():
        assert page.language == language
        ours = (RESOURCES / "content" / language / f"{page_id}.md").read_text(encoding="utf-8")
        theirs = (RESOURCES / "content" / "en-GB" / f"{page_id}.md").read_text(encoding="utf-8")
        assert sorted(tokens.findall(ours)) == sorted(tokens.findall(theirs)), page_id
        assert page.points == english.pages[page_id].points


def test_a_missing_page_falls_back_to_english_and_is_marked(resources_copy: Path) -> None:
    """What the advice page shows a note for ("not translated yet, so it is shown in English")."""
    folder = resources_copy / "content" / "cy"
    folder.mkdir(exist_ok=True)
    (folder / "young-reporting.md").unlink(missing_ok=True)
    page = Library("cy", resources_copy).content.pages["young-reporting"]
    assert page.fallback and page.language == "en-GB" and page.ok


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_wizard_translation_is_complete_or_absent(language: str) -> None:
    """A language's wizard file, once there, translates every string; without one the wizard is in English
    and says so (tests/ui/test_languages_ui.py)."""
    overlay = overlay_file(language, RESOURCES)
    if overlay is None:
        return
    flow = load_flow(flow_file(RESOURCES), overlay)
    missing = sorted(set(flow.strings) - set(flow.translated))
    assert missing == [], f"{language}: {len(missing)} wizard strings in English, e.g. {missing[:5]}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_contact_descriptions_are_translated_or_marked(language: str) -> None:
    """With resources/contact-text/<language>.toml the descriptions are translated (a broken file is a
    problem here); without it they are English and Get help says so."""
    library = Library(language, RESOURCES)
    if (RESOURCES / "contact-text" / f"{language}.toml").is_file():
        assert library.contacts_translated, library.problems
    else:
        assert not library.contacts_translated
    english = Library("en-GB", RESOURCES).contacts
    for contact_id, contact in library.contacts.items():
        original = english[contact_id]
        assert (contact.phone, contact.text, contact.email, contact.web) == (
            original.phone,
            original.text,
            original.email,
            original.web,
        )
