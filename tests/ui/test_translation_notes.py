"""When the English behind a translation changes, the app shows the English for that part with its usual
"not translated yet" note, in the reader's language, until the translation is updated."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from safetyapp.core.settings import Settings
from safetyapp.ui.app.main_window import MainWindow
from tests.helpers.wizard import wizard

I18N = Path(__file__).resolve().parents[2] / "i18n"


def welsh(source: str) -> str:
    for message in ElementTree.parse(I18N / "safetyapp_cy.ts").getroot().iter("message"):
        if message.findtext("source") == source:
            return message.findtext("translation") or ""
    raise KeyError(source)


@pytest.fixture
def changed_english(resources_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app reads a copy of the resources in which one English page and one wizard string changed."""
    page = resources_copy / "content" / "en-GB" / "staff-reporting.md"
    page.write_text(page.read_text(encoding="utf-8").replace("## ", "## Reporting: ", 1), encoding="utf-8")
    flow = resources_copy / "wizard" / "flow.toml"
    old = 'prompt = "First: is anyone in danger right now, or thinking about hurting themselves?"'
    text = flow.read_text(encoding="utf-8")
    assert old in text
    flow.write_text(text.replace(old, old[:-1] + ' Take your time."'), encoding="utf-8")
    monkeypatch.setattr("safetyapp.core.library.resources_dir", lambda: resources_copy)
    return resources_copy


def test_a_page_whose_english_changed_is_shown_in_english_with_the_note(
    changed_english: Path, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(Settings(reader="staff", language="cy", first_run=False))
    window.show_section("advice")
    advice = window.advice_page()
    advice.show_page("staff-reporting")
    assert "Reporting: " in advice.viewer.toPlainText()
    assert welsh("This page is not translated yet, so it is shown in English.") in advice.footer.text()
    advice.show_page("staff-what-to-do-now")  # unchanged: still in Welsh, without the note
    assert "Ble rydych chi'n gweithio" in advice.viewer.toPlainText()
    assert welsh("This page is not translated yet, so it is shown in English.") not in advice.footer.text()


def test_a_wizard_question_whose_english_changed_is_shown_in_english_with_the_note(
    changed_english: Path, make_window: Callable[..., MainWindow]
) -> None:
    page = wizard(make_window(Settings(reader="staff", language="cy", first_run=False)))
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    assert any("Take your time." in text for text in texts)
    note = welsh("Some of these questions are not translated yet, so they are shown in English.")
    assert note in texts
