"""Saving and opening files: Qt's own dialog as the app opens it, answered as a person does.

A person sees the dialog, types a name (or a whole path) over the suggested one in the file-name box and
presses Save or Open. Whatever the app suggested or remembered, the file given back must be the one typed.
Each dialog starts in Documents (the home folder if there is none), never in the app's own folders, and
its side bar offers the USB sticks plugged in. No real USB stick can be plugged into a test machine, so
those tests give the dialogs a folder standing for /media/$USER (MOUNT_ROOTS_VARIABLE), whose subfolders
count as plugged-in drives.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from safetyapp.ui.kit.file_dialogs import (
    MOUNT_ROOTS_VARIABLE,
    documents_folder,
    keep_out_of,
    open_file_name,
    removable_drives,
    save_file_name,
)
from tests.helpers.file_dialogs import name_box, press_save_or_open, type_name

# Typing a path opens the name box's completion list, a popup the offscreen platform cannot raise or let
# grab the keyboard; it says so, and that is all.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")


@dataclass
class Seen:
    """What the person saw when the dialog opened."""

    name: str = ""
    folder: Path = Path()
    places: list[Path] = field(default_factory=list)  # the side bar
    stuck: list[str] = field(default_factory=list)


def answer_next_dialog(typed: str | None) -> Seen:
    """When the next file dialog is on screen, type `typed` (if any) into its name box and press its
    Save or Open button, as a person would once the dialog is drawn."""
    seen = Seen()

    def fill(dialog: QFileDialog) -> None:
        seen.name, seen.folder = name_box(dialog).text(), Path(dialog.directory().absolutePath())
        seen.places = [Path(url.toLocalFile()) for url in dialog.sidebarUrls()]
        if typed is not None:
            type_name(dialog, typed)
        press_save_or_open(dialog)
        if dialog.isVisible():
            seen.stuck.append(name_box(dialog).text())
            dialog.reject()

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog) and dialog.isVisible():
            QTimer.singleShot(100, lambda: fill(dialog))
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return seen


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    documents_folder().mkdir(parents=True, exist_ok=True)
    return widget


def save(
    parent: QWidget, typed: str | None, suggested: str = "safety-companion-report.txt", *, removable: bool = False
) -> tuple[Path | None, Seen]:
    seen = answer_next_dialog(typed)
    chosen = save_file_name(parent, "Save the report", suggested, "Text files (*.txt)", prefer_removable=removable)
    assert not seen.stuck, f"Save did nothing; the name box held {seen.stuck[0]!r}"
    return chosen, seen


def test_pressing_save_at_once_saves_the_suggested_name_in_documents(parent: QWidget) -> None:
    chosen, seen = save(parent, typed=None)
    assert seen.name == "safety-companion-report.txt"
    assert seen.folder == documents_folder()
    assert chosen == documents_folder() / "safety-companion-report.txt"


def test_a_whole_path_typed_over_the_suggestion_is_the_file_given(parent: QWidget, tmp_path: Path) -> None:
    elsewhere = tmp_path / "USB stick"
    elsewhere.mkdir()
    chosen, _seen = save(parent, typed=str(elsewhere / "for the police.txt"))
    assert chosen == elsewhere / "for the police.txt"


def test_a_name_typed_over_the_suggestion_is_saved_in_the_folder_shown(parent: QWidget) -> None:
    chosen, _seen = save(parent, typed="my report.txt")
    assert chosen == documents_folder() / "my report.txt"


def test_the_next_dialog_opens_on_documents_with_its_own_name_not_the_last_one(parent: QWidget, tmp_path: Path) -> None:
    save(parent, typed=str(tmp_path / "first.txt"))
    chosen, seen = save(parent, typed=None, suggested="second.txt")
    assert (seen.folder, seen.name) == (documents_folder(), "second.txt")
    assert chosen == documents_folder() / "second.txt"


def test_a_whole_path_typed_into_the_open_dialog_is_the_file_opened(parent: QWidget, tmp_path: Path) -> None:
    backup = tmp_path / "USB stick" / "notes-backup.scv"
    backup.parent.mkdir()
    backup.write_bytes(b"not really a backup")
    seen = answer_next_dialog(str(backup))
    chosen = open_file_name(parent, "Restore from a backup", "Backups (*.scv)")
    assert not seen.stuck, f"Open did nothing; the name box held {seen.stuck[0]!r}"
    assert chosen == backup


@pytest.fixture
def app_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's own folder, which is also the folder the program runs in (where Qt falls back to)."""
    folder = tmp_path / "app-data"
    folder.mkdir()
    monkeypatch.chdir(folder)
    keep_out_of([folder])
    yield folder
    keep_out_of([])


@pytest.fixture
def usb_stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    media = tmp_path / "media" / "sam"
    stick = media / "KINGSTON"
    stick.mkdir(parents=True)
    monkeypatch.setenv(MOUNT_ROOTS_VARIABLE, str(media))
    return stick


def test_with_no_documents_folder_a_dialog_opens_in_home_never_in_the_apps_folder(
    qtbot: QtBot, app_folder: Path
) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    home = Path.home()
    shutil.rmtree(home / "Documents", ignore_errors=True)
    assert documents_folder() == home
    chosen, seen = save(widget, typed=None)
    assert seen.folder == home
    assert chosen == home / "safety-companion-report.txt"
    assert app_folder not in seen.places and all(app_folder not in p.parents for p in seen.places)


def test_a_plugged_in_usb_stick_is_offered_and_a_backup_starts_on_it(
    parent: QWidget, usb_stick: Path, app_folder: Path
) -> None:
    assert removable_drives() == [usb_stick]
    chosen, seen = save(parent, typed=None, suggested="notes-backup.scv", removable=True)
    assert seen.folder == usb_stick
    assert chosen == usb_stick / "notes-backup.scv"
    assert seen.places[0] == documents_folder() and usb_stick in seen.places
    assert app_folder not in seen.places


def test_a_report_starts_in_documents_and_still_offers_the_usb_stick(parent: QWidget, usb_stick: Path) -> None:
    _chosen, seen = save(parent, typed=None)
    assert seen.folder == documents_folder()
    assert usb_stick in seen.places


def test_with_no_usb_stick_a_backup_starts_in_documents(
    parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "empty media").mkdir()
    monkeypatch.setenv(MOUNT_ROOTS_VARIABLE, str(tmp_path / "empty media"))
    _chosen, seen = save(parent, typed=None, suggested="notes-backup.scv", removable=True)
    assert seen.folder == documents_folder()


def test_restoring_opens_on_the_usb_stick(parent: QWidget, usb_stick: Path) -> None:
    backup = usb_stick / "notes-backup.scv"
    backup.write_bytes(b"not really a backup")
    seen = answer_next_dialog("notes-backup.scv")
    chosen = open_file_name(parent, "Restore from a backup", "Backups (*.scv)", prefer_removable=True)
    assert seen.folder == usb_stick
    assert chosen == backup


def test_a_file_in_the_apps_own_folder_is_refused_with_a_reason_and_the_dialog_opens_again(
    parent: QWidget, app_folder: Path, tmp_path: Path
) -> None:
    said: list[str] = []
    elsewhere = tmp_path / "elsewhere.txt"
    steps = [str(app_folder / "code.pdf"), "message", str(elsewhere)]

    def answer(dialog: QFileDialog, typed: str) -> None:
        type_name(dialog, typed)
        press_save_or_open(dialog)

    def next_step() -> None:
        modal = QApplication.activeModalWidget()
        step = steps[0]
        if step == "message" and isinstance(modal, QMessageBox) and modal.isVisible():
            said.append(modal.text())
            steps.pop(0)
            modal.accept()
        elif step != "message" and isinstance(modal, QFileDialog) and modal.isVisible():
            steps.pop(0)
            QTimer.singleShot(100, lambda: answer(modal, step))
        if steps:
            QTimer.singleShot(50, next_step)

    QTimer.singleShot(0, next_step)
    chosen = save_file_name(parent, "Save the recovery code", "code.pdf", "PDF files (*.pdf)")
    assert chosen == elsewhere
    assert said and said[0].startswith("That folder is where Safety Companion keeps its own files.")
