"""Every question My notes asks in a window of its own. Tests hand the page a stand-in.

None of these windows ever shows note text. Qt's own file dialog is used (not the system's), so
the names of saved reports and backups are not added to the system's list of recent files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from safetyapp.ui.kit.file_dialogs import open_file_name, save_file_name
from safetyapp.ui.notes.report_export import ReportDialog
from safetyapp.ui.notes.secret_dialog import BackupSecretDialog


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

    def backup_secret(self, parent: QWidget, question: str, problem: str = "") -> str | None:
        """The passphrase or recovery code a backup was made with; None if cancelled. `problem`: why the
        last one typed did not open it."""
        return BackupSecretDialog(question, problem, parent).typed()

    def save_path(
        self, parent: QWidget, title: str, suggested_name: str, file_filter: str, *, removable: bool = False
    ) -> Path | None:
        """Where to save; `removable`: start on a plugged-in USB stick if there is one (backups, the
        recovery code), else in Documents."""
        return save_file_name(parent, title, suggested_name, file_filter, prefer_removable=removable)

    def open_path(self, parent: QWidget, title: str, file_filter: str, *, removable: bool = False) -> Path | None:
        return open_file_name(parent, title, file_filter, prefer_removable=removable)
