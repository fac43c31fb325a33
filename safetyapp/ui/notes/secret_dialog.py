"""Asks for the passphrase or recovery code a backup was made with, when the notes' keys do not open it.

The typed secret is handed back once and the field is emptied; nothing is kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from safetyapp.ui.kit.widgets import paragraph
from safetyapp.ui.notes.passphrase import password_field


class BackupSecretDialog(QDialog):
    def __init__(self, question: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open this backup"))
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(question))
        self.problem = QLabel(problem)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("unlockMessage")
        self.problem.setVisible(bool(problem))
        layout.addWidget(self.problem)
        self.secret = password_field(self.tr("Passphrase or recovery code from when the backup was made"))
        layout.addWidget(self.secret)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.addButton(self.tr("Open the backup"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setAccessibleName(self.tr("Open the backup"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.secret.setFocus()

    def typed(self) -> str | None:
        """Show the window; what was typed, or None if cancelled (or nothing was typed)."""
        accepted = self.exec() == QDialog.DialogCode.Accepted
        text = self.secret.text()
        self.secret.clear()
        return text if accepted and text else None
