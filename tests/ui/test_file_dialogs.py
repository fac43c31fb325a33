"""Saving and opening files: Qt's own dialog as the app opens it, answered as a person does.

A person sees the dialog, types a name (or a whole path) over the suggested one in the file-name box and
presses Save or Open. Whatever the app suggested or remembered, the file given back must be the one typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from safetyapp.ui.kit.file_dialogs import documents_folder, open_file_name, save_file_name
from tests.helpers.file_dialogs import name_box, press_save_or_open, type_name

# Typing a path opens the name box's completion list, a popup the offscreen platform cannot raise or let
# grab the keyboard; it says so, and that is all.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")


@dataclass
class Seen:
    """What the person saw when the dialog opened."""

    name: str = ""
    folder: Path = Path()
    stuck: list[str] = field(default_factory=list)


def answer_next_dialog(typed: str | None) -> Seen:
    """When the next file dialog is on screen, type `typed` (if any) into its name box and press its
    Save or Open button, as a person would once the dialog is drawn."""
    seen = Seen()

    def fill(dialog: QFileDialog) -> None:
        seen.name, seen.folder = name_box(dialog).text(), Path(dialog.directory().absolutePath())
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
    parent: QWidget, typed: str | None, suggested: str = "safety-companion-report.txt"
) -> tuple[Path | None, Seen]:
    seen = answer_next_dialog(typed)
    chosen = save_file_name(parent, "Save the report", suggested, "Text files (*.txt)")
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
