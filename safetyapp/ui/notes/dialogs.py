"""Every question My notes asks in a window of its own. Tests hand the page a stand-in.

None of these windows ever shows note text. Qt's own file dialog is used (not the system's), so
the names of saved reports and backups are not added to the system's list of recent files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from safetyapp.ui.notes.report_export import ReportDialog


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


class NotesDialogs:
    """The real windows. Each returns None or False when the user cancels."""

    def confirm(self, parent: QWidget, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        go.setAccessibleName(action)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setAccessibleName(QCoreApplication.translate("NotesDialogs", "Cancel"))
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is go

    def report_format(self, parent: QWidget) -> str | None:
        """Warn that a report is not encrypted, then ask: "pdf", "text", or None."""
        dialog = ReportDialog(parent)
        return dialog.choice() if dialog.exec() == ReportDialog.DialogCode.Accepted else None

    def save_path(self, parent: QWidget, title: str, suggested_name: str, file_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            title,
            str(_documents() / suggested_name),
            file_filter,
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        return Path(chosen) if chosen else None

    def open_path(self, parent: QWidget, title: str, file_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, title, str(_documents()), file_filter, options=QFileDialog.Option.DontUseNativeDialog
        )
        return Path(chosen) if chosen else None
