"""Answering Qt's own file dialog as a person does: type into the file-name box, press Save or Open.

(`QFileDialog.selectFile` is not what a person does; since PySide6 6.11 it moves to the folder of the
path given but keeps the suggested name.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QPushButton


class NotQtsDialog(AssertionError):
    """The dialog has no file-name box or buttons: not Qt's own dialog."""


def name_box(dialog: QFileDialog) -> QLineEdit:
    box = dialog.findChild(QLineEdit, "fileNameEdit")
    if box is None:
        raise NotQtsDialog("the file dialog has no file-name box (not Qt's own dialog?)")
    return box


def type_name(dialog: QFileDialog, typed: str) -> None:
    """Type `typed` over whatever the name box holds, key by key."""
    box = name_box(dialog)
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, typed)


def press_save_or_open(dialog: QFileDialog) -> QPushButton:
    """Click the dialog's Save (or Open) button; returns the button pressed."""
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    press = buttons.button(QDialogButtonBox.StandardButton.Save) if buttons is not None else None
    if buttons is not None and press is None:
        press = buttons.button(QDialogButtonBox.StandardButton.Open)
    if press is None:
        raise NotQtsDialog("the file dialog has no Save or Open button (not Qt's own dialog?)")
    QTest.mouseClick(press, Qt.MouseButton.LeftButton)
    return press
