"""Strong passphrases, kindly: wherever a passphrase is set or changed, a weak one is refused in the
app's own words, and "Suggest one for me" fills in five random words without touching the clipboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from zxcvbn import zxcvbn

from safetyapp.ui.notes import NotesPage
from safetyapp.ui.notes.passphrase import PassphrasePair
from safetyapp.vault import passphrase_rules
from safetyapp.vault.store import Vault
from tests.ui.notes.support import Harness, Template, unlock, wait_for

WEAK = "password12"  # ten characters, and in every list of common passwords


def _type_pair(pair: PassphrasePair, text: str) -> None:
    pair.first.setText(text)
    pair.second.setText(text)


def _library_words(passphrase: str) -> list[str]:
    feedback = zxcvbn(passphrase)["feedback"]
    return [text for text in [feedback["warning"], *feedback["suggestions"]] if text]


def test_setup_refuses_a_weak_passphrase_in_the_apps_own_words(make_page: Callable[..., NotesPage]) -> None:
    page = make_page()
    view = page.setup_view
    pair = view.passphrase
    _type_pair(pair, "qwertyui")
    assert "at least 10 characters" in pair.strength.text() and not view.create_button.isEnabled()
    _type_pair(pair, WEAK)
    hint = pair.strength.text()
    assert "guess" in hint and "Suggest one for me" in hint
    assert not view.create_button.isEnabled()
    assert _library_words(WEAK) and not any(words in hint for words in _library_words(WEAK))
    assert pair.strength.accessibleName() == hint
    pair.second.setFocus()
    pair.submitted.emit()  # Enter does nothing either
    assert page.state == "setup"


def test_suggest_one_fills_both_fields_shows_it_and_leaves_the_clipboard_alone(
    make_page: Callable[..., NotesPage], harness: Harness, qtbot: QtBot
) -> None:
    QGuiApplication.clipboard().setText("something the user copied")
    page = make_page()
    view = page.setup_view
    pair = view.passphrase
    qtbot.mouseClick(pair.suggest_button, Qt.MouseButton.LeftButton)
    suggestion = pair.first.text()
    assert len(suggestion.split(" ")) == 5 and pair.second.text() == suggestion
    assert passphrase_rules.problem(suggestion) is None
    assert pair.first.echoMode() == QLineEdit.EchoMode.Normal and pair.show_box.isChecked()  # to write down
    assert pair.suggestion_note.isVisible() and "Write it down" in pair.suggestion_note.text()
    assert suggestion not in pair.suggestion_note.text()
    assert QGuiApplication.clipboard().text() == "something the user copied"
    assert view.create_button.isEnabled()
    qtbot.mouseClick(pair.suggest_button, Qt.MouseButton.LeftButton)
    assert pair.first.text() != suggestion  # a new one each time
    suggestion = pair.first.text()
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, "recovery-code")
    assert QGuiApplication.clipboard().text() == "something the user copied"
    page.shut_down()
    with Vault.open(harness.store_path) as vault:
        vault.unlock_with_passphrase(suggestion)


def test_changing_the_passphrase_refuses_a_weak_one(
    make_page: Callable[..., NotesPage], stored: Template, qtbot: QtBot
) -> None:
    page = make_page()
    unlock(qtbot, page)
    assert page.open_view is not None
    options = page.open_view.options
    _type_pair(options.passphrase, WEAK)
    assert not options.passphrase_button.isEnabled()
    assert "guess" in options.passphrase.strength.text()
    qtbot.mouseClick(options.passphrase.suggest_button, Qt.MouseButton.LeftButton)
    assert options.passphrase_button.isEnabled()


def test_a_new_passphrase_after_forgetting_it_must_be_strong(
    make_page: Callable[..., NotesPage], stored: Template
) -> None:
    page = make_page()
    view = page.unlock_view
    view.forgot_button.click()
    view.forgot_code.setText(stored.recovery_code)
    _type_pair(view.new_passphrase, WEAK)
    assert not view.reset_button.isEnabled()
    view.new_passphrase.suggest()
    assert view.reset_button.isEnabled()
