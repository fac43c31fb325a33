"""A file that is slow to read (a stuck disk, a hung network share, a hostile file) never freezes My
notes: the store's header and backups are read off the GUI thread, the page says "Opening..." meanwhile,
and Quick exit still works."""

from __future__ import annotations

import base64
import errno
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from safetyapp.ui.notes import NotesPage
from safetyapp.ui.notes.background import busy
from safetyapp.vault.files import FileOps
from safetyapp.vault.keyring_access import SERVICE
from tests.ui.notes.support import Harness, Template, unlock, wait_for


class SlowReads(FileOps):
    """Real file operations, except that reading the file named `name` (after the first `quick` reads
    of it) waits until `release` is set. A stand-in: a really stuck disk cannot be made here. It gives
    up after 10 seconds, so a page that waits on it fails the test instead of hanging it."""

    def __init__(self, name: str, quick: int = 0) -> None:
        self.name = name
        self.quick = quick
        self.reading = threading.Event()
        self.release = threading.Event()

    def read_file(self, path: Path) -> bytes:
        if path.name == self.name and self.quick:
            self.quick -= 1
        elif path.name == self.name:
            self.reading.set()
            if not self.release.wait(10):
                raise OSError(errno.EIO, "never released")
        return super().read_file(path)


def _event_loop_runs(qtbot: QtBot) -> None:
    ticks: list[int] = []
    QTimer.singleShot(10, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)


def test_the_page_answers_and_quick_exit_works_while_the_store_is_slow_to_read(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    slow = SlowReads(harness.store_path.name)
    page = make_page(file_ops=slow, wait=False)
    try:
        assert slow.reading.wait(5)
        assert page.state == "opening" and page.views.currentWidget() is page.opening_view
        assert "Opening My notes" in page.opening_view.text()
        _event_loop_runs(qtbot)
        page.forget_for_quick_exit()  # what Quick exit asks of My notes: it returns at once
        assert not slow.release.is_set()
    finally:
        slow.release.set()
    wait_for(qtbot, page, "locked")  # once the read finishes, the notes are there, locked
    unlock(qtbot, page)


def test_the_page_answers_and_quick_exit_works_while_a_backup_is_slow_to_read(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.scv"
    shutil.copyfile(stored.path, backup)
    slow = SlowReads(backup.name)
    page = make_page(file_ops=slow)
    unlock(qtbot, page)
    before = harness.store_path.read_bytes()
    harness.dialogs.open_from = backup
    page.files.restore()
    try:
        assert slow.reading.wait(5)
        assert page.open_view is not None and "Opening the backup" in page.open_view.notice.text()
        _event_loop_runs(qtbot)
        page.forget_for_quick_exit()
        assert page.state == "locked" and page.open_view is None
    finally:
        slow.release.set()
    qtbot.waitUntil(lambda: not busy(), timeout=5000)
    assert ("confirm", "Restore this backup?") not in harness.dialogs.asked  # it came too late: dropped
    assert page.state == "locked" and harness.store_path.read_bytes() == before


def test_quick_exit_works_while_the_keyring_opens_a_store_slow_to_read(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    harness.keyring.entries[(SERVICE, stored.store_id)] = base64.b64encode(stored.keyring_secret).decode()
    slow = SlowReads(harness.store_path.name, quick=1)  # the header is read; the keyring's read is slow
    page = make_page(file_ops=slow)
    try:
        assert slow.reading.wait(5)
        assert page.state == "locked" and page.session.keyring_busy
        _event_loop_runs(qtbot)
        page.forget_for_quick_exit()
    finally:
        slow.release.set()
    qtbot.waitUntil(lambda: not busy(), timeout=5000)
    assert page.state == "locked" and page.session.data is None  # the late answer opened nothing
