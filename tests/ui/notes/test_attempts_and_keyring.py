"""After 5 wrong tries the unlock view counts down before the next (never a wipe); a keyring secret that
does not open the notes says so in its own words; in portable mode the keyring is never offered or asked."""

from __future__ import annotations

import base64
import os
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from safetyapp.ui.notes import NotesPage
from safetyapp.vault.keyring_access import SERVICE
from safetyapp.vault.store import Vault
from tests.ui.notes.support import CANARY, Harness, Template, unlock, wait_for


def _wrong(qtbot: QtBot, page: NotesPage, tries: int) -> None:
    view = page.unlock_view
    for _ in range(tries):
        view.passphrase.setText("not my passphrase at all")
        qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not view.is_busy() and "didn't open" in view.message.text())
        view.show_message("")


def test_after_five_wrong_tries_a_countdown_then_the_right_passphrase_still_opens(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    before = {p.name: p.read_bytes() for p in harness.store_path.parent.iterdir() if not p.name.endswith(".lock")}
    page = make_page()
    view = page.unlock_view
    _wrong(qtbot, page, 4)
    assert not view.wait_note.isVisible() and view.unlock_button.isEnabled()
    _wrong(qtbot, page, 1)
    assert view.wait_note.isVisible() and "0:15" in view.wait_note.text()
    assert "Nothing has been deleted" in view.wait_note.text()
    assert view.wait_note.accessibleName() == view.wait_note.text()
    assert not view.unlock_button.isEnabled() and not view.code_unlock_button.isEnabled()
    view.passphrase.setText("not my passphrase at all")
    qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)  # refused while waiting: nothing is tried
    assert not view.is_busy() and page.state == "locked"

    harness.clock.now += 10
    qtbot.waitUntil(lambda: "0:05" in view.wait_note.text(), timeout=3000)  # it counts down on screen
    page.lock()  # locking again does not start the count afresh
    assert view.wait_note.isVisible() and not view.unlock_button.isEnabled()
    harness.clock.now += 5
    qtbot.waitUntil(lambda: not view.wait_note.isVisible(), timeout=3000)
    assert "try again now" in view.message.text() and view.unlock_button.isEnabled()

    _wrong(qtbot, page, 1)  # the next wrong one waits longer
    assert "0:30" in view.wait_note.text()
    harness.clock.now += 30
    qtbot.waitUntil(view.unlock_button.isEnabled, timeout=3000)
    after = {p.name: p.read_bytes() for p in harness.store_path.parent.iterdir() if not p.name.endswith(".lock")}
    assert after == before  # never a wipe
    unlock(qtbot, page)
    assert page.open_view is not None and page.open_view.cases.current_case is not None


def test_wrong_recovery_codes_count_too(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    from safetyapp.vault import recovery

    page = make_page()
    view = page.unlock_view
    view.use_code_button.click()
    for _ in range(5):
        view.code.setText(recovery.generate())
        qtbot.keyClick(view.code, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not view.is_busy() and "didn't open" in view.message.text())
        view.show_message("")
    assert view.wait_note.isVisible() and not view.code_unlock_button.isEnabled()


def test_a_keyring_secret_that_does_not_open_the_notes_says_so(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    harness.keyring.entries[(SERVICE, stored.store_id)] = base64.b64encode(os.urandom(32)).decode()
    page = make_page()  # tries the keyring by itself
    view = page.unlock_view
    qtbot.waitUntil(lambda: view.message.text() != "")
    message = view.message.text()
    assert "keyring didn't open My notes" in message and "Type your passphrase" in message
    assert "That passphrase" not in message
    assert page.attempts.failures == 0  # not a guess at the passphrase
    unlock(qtbot, page)


def _portable_page_with_a_keyring_secret(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness
) -> NotesPage:
    """Portable mode, with the right keyring secret in the keyring (as if set up there before)."""
    harness.context.paths = harness.context.paths._replace(portable=True)
    harness.keyring.entries[(SERVICE, stored.store_id)] = base64.b64encode(stored.keyring_secret).decode()
    return make_page()


def test_portable_mode_never_offers_or_asks_the_keyring(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    page = _portable_page_with_a_keyring_secret(make_page, stored, harness)
    view = page.unlock_view
    qtbot.wait(200)
    assert page.state == "locked" and not view.keyring_button.isVisible()  # the store has a keyring slot
    unlock(qtbot, page)
    assert page.open_view is not None
    options = page.open_view.options
    qtbot.waitUntil(lambda: "portable" in options.keyring_reason.text())
    assert harness.keyring.gets == [] and harness.keyring.sets == []
    page.shut_down()
    with Vault.open(harness.store_path) as vault:
        vault.unlock_with_keyring_secret(stored.keyring_secret)
        assert vault.data.cases[0].title == CANARY["title"]


def test_portable_setup_explains_why_the_keyring_is_off(
    make_page: Callable[..., NotesPage], harness: Harness, qtbot: QtBot
) -> None:
    harness.context.paths = harness.context.paths._replace(portable=True)
    page = make_page()
    choice = page.setup_view.keyring
    qtbot.waitUntil(lambda: page.keyring_status is not None)
    assert not choice.box.isEnabled() and "portable" in choice.reason.text()
    assert harness.keyring.gets == []
    wait_for(qtbot, page, "setup")


def test_deleting_everything_in_portable_mode_leaves_the_keyring_alone_and_says_nothing_of_it(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    page = _portable_page_with_a_keyring_secret(make_page, stored, harness)
    unlock(qtbot, page)
    assert page.open_view is not None
    options = page.open_view.options
    options.confirm_word.setText("DELETE")
    options.delete_button.click()
    assert page.state == "setup"
    qtbot.wait(300)
    assert "has been deleted" in page.notice.text() and "keyring" not in page.notice.text()
    assert (SERVICE, stored.store_id) in harness.keyring.entries and harness.keyring.gets == []
