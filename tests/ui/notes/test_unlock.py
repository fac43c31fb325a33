"""Opening locked notes: passphrase, recovery code, forgot passphrase; and the ways opening can fail."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from safetyapp.ui.notes import NotesPage
from safetyapp.ui.notes.unlock_view import FORGOT, RECOVERY
from safetyapp.vault.files import generation_path
from safetyapp.vault.store import Vault
from tests.helpers.store_files import fix_checksum, too_new
from tests.ui.notes.support import CANARY, NEW_PASSPHRASE, PASSPHRASE, Harness, Template, unlock, wait_for


def test_unlock_with_the_passphrase_and_enter(
    make_page: Callable[..., NotesPage], stored: Template, qtbot: QtBot
) -> None:
    page = make_page()
    assert page.state == "locked"
    view = page.unlock_view
    qtbot.keyClicks(view.passphrase, PASSPHRASE)
    qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    wait_for(qtbot, page, "open")
    assert view.passphrase.text() == ""
    assert page.open_view is not None
    case = page.open_view.cases.current_case
    assert case is not None and case.title == CANARY["title"]


def test_a_wrong_passphrase_says_so_and_changes_nothing(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    before = {p.name: p.read_bytes() for p in harness.store_path.parent.iterdir() if not p.name.endswith(".lock")}
    page = make_page()
    view = page.unlock_view
    view.passphrase.setText("not my passphrase")
    qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "didn't open My notes" in view.message.text())  # (the keyring may answer first)
    assert page.state == "locked"
    assert "Nothing has been changed" in view.message.text()
    after = {p.name: p.read_bytes() for p in harness.store_path.parent.iterdir() if not p.name.endswith(".lock")}
    assert after == before
    unlock(qtbot, page)  # and the right one still works


def test_unlock_with_the_recovery_code(make_page: Callable[..., NotesPage], stored: Template, qtbot: QtBot) -> None:
    page = make_page()
    view = page.unlock_view
    qtbot.mouseClick(view.use_code_button, Qt.MouseButton.LeftButton)
    assert view.mode == RECOVERY
    wrong = "Y" if stored.recovery_code[10] == "Z" else "Z"  # a different character, whatever the code
    view.code.setText(stored.recovery_code[:10] + wrong + stored.recovery_code[11:])
    assert "typing mistake" in view.code_hint.text() or "only letters" in view.code_hint.text()
    view.code.setText(stored.recovery_code.lower())
    qtbot.keyClick(view.code, Qt.Key.Key_Return)
    wait_for(qtbot, page, "open")


def test_forgot_passphrase_sets_a_new_one_and_keeps_every_note(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    page = make_page()
    view = page.unlock_view
    qtbot.mouseClick(view.forgot_button, Qt.MouseButton.LeftButton)
    assert view.mode == FORGOT
    assert not view.reset_button.isEnabled()
    view.forgot_code.setText(stored.recovery_code)
    view.new_passphrase.first.setText(NEW_PASSPHRASE)
    view.new_passphrase.second.setText(NEW_PASSPHRASE)
    assert view.reset_button.isEnabled()
    qtbot.mouseClick(view.reset_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, "open")
    assert page.session.data is not None and page.session.data.cases[0].accounts[0].username == CANARY["username"]

    page.lock()
    view.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "didn't open" in view.message.text())
    unlock(qtbot, page, NEW_PASSPHRASE)
    page.shut_down()
    with Vault.open(harness.store_path) as vault:
        vault.unlock_with_recovery(stored.recovery_code)  # the code still works
        assert vault.data.cases[0].title == CANARY["title"]


def test_notes_open_in_another_window_are_never_written(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    before = harness.store_path.read_bytes()
    with Vault.open(harness.store_path):
        page = make_page()
        assert page.state == "problem"
        assert "open in another window or program" in page.problem_view.message.text()
        assert page.problem_view.generation_buttons == {}
    qtbot.mouseClick(page.problem_view.retry_button, Qt.MouseButton.LeftButton)
    assert page.state == "opening"  # read off the GUI thread
    wait_for(qtbot, page, "locked")
    assert harness.store_path.read_bytes() == before


def test_a_damaged_file_offers_the_previous_copy(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    content = bytearray(harness.store_path.read_bytes())
    content[len(content) // 2] ^= 0xFF
    harness.store_path.write_bytes(bytes(content))
    page = make_page()
    assert page.state == "problem"
    assert "damaged" in page.problem_view.message.text()
    assert set(page.problem_view.generation_buttons) == {1, 2, 4}  # 4: the notes from before the session
    qtbot.mouseClick(page.problem_view.generation_buttons[1], Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, "locked")
    assert "earlier copy" in page.unlock_view.info.text()
    unlock(qtbot, page)
    assert page.open_view is not None
    assert "now your current notes" in page.open_view.notice.text()
    # The good copy is current again; the damaged file is kept as generation 1.
    assert harness.store_path.read_bytes() != bytes(content)
    assert generation_path(harness.store_path, 1).read_bytes() == bytes(content)


def test_notes_from_a_newer_version_are_refused_clearly(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness
) -> None:
    harness.store_path.write_bytes(too_new(harness.store_path.read_bytes()))
    page = make_page()
    assert page.state == "problem"
    assert "newer version of Safety Companion" in page.problem_view.message.text()


def test_a_tampered_file_is_named_as_such(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    content = bytearray(harness.store_path.read_bytes())
    content[-40] ^= 0x01  # inside the encrypted contents; the checksum is made to match again
    harness.store_path.write_bytes(fix_checksum(bytes(content)))
    page = make_page()
    assert page.state == "locked"  # the header is whole: it only shows when a key opens it
    page.unlock_view.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(page.unlock_view.passphrase, Qt.Key.Key_Return)
    wait_for(qtbot, page, "problem")
    assert "changed by something other than Safety Companion" in page.problem_view.message.text()
    assert 1 in page.problem_view.generation_buttons


def test_a_fifo_at_the_store_path_never_freezes_the_window(
    make_page: Callable[..., NotesPage], harness: Harness, qtbot: QtBot
) -> None:
    """A FIFO planted where the notes file goes used to hang start-up (Quick exit included). If the page
    ever waits on it again, a watchdog opens the other end every 10 seconds, so the test fails instead
    of hanging."""
    if os.name != "posix":
        pytest.skip("FIFOs are POSIX")
    harness.store_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.mkfifo(harness.store_path)
    finished = threading.Event()
    released: list[int] = []

    def watchdog() -> None:
        while not finished.wait(10):
            with open(harness.store_path, "wb"):  # releases a reader stuck on the FIFO
                released.append(1)

    guard = threading.Thread(target=watchdog, daemon=True)
    guard.start()
    try:
        page = make_page()
        assert page.state == "problem"
        assert "could not be read" in page.problem_view.message.text()
        qtbot.wait(50)  # the event loop runs
        page.forget_for_quick_exit()
        assert not released, "the page waited on the FIFO"
    finally:
        finished.set()
        guard.join()
        harness.store_path.unlink()  # so that closing the page cannot wait on it either
