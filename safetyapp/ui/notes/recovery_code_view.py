"""The recovery code, shown once, large; print it or save it; then, with the code out of sight, type two
of its groups (chosen at random) from the copy that was kept, before carrying on.

Typing back the whole code while it is on screen proves only that it can be copied. Two groups typed
from the written or printed copy prove that the copy exists and can be read, and are quick to type.
"""

from __future__ import annotations

import html
import secrets

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from safetyapp.ui.kit.feedback import announce
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


def two_groups() -> tuple[int, int]:
    """Two different groups of a code (numbered from 1), chosen at random, in order."""
    first, second = sorted(secrets.SystemRandom().sample(range(1, recovery.GROUPS + 1), 2))
    return first, second


class RecoveryCodeView(QWidget):
    """Emits `confirmed` once two groups of the code have been typed back from the kept copy. Call
    `show_code` first. Two steps: the code with Print and Save ("shown"); then, the code hidden, the two
    groups to type ("checking"), with a way back to the code."""

    confirmed = Signal()
    print_requested = Signal()
    pdf_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self._asked: tuple[int, int] = (1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Your recovery code"), 2))

        self.shown = QWidget()
        shown = QVBoxLayout(self.shown)
        shown.setContentsMargins(0, 0, 0, 0)
        shown.addWidget(
            paragraph(
                self.tr(
                    "If you ever forget your passphrase, this code is the only other way to open My notes. "
                    "Write it down or print it, and keep it somewhere safe, away from this computer. "
                    "Once you carry on to My notes, it will not be shown again."
                )
            )
        )
        frame = QFrame()
        frame.setProperty("role", "card")
        box = QVBoxLayout(frame)
        self.code_label = QLabel()
        self.code_label.setObjectName("recoveryCode")
        font = code_font()
        font.setPointSizeF(max(font.pointSizeF(), 11.0) * 1.4)  # large, yet on one line in a column of text
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setWordWrap(True)
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        box.addWidget(self.code_label)
        shown.addWidget(frame)
        buttons = QHBoxLayout()
        self.print_button = action_button(self.tr("Print…"), self.tr("Print the recovery code"))
        self.pdf_button = action_button(
            self.tr("Save as PDF…"), self.tr("Save the recovery code as a PDF, for example on a USB stick")
        )
        self.print_button.clicked.connect(self.print_requested)
        self.pdf_button.clicked.connect(self.pdf_requested)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        shown.addLayout(buttons)
        kept_row = QHBoxLayout()
        self.kept_button = action_button(
            self.tr("I've kept a copy"), self.tr("I have written down, printed or saved the recovery code")
        )
        self.kept_button.clicked.connect(self._check)
        kept_row.addWidget(self.kept_button)
        kept_row.addStretch(1)
        shown.addLayout(kept_row)
        layout.addWidget(self.shown)

        self.checking = QWidget()
        check = QVBoxLayout(self.checking)
        check.setContentsMargins(0, 0, 0, 0)
        self.ask = paragraph("")
        check.addWidget(self.ask)
        check.addWidget(
            paragraph(
                self.tr(
                    "A group is a block of 5 letters and numbers between the dashes. Count them from the "
                    "left. Capitals don't matter."
                ),
                small=True,
            )
        )
        form = wrapping_form()
        self.group_fields: list[QLineEdit] = []
        self._group_labels: list[QLabel] = []
        for _ in range(2):
            field = QLineEdit()
            field.setFont(code_font())
            field.setMaxLength(12)
            field.setMaximumWidth(field.fontMetrics().horizontalAdvance("W") * 12 + 16)  # a group: 5 characters
            field.textChanged.connect(self._update)
            label = QLabel()
            label.setBuddy(field)
            form.addRow(label, field)
            self.group_fields.append(field)
            self._group_labels.append(label)
        self.group_fields[0].returnPressed.connect(self.group_fields[1].setFocus)
        self.group_fields[1].returnPressed.connect(self._continue)
        check.addLayout(form)
        self.hint = paragraph("", small=True)
        self.hint.setMinimumHeight(self.hint.fontMetrics().lineSpacing() * 2)  # says things without moving Continue
        check.addWidget(self.hint)
        row = QHBoxLayout()  # Continue right under the groups; the way back away from it
        self.continue_button = action_button(self.tr("Continue"), self.tr("Continue to My notes"))
        self.continue_button.clicked.connect(self._continue)
        row.addWidget(self.continue_button)
        row.addStretch(1)
        self.back_button = action_button(self.tr("Show the code again"))
        self.back_button.clicked.connect(self._show_again)
        row.addWidget(self.back_button)
        check.addLayout(row)
        layout.addWidget(self.checking)
        layout.addStretch(1)
        self._show_again()

    @property
    def asked_groups(self) -> tuple[int, int]:
        """The two groups the person is asked to type (numbered from 1, from the left), as the page says."""
        return self._asked

    def show_code(self, code: str) -> None:
        self._code = code
        self.code_label.setText(code)
        self.code_label.setAccessibleName(self.tr("Your recovery code"))
        self.code_label.setAccessibleDescription(" ".join(code))
        self._show_again()

    def take_focus(self) -> None:
        (self.group_fields[0] if self.checking.isVisibleTo(self) else self.kept_button).setFocus()

    def _show_again(self) -> None:
        for field in self.group_fields:
            field.clear()
        self.checking.hide()
        self.shown.show()
        self.kept_button.setDefault(True)
        self.continue_button.setDefault(False)
        self.kept_button.setFocus()

    def _check(self) -> None:
        self._asked = two_groups()
        first, second = self._asked
        self.ask.setText(
            fill(self.tr("Now check your copy: type group %1 and group %2 of your recovery code."), first, second)
        )
        self.ask.setAccessibleName(self.ask.text())
        for number, label, field in zip(self._asked, self._group_labels, self.group_fields, strict=True):
            label.setText(fill(self.tr("Group %1"), number))
            field.setAccessibleName(fill(self.tr("Group %1 of the recovery code"), number))
            field.clear()
        self.shown.hide()
        self.checking.show()
        self.kept_button.setDefault(False)
        self.continue_button.setDefault(True)
        self._update()
        self.group_fields[0].setFocus()
        announce(self.ask, self.ask.text())

    def matches(self) -> bool:
        return bool(self._code) and all(
            recovery.group_matches(self._code, number, field.text())
            for number, field in zip(self._asked, self.group_fields, strict=True)
        )

    def _update(self) -> None:
        if self.matches():
            hint = self.tr("That's right.")
        else:
            wrong = [
                number
                for number, field in zip(self._asked, self.group_fields, strict=True)
                if len(recovery.normalise(field.text())) >= recovery.GROUP_SIZE
                and not recovery.group_matches(self._code, number, field.text())
            ]
            hint = (
                fill(self.tr("That isn't group %1. Check it against your copy, counting from the left."), wrong[0])
                if wrong
                else ""
            )
        self.hint.setText(hint)
        self.hint.setAccessibleName(hint)
        self.continue_button.setEnabled(self.matches())

    def _continue(self) -> None:
        if self.matches():
            self.confirmed.emit()

    def document(self) -> QTextDocument:
        """The code on a page of its own, for printing; nothing else from the notes. The code is kept on
        one line (no wrapping), in a size that fits an A4 or Letter page."""
        document = QTextDocument()
        title = self.tr("Safety Companion: recovery code for My notes")
        advice = self.tr(
            "Keep this somewhere safe, away from the computer. It opens your notes if you forget your passphrase."
        )
        document.setHtml(
            f"<h1>{html.escape(title)}</h1><p>{html.escape(advice)}</p>"
            f'<p style="font-family: monospace; font-size: 16pt; white-space: pre"><b>{html.escape(self._code)}</b></p>'
        )
        return document

    def forget(self) -> None:
        self._code = ""
        self.code_label.clear()
        self.code_label.setAccessibleDescription("")
        for field in self.group_fields:
            field.clear()
        self._show_again()
