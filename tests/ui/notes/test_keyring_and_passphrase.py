"""Unlock automatically through an injected keyring; turning it on and off; changing the passphrase; a new
recovery code."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from keyring.backends import null
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from safetyapp.ui.notes import NotesPage
from safetyapp.vault.errors import WrongSecret
from safetyapp.vault.files import list_generations
from safetyapp.vault.keyring_access import SERVICE, KeyringAccess
from safetyapp.vault.store import Vault
from tests.ui.notes.support import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    Harness,
    Template,
    confirm_recovery_code,
    unlock,
    wait_for,
)

LEFT = Qt.MouseButton.LeftButton


def test_setup_with_a_working_keyring_then_it_opens_by_itself(
    make_page: Callable[..., NotesPage], harness: Harness, qtbot: QtBot
) -> None:
    page = make_page()
    choice = page.setup_view.keyring
    qtbot.waitUntil(choice.box.isEnabled)
    assert choice.reason.isHidden()
    qtbot.mouseClick(choice.box, LEFT)
    assert choice.wanted()
    page.setup_view.passphrase.first.setText(PASSPHRASE)
    page.setup_view.passphrase.second.setText(PASSPHRASE)
    qtbot.mouseClick(page.setup_view.create_button, LEFT)
    wait_for(qtbot, page, "recovery-code")
    confirm_recovery_code(qtbot, page)
    wait_for(qtbot, page, "open")
    assert page.session.keyring_on
    assert (SERVICE, page.session.store_id) in harness.keyring.entries
    page.shut_down()

    again = make_page()  # the next time the app starts
    wait_for(qtbot, again, "open")
    # An explicit Lock is not undone by the keyring: it waits to be asked.
    again.lock()
    assert again.state == "locked" and again.unlock_view.keyring_button.isVisible()
    qtbot.wait(50)
    assert again.state == "locked"
    qtbot.mouseClick(again.unlock_view.keyring_button, LEFT)
    wait_for(qtbot, again, "open")

    # Turned off: the slot goes from the store and the secret from the keyring.
    options = again.open_view.options  # type: ignore[union-attr]
    qtbot.waitUntil(options.keyring.isEnabled)
    assert options.keyring.isChecked()
    qtbot.keyClick(options.keyring, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "ask for your passphrase again" in options.keyring_reason.text())
    assert not again.session.keyring_on
    assert harness.keyring.entries == {}


def test_an_unusable_keyring_never_opens_anything_and_says_why(
    make_page: Callable[..., NotesPage], stored: Template, qtbot: QtBot
) -> None:
    page = make_page(keyring=KeyringAccess(null.Keyring()))
    qtbot.waitUntil(lambda: page.unlock_view.message.text() != "")
    assert page.state == "locked"
    assert "set to keep nothing" in page.unlock_view.message.text()
    unlock(qtbot, page)
    options = page.open_view.options  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.keyring_status is not None and "set to keep nothing" in options.keyring_reason.text())
    # The store has a keyring slot, so the box shows it is on, and can be turned off; never on again.
    assert options.keyring.isChecked() and options.keyring.isEnabled()


def test_turning_the_keyring_on_from_settings(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    page = make_page()
    unlock(qtbot, page)
    options = page.open_view.options  # type: ignore[union-attr]
    qtbot.waitUntil(options.keyring.isEnabled)
    assert options.keyring.isChecked()  # the template has a keyring slot...
    qtbot.keyClick(options.keyring, Qt.Key.Key_Space)  # ...off...
    qtbot.waitUntil(lambda: "ask for your passphrase again" in options.keyring_reason.text())
    qtbot.keyClick(options.keyring, Qt.Key.Key_Space)  # ...and on again, with a new secret
    qtbot.waitUntil(lambda: "without your passphrase" in options.keyring_reason.text())
    assert page.session.keyring_on
    assert (SERVICE, page.session.store_id) in harness.keyring.entries


def test_change_the_passphrase(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    page = make_page()
    unlock(qtbot, page)
    view = page.open_view
    assert view is not None
    qtbot.mouseClick(view.options_button, LEFT)
    options = view.options
    assert not options.passphrase_button.isEnabled()
    options.passphrase.first.setText(NEW_PASSPHRASE)
    options.passphrase.second.setText(NEW_PASSPHRASE)
    qtbot.mouseClick(options.passphrase_button, LEFT)
    qtbot.waitUntil(lambda: "has been changed" in options.passphrase_status.text())
    assert options.passphrase.first.text() == ""
    page.lock()
    unlock(qtbot, page, NEW_PASSPHRASE)
    page.shut_down()
    with Vault.open(harness.store_path) as vault:
        vault.unlock_with_recovery(stored.recovery_code)  # the recovery code still works


def test_get_a_new_recovery_code_from_settings(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    page = make_page()
    unlock(qtbot, page)
    view = page.open_view
    assert view is not None
    qtbot.mouseClick(view.options_button, LEFT)
    qtbot.mouseClick(view.options.recovery_button, LEFT)
    assert harness.dialogs.asked[-1] == ("confirm", "Get a new recovery code?")
    wait_for(qtbot, page, "recovery-code")
    code = confirm_recovery_code(qtbot, page)
    assert code and code != stored.recovery_code
    wait_for(qtbot, page, "open")
    assert page.open_view is view  # back to the same open notes
    assert "no longer opens your notes" in view.notice.text()
    assert list_generations(page.session.path) == []
    page.shut_down()
    with Vault.open(harness.store_path) as vault:
        with pytest.raises(WrongSecret):
            vault.unlock_with_recovery(stored.recovery_code)
        vault.unlock_with_recovery(code)
