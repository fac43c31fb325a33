"""Opened, My notes has room for what is typed: the window lets the page be as wide as a readable column
plus the list of cases beside it (kept to one column's width, a case's fields were squeezed and a
username showed as "09x"). Locked or being set up, it is one readable column again.

Offscreen, the window is too small for the difference to show on the fields: the real-screen suite and
the screenshots at 1366x768 and 1920x1080 show it. Here, the width the window lets the page take."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from safetyapp.core.settings import Settings
from safetyapp.ui.app.main_window import MainWindow
from safetyapp.ui.notes.case_view import LIST_WIDTH
from safetyapp.vault.crypto import MINIMUM_PARAMS
from safetyapp.vault.store import Vault
from tests.ui.notes.support import PASSPHRASE, wait_for


def test_opened_notes_may_be_as_wide_as_a_column_of_text_and_the_list_of_cases(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(Settings(reader="young", first_run=False))
    Vault.create(window.context.paths.data / "notes" / "store.scv", PASSPHRASE, kdf_params=MINIMUM_PARAMS)[0].close()
    window.show_section("notes")
    notes = window.notes_page()
    assert notes is not None
    wait_for(qtbot, notes, "locked")  # the store's header is read off the GUI thread
    column = window.stack.maximumWidth()
    assert column < 16_777_215  # locked: one readable column
    notes.unlock_view.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(notes.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, notes, "open", timeout=30_000)
    assert window.stack.maximumWidth() >= column + LIST_WIDTH
    notes.lock()
    wait_for(qtbot, notes, "locked")
    assert window.stack.maximumWidth() == column
