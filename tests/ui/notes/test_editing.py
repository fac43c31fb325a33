"""Writing things down through the widgets: cases, accounts, the timeline, saving, and a failed save."""

from __future__ import annotations

import datetime as dt
import errno
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from pytestqt.qtbot import QtBot

from safetyapp.ui.notes import NotesPage
from safetyapp.ui.notes.case_editor import DEMANDS, REPORTS, TIMELINE
from safetyapp.ui.notes.record_cards import AccountCard, DemandCard, ReportCard
from safetyapp.vault.files import FileOps
from safetyapp.vault.records import Case, Event, VaultData
from safetyapp.vault.store import Vault
from tests.helpers.leaks import encodings
from tests.ui.notes.support import (
    CANARY,
    PASSPHRASE,
    TEST_PARAMS,
    Harness,
    Template,
    confirm_recovery_code,
    unlock,
    wait_for,
)

LEFT = Qt.MouseButton.LeftButton


def open_new_store(page: NotesPage, qtbot: QtBot) -> None:
    page.setup_view.passphrase.first.setText(PASSPHRASE)
    page.setup_view.passphrase.second.setText(PASSPHRASE)
    qtbot.mouseClick(page.setup_view.create_button, LEFT)
    wait_for(qtbot, page, "recovery-code")
    confirm_recovery_code(qtbot, page)
    wait_for(qtbot, page, "open")


def test_a_case_with_an_account_and_an_event_survives_lock_and_unlock(
    make_page: Callable[..., NotesPage], harness: Harness, qtbot: QtBot
) -> None:
    page = make_page()
    open_new_store(page, qtbot)
    view = page.open_view
    assert view is not None
    qtbot.mouseClick(view.cases.new_button, LEFT)
    editor = view.cases.editor
    assert editor is not None
    qtbot.keyClicks(editor.title, "Snapchat, June")
    assert view.cases.model.data(view.cases.model.index(0)).startswith("Snapchat, June")
    assert view.status.text() == "Saving…"

    qtbot.mouseClick(editor.accounts.add_button, LEFT)
    card = editor.accounts.cards[0]
    assert isinstance(card, AccountCard)
    card.platform.setCurrentIndex(card.platform.findData("snapchat"))
    qtbot.keyClicks(card.username, "sam_2009x")
    qtbot.mouseClick(card.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == "sam_2009x"
    assert bytes(QGuiApplication.clipboard().mimeData().data("x-kde-passwordManagerHint").data()) == b"secret"
    assert "30 seconds" in card.copied.text()
    assert editor.tabs.tabText(0) == "Their accounts (1)"

    editor.tabs.setCurrentIndex(TIMELINE)
    timeline = editor.timeline
    qtbot.mouseClick(timeline.add_button, LEFT)
    timeline.when.edit.selectAll()
    qtbot.keyClicks(timeline.when.edit, "1 Jun 2025 20:30")
    assert timeline.when.value() == dt.datetime(2025, 6, 1, 20, 30)
    timeline.kind.setCurrentIndex(timeline.kind.findData("demanded-money"))
    qtbot.keyClicks(timeline.text, "asked for 200 in gift cards")
    assert timeline.model.data(timeline.model.index(0, 2)) == "asked for 200 in gift cards"
    qtbot.mouseClick(timeline.now_button, LEFT)
    assert timeline.when.value() == dt.datetime(2025, 6, 3, 21, 14)  # the injected "now"

    editor.tabs.setCurrentIndex(DEMANDS)
    qtbot.mouseClick(editor.demands.add_button, LEFT)
    demand = editor.demands.cards[0]
    assert isinstance(demand, DemandCard)
    qtbot.keyClicks(demand.fields[0], "200 GBP")  # (QTest types only ASCII)
    editor.tabs.setCurrentIndex(REPORTS)
    qtbot.mouseClick(editor.reports.add_button, LEFT)
    report = editor.reports.cards[0]
    assert isinstance(report, ReportCard)
    qtbot.keyClicks(report.fields[0], "CEOP")
    qtbot.waitUntil(report.unknown.isVisible)
    qtbot.mouseClick(report.unknown, LEFT)
    assert report.unknown.isChecked() and not report.date.isEnabled()

    qtbot.waitUntil(lambda: view.status.text() == "All changes saved", timeout=3000)  # saved after a second
    qtbot.mouseClick(view.lock_button, LEFT)
    assert page.state == "locked"
    assert QGuiApplication.clipboard().text() == ""  # a copied username goes on lock

    unlock(qtbot, page)
    assert page.session.data is not None
    case = page.session.data.cases[0]
    assert case.title == "Snapchat, June"
    assert (case.accounts[0].platform, case.accounts[0].username) == ("snapchat", "sam_2009x")
    event = case.events[0]
    assert (event.kind, event.text) == ("demanded-money", "asked for 200 in gift cards")
    assert event.when == dt.datetime(2025, 6, 3, 21, 14).astimezone()  # local time, kept with its offset
    assert (case.demands[0].amount, case.demands[0].currency) == ("200 GBP", "")
    assert (case.reports[0].to_whom, case.reports[0].date) == ("CEOP", None)


def test_lock_saves_straight_away(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    page = make_page()
    unlock(qtbot, page)
    assert page.open_view is not None and page.open_view.cases.editor is not None
    page.open_view.cases.editor.notes.setPlainText("written just before locking")
    page.lock()
    page.shut_down()
    with Vault.open(harness.store_path) as vault:
        vault.unlock_with_passphrase(PASSPHRASE)
        assert vault.data.cases[0].notes == "written just before locking"


class FullDisk(FileOps):
    """Every save fails as if the disk were full, until `full` is set to False."""

    full = False

    def create_temp(self, folder: Path, prefix: str) -> tuple[int, Path]:
        if self.full:
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().create_temp(folder, prefix)


def test_a_failed_save_keeps_the_text_says_why_and_tries_again(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    disk = FullDisk()
    page = make_page(file_ops=disk)
    unlock(qtbot, page)
    view = page.open_view
    assert view is not None and view.cases.editor is not None
    before = harness.store_path.read_bytes()
    disk.full = True
    notes = view.cases.editor.notes
    notes.setFocus()
    notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(notes, " and more")
    assert page.save_now() is False
    assert view.status.text() == "Not saved yet"
    assert "disk is full" in view.save_problem.text() and "Your text is still here" in view.save_problem.text()
    assert notes.toPlainText().endswith(" and more")
    assert harness.store_path.read_bytes() == before

    disk.full = False
    qtbot.keyClicks(notes, "!")
    qtbot.waitUntil(lambda: view.status.text() == "All changes saved", timeout=3000)
    assert not view.save_problem.isVisible()
    assert harness.store_path.read_bytes() != before


def test_deleting_a_case_asks_first(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    page = make_page()
    unlock(qtbot, page)
    view = page.open_view
    assert view is not None and view.cases.editor is not None
    harness.dialogs.confirm_answer = False
    qtbot.mouseClick(view.cases.editor.delete_button, LEFT)
    assert page.session.data is not None and len(page.session.data.cases) == 1
    harness.dialogs.confirm_answer = True
    qtbot.mouseClick(view.cases.editor.delete_button, LEFT)
    assert page.session.data.cases == [] and view.cases.editor is None
    assert page.save_now()


def test_the_plan_opens_a_new_case_once_the_notes_are_unlocked(
    make_page: Callable[..., NotesPage], stored: Template, qtbot: QtBot
) -> None:
    page = make_page()
    page.start_new_case()
    unlock(qtbot, page)
    assert page.session.data is not None and len(page.session.data.cases) == 2
    assert page.open_view is not None and page.open_view.cases.current_case is page.session.data.cases[0]
    page.start_new_case()
    assert len(page.session.data.cases) == 3


def test_ten_thousand_events_stay_quick(make_page: Callable[..., NotesPage], harness: Harness, qtbot: QtBot) -> None:
    vault, _code = Vault.create(harness.store_path, PASSPHRASE, kdf_params=TEST_PARAMS)
    case = Case.new("Busy case")
    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    case.events = [Event(start + dt.timedelta(minutes=7 * i), "other", f"message {i}") for i in range(10_000)]
    vault.save(VaultData([case, Case.new("Another")]))
    vault.close()
    page = make_page()
    unlock(qtbot, page)
    view = page.open_view
    assert view is not None
    began = time.perf_counter()
    view.cases.select(1)
    view.cases.select(0)
    editor = view.cases.editor
    assert editor is not None
    editor.tabs.setCurrentIndex(TIMELINE)
    qtbot.wait(1)
    assert time.perf_counter() - began < 1.0
    timeline = editor.timeline
    assert timeline.model.rowCount() == 10_000
    began = time.perf_counter()
    timeline.select_row(0)
    timeline.when.edit.selectAll()
    qtbot.keyClicks(timeline.when.edit, "1/1/2026 10:00")  # moves to the end
    qtbot.keyClicks(timeline.text, "x")
    assert time.perf_counter() - began < 1.0
    assert timeline.model.event_at(9_999) is timeline.current_event


def test_nothing_typed_is_left_in_any_file_in_plain_base64_or_hex(
    make_page: Callable[..., NotesPage], harness: Harness, qtbot: QtBot
) -> None:
    page = make_page()
    open_new_store(page, qtbot)
    view = page.open_view
    assert view is not None
    qtbot.mouseClick(view.cases.new_button, LEFT)
    editor = view.cases.editor
    assert editor is not None
    qtbot.keyClicks(editor.title, CANARY["title"])
    qtbot.mouseClick(editor.accounts.add_button, LEFT)
    card = editor.accounts.cards[0]
    assert isinstance(card, AccountCard)
    qtbot.keyClicks(card.username, CANARY["username"])
    editor.tabs.setCurrentIndex(TIMELINE)
    qtbot.mouseClick(editor.timeline.add_button, LEFT)
    qtbot.keyClicks(editor.timeline.text, CANARY["event_text"])
    page.lock()
    page.shut_down()
    folders = [*harness.context.paths.all(), Path(os.environ["HOME"])]
    forms = {name: encodings(CANARY[name]) for name in ("title", "username", "event_text")}
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                content = path.read_bytes()
                for name, encoded in forms.items():
                    assert not any(form in content for form in encoded), (path, name)
    with Vault.open(harness.store_path) as vault:  # and it was all saved
        vault.unlock_with_passphrase(PASSPHRASE)
        assert vault.data.cases[0].accounts[0].username == CANARY["username"]
