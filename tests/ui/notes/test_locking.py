"""Locking: the Lock button, auto-lock with an injected clock, sleep and screen lock, Quick exit, quitting.
A locked store leaves no note text in any widget, model or the clipboard."""

from __future__ import annotations

import os
from collections.abc import Callable

import keyring.core
import pytest
from keyring.backends import null
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from safetyapp.core.settings import Settings
from safetyapp.ui.app.main_window import MainWindow
from safetyapp.ui.notes import NotesPage
from safetyapp.ui.notes.case_editor import DEMANDS, NOTES, OWN_ACCOUNTS, REPORTS, TIMELINE
from safetyapp.ui.notes.open_view import OpenView
from safetyapp.ui.notes.record_cards import AccountCard
from safetyapp.ui.notes.system_watch import SystemWatch
from safetyapp.vault import crypto
from safetyapp.vault.store import Vault
from tests.ui.notes.support import (
    CANARY,
    PASSPHRASE,
    TEST_PARAMS,
    Harness,
    Template,
    copy_store,
    flush_deletions,
    unlock,
    visible_texts,
    wait_for,
)


def show_everything(page: NotesPage) -> None:
    """Open every tab, so every note is in some widget."""
    assert page.open_view is not None and page.open_view.cases.editor is not None
    editor = page.open_view.cases.editor
    for tab in (TIMELINE, DEMANDS, REPORTS, NOTES, OWN_ACCOUNTS, 0):
        editor.tabs.setCurrentIndex(tab)
    card = editor.accounts.cards[0]
    assert isinstance(card, AccountCard)
    card.copy_button.click()


def canaries_in(texts: list[str]) -> list[str]:
    return [name for name, value in CANARY.items() if any(value in text for text in texts)]


def test_lock_leaves_no_note_text_in_any_widget(
    make_page: Callable[..., NotesPage], stored: Template, qtbot: QtBot
) -> None:
    page = make_page()
    unlock(qtbot, page)
    show_everything(page)
    assert set(canaries_in(visible_texts())) == set(CANARY)  # the sweep does see them while open
    qtbot.mouseClick(page.open_view.lock_button, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    assert page.state == "locked" and page.open_view is None and page.session.data is None
    assert page.session.store_id is not None and not page.session.is_open
    assert canaries_in(visible_texts()) == []  # at once, before the old widgets are deleted
    flush_deletions()
    assert canaries_in(visible_texts()) == []
    # Destroyed, not hidden: no widget that showed a note is left, nor any of its fields.
    assert not [w for w in QApplication.allWidgets() if isinstance(w, OpenView | AccountCard)]


def test_auto_lock_after_the_chosen_idle_time(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    page = make_page()
    unlock(qtbot, page)
    clock = harness.clock
    assert page.idle.running and page.lock_minutes == 5
    clock.now += 4 * 60
    page.idle.check()
    assert page.state == "open"
    # Any key press or click in the app counts as being there.
    editor = page.open_view.cases.editor  # type: ignore[union-attr]
    assert editor is not None
    qtbot.keyClick(editor.title, Qt.Key.Key_End)
    clock.now += 4 * 60
    page.idle.check()
    assert page.state == "open"
    clock.now += 61
    page.idle.check()
    assert page.state == "locked"
    assert "locked itself after 5 minutes" in page.unlock_view.info.text()
    assert not page.idle.running

    unlock(qtbot, page)
    options = page.open_view.options
    options.minutes.setCurrentIndex(options.minutes.findData(1))
    assert page.lock_minutes == 1
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        QPointF(2, 2),
        QPointF(2, 2),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    clock.now += 50
    QApplication.sendEvent(page, press)
    clock.now += 50
    page.idle.check()
    assert page.state == "open"
    clock.now += 11
    # The timer checks once a second on its own.
    qtbot.waitUntil(lambda: page.state == "locked", timeout=3000)
    assert "after a minute" in page.unlock_view.info.text()


def test_sleep_and_screen_lock_lock_the_notes(
    make_page: Callable[..., NotesPage], stored: Template, qtbot: QtBot
) -> None:
    page = make_page()
    watch = SystemWatch(page, use_dbus=False)
    watch.lock_now.connect(page.lock)
    unlock(qtbot, page)
    watch.application_state_changed(Qt.ApplicationState.ApplicationSuspended)
    assert page.state == "locked" and "went to sleep" in page.unlock_view.info.text()
    unlock(qtbot, page)
    watch.screen_saver_changed(False)
    assert page.state == "open"
    watch.screen_saver_changed(True)
    assert page.state == "locked" and "screen was locked" in page.unlock_view.info.text()
    unlock(qtbot, page)
    watch.prepare_for_sleep(True)
    assert page.state == "locked"


@pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS", "").startswith(("unix:", "tcp:")),
    reason="needs a D-Bus session bus (scripts/test.sh runs the tests in one)",
)
def test_a_screen_saver_signal_on_the_session_bus_locks_the_notes(
    make_page: Callable[..., NotesPage], stored: Template, qtbot: QtBot
) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    page = make_page(watch_system=True)
    assert page.system_watch is not None and "org.freedesktop.ScreenSaver" in page.system_watch.watching
    unlock(qtbot, page)
    message = QDBusMessage.createSignal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged")
    message.setArguments([True])
    assert QDBusConnection.sessionBus().send(message)
    qtbot.waitUntil(lambda: page.state == "locked", timeout=3000)


def test_quitting_saves_locks_and_lets_go_of_the_store(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    page = make_page()
    unlock(qtbot, page)
    editor = page.open_view.cases.editor  # type: ignore[union-attr]
    assert editor is not None
    editor.title.setText("Renamed before quitting")
    QApplication.instance().aboutToQuit.emit()  # type: ignore[union-attr]
    assert page.open_view is None and page.session.data is None
    with Vault.open(harness.store_path) as vault:  # the single-instance lock was let go
        vault.unlock_with_passphrase(PASSPHRASE)
        assert vault.data.cases[0].title == "Renamed before quitting"


def test_quick_exit_from_the_main_window_saves_and_locks(
    make_window: Callable[..., MainWindow], template: Template, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keyring.core, "_keyring_backend", null.Keyring())
    monkeypatch.setattr(crypto, "calibrate", lambda *args, **kwargs: TEST_PARAMS)
    window = make_window(Settings(reader="young", first_run=False))
    copy_store(template, window.context.paths.data / "notes" / "store.scv")
    page = window.show_section("notes")
    assert isinstance(page, NotesPage)
    wait_for(qtbot, page, "locked")
    unlock(qtbot, page)
    show_everything(page)
    editor = page.open_view.cases.editor  # type: ignore[union-attr]
    assert editor is not None
    editor.title.setText("Changed just before quick exit")
    with qtbot.waitSignal(window.quick_exit.triggered, timeout=1000):
        qtbot.mouseClick(window.quick_exit_button, Qt.MouseButton.LeftButton)
    assert page.state == "locked" and page.session.store_id is not None and not page.session.is_open
    assert QGuiApplication.clipboard().text() == ""
    flush_deletions()
    assert canaries_in(visible_texts()) == []
    assert window.windowTitle() == "Safety Companion"
    page.shut_down()
    with Vault.open(page.store_path) as vault:
        vault.unlock_with_passphrase(PASSPHRASE)
        assert vault.data.cases[0].title == "Changed just before quick exit"
