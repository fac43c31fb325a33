"""First use through the real widgets: what it is for, a passphrase twice, the recovery code shown once and
checked by typing two of its groups, chosen at random, from the copy kept (with the code out of sight)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

from keyring.backends import null
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QFrame
from pytestqt.qtbot import QtBot

from safetyapp.ui.app.sections import READABLE_CHARACTERS, characters_wide
from safetyapp.ui.notes import NotesPage
from safetyapp.vault import recovery
from safetyapp.vault.keyring_access import KeyringAccess
from safetyapp.vault.store import Vault
from tests.helpers.umask import mode, umask
from tests.ui.notes.support import PASSPHRASE, Harness, unlock, wait_for


def reach_the_recovery_code(qtbot: QtBot, page: NotesPage) -> None:
    page.setup_view.passphrase.first.setText(PASSPHRASE)
    page.setup_view.passphrase.second.setText(PASSPHRASE)
    qtbot.mouseClick(page.setup_view.create_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, "recovery-code")


def test_first_use_sets_a_passphrase_then_shows_the_recovery_code_once(
    make_page: Callable[..., NotesPage], harness: Harness, qtbot: QtBot
) -> None:
    page = make_page()
    assert page.state == "setup"
    view = page.setup_view
    fields = view.passphrase
    assert not view.create_button.isEnabled()

    qtbot.keyClicks(fields.first, "short")
    assert "Too short" in fields.strength.text()
    qtbot.keyClicks(fields.second, "short")
    assert not view.create_button.isEnabled()
    fields.first.setText(PASSPHRASE)
    assert "not the same" in fields.match.text()
    fields.second.setText(PASSPHRASE)
    assert view.create_button.isEnabled()
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, "recovery-code")
    assert harness.store_path.is_file()
    assert not fields.first.text() and not fields.second.text()  # the passphrase leaves the fields

    code_view = page.recovery_view
    code = code_view.code_label.text()
    assert recovery.is_valid(code)
    assert QFontInfo(code_view.code_label.font()).fixedPitch()
    assert code_view.code_label.font().pointSizeF() > code_view.group_fields[0].font().pointSizeF()
    # On one line in a column of text, frame and all (once split as "6Y31S-" over the other six groups).
    frame = code_view.code_label.parentWidget()
    box = frame.layout() if isinstance(frame, QFrame) else None
    assert isinstance(frame, QFrame) and box is not None
    margins = box.contentsMargins()
    room = characters_wide(page, READABLE_CHARACTERS) - margins.left() - margins.right() - 2 * frame.frameWidth()
    assert code_view.code_label.fontMetrics().horizontalAdvance(code) <= room, room
    assert code_view.kept_button.isVisible() and not code_view.continue_button.isVisible()

    qtbot.mouseClick(code_view.kept_button, Qt.MouseButton.LeftButton)
    assert not code_view.code_label.isVisible()  # typed from the copy kept, not copied off the screen
    first, second = code_view.asked_groups
    assert 1 <= first < second <= recovery.GROUPS
    assert code_view.ask.text() == f"Now check your copy: type group {first} and group {second} of your recovery code."
    groups = code.split("-")
    one, two = code_view.group_fields
    assert not code_view.continue_button.isEnabled()
    place = code_view.continue_button.geometry()
    qtbot.keyClicks(one, groups[first - 1])
    qtbot.keyClicks(two, groups[second % recovery.GROUPS])  # the group after it: a wrong one
    assert not code_view.continue_button.isEnabled()
    assert code_view.hint.text().startswith(f"That isn't group {second}.")
    assert code_view.continue_button.geometry() == place  # said without moving Continue
    two.clear()
    qtbot.keyClicks(two, groups[second - 1].lower())  # capitals don't matter
    assert code_view.continue_button.isEnabled() and code_view.hint.text() == "That's right."
    qtbot.keyClick(two, Qt.Key.Key_Return)
    wait_for(qtbot, page, "open")
    assert code_view.code_label.text() == ""  # shown once
    assert page.open_view is not None and page.open_view.cases.current_case is None

    # The store really opens with that passphrase and that code.
    page.shut_down()
    with Vault.open(harness.store_path) as vault:
        vault.unlock_with_recovery(code)
        assert vault.data.cases == []


def test_setup_works_from_the_keyboard_alone(make_page: Callable[..., NotesPage], qtbot: QtBot) -> None:
    page = make_page()
    fields = page.setup_view.passphrase
    fields.first.setFocus()
    qtbot.keyClicks(fields.first, PASSPHRASE)
    qtbot.keyClick(fields.first, Qt.Key.Key_Return)  # Enter moves on to the second field
    assert fields.second.hasFocus() or page.focusWidget() is fields.second
    qtbot.keyClicks(fields.second, PASSPHRASE)
    qtbot.keyClick(fields.second, Qt.Key.Key_Return)
    wait_for(qtbot, page, "recovery-code")
    view = page.recovery_view
    groups = view.code_label.text().split("-")
    assert view.kept_button.hasFocus()
    qtbot.keyClick(view.kept_button, Qt.Key.Key_Space)
    first, second = view.asked_groups
    assert view.group_fields[0].hasFocus()
    qtbot.keyClicks(view.group_fields[0], groups[first - 1])
    qtbot.keyClick(view.group_fields[0], Qt.Key.Key_Return)  # Enter moves on to the second group
    assert view.group_fields[1].hasFocus()
    qtbot.keyClicks(view.group_fields[1], groups[second - 1])
    qtbot.keyClick(view.group_fields[1], Qt.Key.Key_Return)
    wait_for(qtbot, page, "open")


def test_a_keyring_that_keeps_nothing_turns_the_option_off_with_the_reason(
    make_page: Callable[..., NotesPage], qtbot: QtBot
) -> None:
    page = make_page(keyring=KeyringAccess(null.Keyring()))
    choice = page.setup_view.keyring
    qtbot.waitUntil(lambda: page.keyring_status is not None)
    assert not choice.box.isEnabled() and not choice.box.isChecked()
    assert "set to keep nothing" in choice.reason.text()
    assert "anyone who can log in to this computer as you could then open your notes" in choice.trade_off.text()
    # One line until asked (it kept "Create My notes" off a 1024x600 screen), and the button says why to ask.
    assert choice.more_button.text() == "Why is this off?" and not choice.reason.isVisibleTo(page)
    assert "set to keep nothing" in choice.box.accessibleDescription()  # screen readers hear it with the box
    qtbot.mouseClick(choice.more_button, Qt.MouseButton.LeftButton)
    assert choice.reason.isVisibleTo(page) and choice.trade_off.isVisibleTo(page)


def test_the_recovery_code_can_be_saved_as_a_pdf(
    make_page: Callable[..., NotesPage], harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    page = make_page()
    reach_the_recovery_code(qtbot, page)
    harness.dialogs.save_to = tmp_path / "code"
    with umask(0o000):  # readable by this user only, whatever the umask
        qtbot.mouseClick(page.recovery_view.pdf_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "code.pdf"
    assert written.is_file() and written.read_bytes().startswith(b"%PDF")
    assert os.name != "posix" or mode(written) == 0o600
    assert "Keep it somewhere safe" in page.notice.text()
    assert harness.dialogs.removable == [True]  # it starts on a USB stick, if one is plugged in
    lines = subprocess.run(["pdftotext", "-layout", str(written), "-"], capture_output=True, text=True).stdout
    code = page.recovery_view.code_label.text()
    assert [line.strip() for line in lines.splitlines() if code[:5] in line] == [code]  # whole, on one line


def test_the_code_can_be_shown_again_and_then_two_other_groups_may_be_asked(
    make_page: Callable[..., NotesPage], qtbot: QtBot
) -> None:
    page = make_page()
    reach_the_recovery_code(qtbot, page)
    view = page.recovery_view
    asked = set()
    for _ in range(30):
        qtbot.mouseClick(view.kept_button, Qt.MouseButton.LeftButton)
        asked.add(view.asked_groups)
        qtbot.keyClicks(view.group_fields[0], "ABCDE")
        qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
        assert view.code_label.isVisible() and not view.group_fields[0].text()
    assert len(asked) > 1  # chosen at random each time, not always the same two


def test_locking_before_the_code_is_confirmed_still_leaves_a_store_that_opens(
    make_page: Callable[..., NotesPage], qtbot: QtBot
) -> None:
    page = make_page()
    reach_the_recovery_code(qtbot, page)
    page.forget_for_quick_exit()
    assert page.state == "locked" and page.recovery_view.code_label.text() == ""
    unlock(qtbot, page)


def test_the_keyring_trade_off_shows_once_the_box_is_ticked(make_page: Callable[..., NotesPage], qtbot: QtBot) -> None:
    """Said when it matters (and always to screen readers, with the box): shown from the start, it
    pushed "Create My notes" below a small screen's edge."""
    page = make_page()
    choice = page.setup_view.keyring
    qtbot.waitUntil(lambda: choice.box.isEnabled())
    assert not choice.trade_off.isVisibleTo(page)
    assert "anyone who can log in" in choice.box.accessibleDescription()
    choice.box.setChecked(True)
    assert choice.trade_off.isVisibleTo(page)


def test_what_is_this_says_what_unlocking_automatically_means_before_anything_is_ticked(
    make_page: Callable[..., NotesPage], qtbot: QtBot
) -> None:
    page = make_page()
    choice = page.setup_view.keyring
    qtbot.waitUntil(lambda: choice.box.isEnabled())
    assert choice.more_button.text() == "What is this?" and not choice.trade_off.isVisibleTo(page)
    qtbot.mouseClick(choice.more_button, Qt.MouseButton.LeftButton)
    assert choice.trade_off.isVisibleTo(page) and not choice.box.isChecked()  # asking ticks nothing
    assert not choice.reason.isVisibleTo(page)  # it works here: no reason to give
    qtbot.mouseClick(choice.more_button, Qt.MouseButton.LeftButton)
    assert not choice.trade_off.isVisibleTo(page)
