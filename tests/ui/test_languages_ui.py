"""Languages in the real window: right to left for Urdu with its bundled font, numbers and addresses
keeping their order, draft and fallback notes, and switching language without losing one's place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from safetyapp.core.settings import Settings
from safetyapp.ui.app.main_window import MainWindow
from safetyapp.ui.kit.text import fill
from safetyapp.ui.pages.advice import AdvicePage
from safetyapp.ui.pages.settings import SettingsPage
from tests.helpers.wizard import answer, wizard


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


def test_urdu_mirrors_the_window_and_uses_the_bundled_font(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(Settings(reader="parent", first_run=False, language="ur"))
    assert app().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft() and window.nav.isRightToLeft()
    assert app().font().families()[0] == "Noto Naskh Arabic"
    # A phone number or web address inside right-to-left text keeps its own order.
    assert fill("%1 :فون", "0800 1111") == "\u20680800 1111\u2069 :فون"


def test_in_urdu_every_label_reads_as_a_right_to_left_paragraph(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """Urdu that begins with an English name ("CEOP Safety Centre (...)") must still be an Urdu
    paragraph: aligned right, its Urdu words after the name, not before it. (Text wholly in English, a
    fallback, is read left to right as English is.)"""
    import re
    import unicodedata

    from PySide6.QtWidgets import QLabel

    def urdu_laid_out_left_to_right(text: str) -> bool:
        text = re.sub(r"<[^>]*>", "", text)  # the words of a rich-text label, not its tags
        # The paragraph's direction is its first strong letter's, not counting what is inside an isolate
        # (FSI ... PDI, as around each filled-in value): "1. <Urdu>" made of two values has none, so is
        # left to right.
        outside = re.sub("[\u2066\u2067\u2068][^\u2069]*\u2069", "", text)
        strong = [kind for kind in map(unicodedata.bidirectional, outside) if kind in ("L", "R", "AL")]
        urdu = any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)
        return urdu and (not strong or strong[0] == "L")

    window = make_window(Settings(reader="parent", first_run=False, language="ur"))
    wrong = []
    for section in ("home", "advice", "wizard", "help", "settings"):
        page = window.show_section(section)
        if section == "wizard":  # the plan too: its steps are numbered "%1. %2"
            answer(qtbot, window.wizard_page(), {})
        wrong += [
            (section, label.text()) for label in page.findChildren(QLabel) if urdu_laid_out_left_to_right(label.text())
        ]
    assert any(contact.name.startswith("CEOP") for contact in window.context.library.contacts.values())
    assert wrong == [], "\n".join(map(repr, wrong))


def test_an_urdu_advice_page_reads_right_to_left_even_where_a_paragraph_begins_in_english(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(Settings(reader="parent", first_run=False, language="ur"))
    advice = window.show_section("advice")
    assert isinstance(advice, AdvicePage)
    advice.show_page("parent-getting-images-removed")
    block = advice.viewer.document().begin()
    directions = {}
    while block.isValid():
        if block.text().strip():
            directions[block.text()] = block.textDirection()
        block = block.next()
    assert any(text.startswith("Report Remove") for text in directions)  # a paragraph that begins in English
    assert set(directions.values()) == {Qt.LayoutDirection.RightToLeft}


def test_english_is_left_to_right_with_the_usual_font(make_window: Callable[..., MainWindow]) -> None:
    make_window(Settings(reader="parent", first_run=False, language="ur"))
    make_window(Settings(reader="parent", first_run=False, language="en-GB"))
    assert app().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert "Noto Naskh Arabic" not in app().font().families()
    assert fill("Phone: %1", "0800 1111") == "Phone: 0800 1111"


def test_a_draft_translation_says_so_on_the_language_choice_and_at_the_foot_of_a_page(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(Settings(reader="parent", first_run=False, language="ur"))
    settings_page = window.show_section("settings")
    assert isinstance(settings_page, SettingsPage)
    labels = [settings_page.language.itemText(i) for i in range(settings_page.language.count())]
    assert labels[0] == "English (UK)"
    assert all("draft translation" in label or "ترجم" in label for label in labels[1:]), labels
    advice = window.show_section("advice")
    assert isinstance(advice, AdvicePage)
    advice.show_page("parent-what-to-do-now")
    assert advice.current_page is not None and advice.current_page.language == "ur"
    assert advice.footer.text().strip() != ""
    assert "not translated yet" not in advice.footer.text()


def test_changing_language_updates_the_window_at_once_and_keeps_the_wizard_answers(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(Settings(reader="staff", first_run=False))
    page = wizard(window)
    answer(qtbot, page, {"safety": "no", "who": "staff", "happening": "told-me"})
    before = page.plan.step_ids if page.plan else ()
    settings_page = window.show_section("settings")
    assert isinstance(settings_page, SettingsPage)
    settings_page.language.setCurrentIndex(settings_page.language.findData("ur"))
    QApplication.processEvents()
    assert window.context.library.language == "ur"
    assert app().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.current_section == "settings"
    new_settings = window.show_section("settings")
    assert isinstance(new_settings, SettingsPage) and new_settings is not settings_page
    assert window.focusWidget() is new_settings.language, "the keyboard stays on the language choice"
    new_wizard = wizard(window)
    assert new_wizard is not page
    assert new_wizard.plan is not None and new_wizard.plan.step_ids == before
    advice = window.show_section("advice")
    assert isinstance(advice, AdvicePage)
    advice.show_page("staff-what-to-do-now")
    assert advice.current_page is not None and advice.current_page.language == "ur"
    # And back to English.
    window.show_section("settings")
    back = window.settings_page()
    back.language.setCurrentIndex(back.language.findData("en-GB"))
    QApplication.processEvents()
    assert app().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.nav.buttons["home"].text() == "Home"


def test_a_wizard_not_yet_translated_says_it_is_shown_in_english(
    make_window: Callable[..., MainWindow], resources_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QLabel

    import safetyapp.core.library as library_module

    def notes(language: str) -> tuple[bool, bool]:
        page = wizard(make_window(Settings(reader="parent", first_run=False, language=language)))
        shown = {label.text() for label in page.findChildren(QLabel)}
        missing = page.tr("Some of these questions are not translated yet, so they are shown in English.")
        draft = page.tr("This translation is a draft: a native speaker has not checked it yet.")
        return missing in shown, draft in shown

    for language in ("cy", "pl", "ur"):  # complete drafts: only the draft note
        assert notes(language) == (False, True), language
    # A Polish wizard with its last lines lost: those questions are in English, and it says so.
    overlay = resources_copy / "wizard" / "pl.toml"
    lines = overlay.read_text(encoding="utf-8").splitlines()
    overlay.write_text("\n".join(lines[: len(lines) // 2]) + "\n", encoding="utf-8")
    monkeypatch.setattr(library_module, "resources_dir", lambda: resources_copy)
    assert notes("pl")[0]


def test_my_notes_survives_a_change_of_language_locked_or_open(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """A locked store is let go and opened again in the new language (not "open in another window"); an
    open one stays open, and is rebuilt in the new language once it is locked."""
    from safetyapp.ui.notes import NotesPage
    from safetyapp.ui.notes.notes_page import store_path_for
    from safetyapp.vault.store import Vault
    from tests.ui.notes.support import PASSPHRASE, TEST_PARAMS, unlock, wait_for

    window = make_window(Settings(reader="parent", first_run=False))
    vault, _code = Vault.create(store_path_for(window.context), PASSPHRASE, kdf_params=TEST_PARAMS)
    vault.close()

    def switch(language: str) -> None:
        window.context.update_settings(window.context.settings.with_(language=language))
        QApplication.processEvents()

    locked = window.show_section("notes")
    assert isinstance(locked, NotesPage)
    wait_for(qtbot, locked, "locked")
    switch("cy")
    relocked = window.show_section("notes")
    assert isinstance(relocked, NotesPage) and relocked is not locked
    wait_for(qtbot, relocked, "locked")  # not "problem": the old page let go of the store
    unlock(qtbot, relocked)
    switch("pl")
    assert window.show_section("notes") is relocked and relocked.state == "open"  # still open
    relocked.lock()
    wait_for(qtbot, relocked, "locked")
    window.show_section("notes")
    rebuilt = window.notes_page()
    assert rebuilt is not None and rebuilt is not relocked, "once locked, My notes is built again in the new language"
    wait_for(qtbot, rebuilt, "locked")
