"""The recovery code, shown once, large; print it or save it; type it back before carrying on."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from safetyapp.ui.kit.text import fill
from safetyapp.ui.kit.widgets import action_button, heading, paragraph, wrapping_form
from safetyapp.vault import recovery

translate = QCoreApplication.translate


def code_problem_text(code: str) -> str:
    """What is wrong with a typed recovery code, in words ("" if nothing, or nothing typed)."""
    problem = recovery.find_problem(code)
    if problem is None or problem == recovery.EMPTY:
        return ""
    if problem == recovery.BAD_CHARACTER:
        return translate("RecoveryCode", "A recovery code has only letters and numbers.")
    if problem == recovery.TOO_SHORT:
        return translate("RecoveryCode", "Some characters are still missing.")
    if problem == recovery.TOO_LONG:
        return translate("RecoveryCode", "That's more characters than a recovery code has.")
    groups = ", ".join(str(g + 1) for g in recovery.bad_groups(code))
    return fill(
        translate("RecoveryCode", "There's a typing mistake in group %1 (groups are counted from the left)."), groups
    )


def code_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


class RecoveryCodeView(QWidget):
    """Emits `confirmed` once the code has been typed back correctly. Call `show_code` first."""

    confirmed = Signal()
    print_requested = Signal()
    pdf_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Your recovery code"), 2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "If you ever forget your passphrase, this code is the only other way to open My notes. "
                    "Write it down or print it, and keep it somewhere safe, away from this computer. "
                    "It will not be shown again."
                )
            )
        )
        frame = QFrame()
        frame.setProperty("role", "card")
        box = QVBoxLayout(frame)
        self.code_label = QLabel()
        self.code_label.setObjectName("recoveryCode")
        font = code_font()
        font.setPointSizeF(max(font.pointSizeF(), 11.0) * 1.8)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setWordWrap(True)
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.code_label)
        layout.addWidget(frame)
        buttons = QHBoxLayout()
        self.print_button = action_button(self.tr("Print…"), self.tr("Print the recovery code"))
        self.pdf_button = action_button(self.tr("Save as PDF…"), self.tr("Save the recovery code as a PDF"))
        self.print_button.clicked.connect(self.print_requested)
        self.pdf_button.clicked.connect(self.pdf_requested)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(
            paragraph(self.tr("To show that you have it, type the code here. Capitals and dashes don't matter."))
        )
        form = wrapping_form()
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Type the recovery code"))
        self.typed.setFont(code_font())
        self.typed.setMaxLength(100)
        form.addRow(self.tr("Recovery code"), self.typed)
        layout.addLayout(form)
        self.hint = paragraph("", small=True)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        self.continue_button = action_button(self.tr("Continue"), self.tr("Continue to My notes"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self._continue)
        row.addStretch(1)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.typed.textChanged.connect(self._update)
        self.typed.returnPressed.connect(self._continue)
        self._update()

    def show_code(self, code: str) -> None:
        self._code = code
        self.code_label.setText(code)
        self.code_label.setAccessibleName(self.tr("Your recovery code"))
        self.code_label.setAccessibleDescription(" ".join(code))
        self.typed.clear()
        self.typed.setFocus()
        self._update()

    def take_focus(self) -> None:
        self.typed.setFocus()

    def matches(self) -> bool:
        typed = self.typed.text()
        return bool(self._code) and recovery.is_valid(typed) and recovery.normalise(typed) == self._code

    def _update(self) -> None:
        typed = self.typed.text()
        if self.matches():
            hint = self.tr("That's right.")
        elif recovery.is_valid(typed):
            hint = self.tr("That's a recovery code, but not this one. Check it against the code above.")
        else:
            hint = code_problem_text(typed)
        self.hint.setText(hint)
        self.hint.setAccessibleName(hint)
        self.continue_button.setEnabled(self.matches())

    def _continue(self) -> None:
        if self.matches():
            self.confirmed.emit()

    def document(self) -> QTextDocument:
        """The code on a page of its own, for printing; nothing else from the notes."""
        document = QTextDocument()
        title = self.tr("Safety Companion: recovery code for My notes")
        advice = self.tr(
            "Keep this somewhere safe, away from the computer. It opens your notes if you forget your passphrase."
        )
        document.setHtml(
            f"<h1>{html.escape(title)}</h1><p>{html.escape(advice)}</p>"
            f'<p style="font-family: monospace; font-size: 20pt"><b>{html.escape(self._code)}</b></p>'
        )
        return document

    def forget(self) -> None:
        self._code = ""
        self.code_label.clear()
        self.code_label.setAccessibleDescription("")
        self.typed.clear()
