"""Make a report of one case, as a PDF or plain text, after saying plainly that it is not encrypted.

The words come from vault.report (with translated labels); the PDF is laid out by QTextDocument and
written by ui.kit.printing.write_pdf, for this user only. The report has no images: the HTML has none to give.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QRadioButton, QVBoxLayout, QWidget

from safetyapp.private_files import write_private
from safetyapp.ui.kit.printing import write_pdf
from safetyapp.ui.kit.widgets import heading, paragraph, scrolling_column, wrapping_choice
from safetyapp.ui.notes.words import report_labels
from safetyapp.vault.records import Case
from safetyapp.vault.report import report_html, report_text

PDF = "pdf"
TEXT = "text"


class ReportDialog(QDialog):
    """The warning, and the choice of PDF or plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make a report"))
        outer = QVBoxLayout(self)
        self._outer = outer
        # The words scroll, the buttons stay: at 200% text on a small screen they are taller than it.
        scroll, layout = scrolling_column(10_000)
        self._column = scroll
        layout.addWidget(heading(self.tr("Make a report"), 2))
        self.warning = paragraph(
            self.tr(
                "A report is a copy of this case that is NOT encrypted. It has personal information in it: the "
                "accounts, what happened and when. Anyone who opens the file can read it."
            )
        )
        layout.addWidget(self.warning)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Save it only where you need it, for example to give to the police, CEOP, the platform or your "
                    "school's safeguarding lead. Delete it when it is no longer needed."
                )
            )
        )
        self.pdf = QRadioButton(self.tr("PDF, for printing or sending"))
        self.pdf.setAccessibleName(self.tr("Save the report as a PDF"))
        self.text = QRadioButton(self.tr("Plain text, for copying into a form"))
        self.text.setAccessibleName(self.tr("Save the report as plain text"))
        self.pdf.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.pdf)
        group.addButton(self.text)
        for button in (self.pdf, self.text):  # words that wrap: at 200% text they ran past the dialog's edge
            row, _words = wrapping_choice(button, button.text())
            layout.addWidget(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save = buttons.addButton(self.tr("Save the report…"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setAccessibleName(self.tr("Choose where to save the report"))
        save.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        self._buttons = buttons
        self._fit()

    def _fit(self) -> None:
        """Lines of about 60 characters, all the words without scrolling if the screen has the room."""
        screen = self.screen()
        room = screen.availableGeometry().size() - QSize(48, 64) if screen is not None else QSize(10_000, 10_000)
        width = min(room.width(), self.fontMetrics().averageCharWidth() * 60)
        column = self._column.widget()
        words = column.heightForWidth(width) if column is not None else 0
        margins = self._outer.contentsMargins()
        extra = margins.top() + margins.bottom() + self._outer.spacing() * 2
        wanted = words + extra + self._buttons.sizeHint().height()
        self.resize(width, min(room.height(), max(wanted, 200)))

    def choice(self) -> str:
        return PDF if self.pdf.isChecked() else TEXT


def report_document(case: Case, generated_at: dt.datetime) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(report_html(case, generated_at=generated_at, labels=report_labels()))
    return document


def write_report(case: Case, kind: str, path: Path, generated_at: dt.datetime) -> Path:
    """Write the report; the path actually written (with .pdf or .txt added if missing). Raises OSError."""
    suffix = ".pdf" if kind == PDF else ".txt"
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    if kind == PDF:
        labels = report_labels()
        write_pdf(report_document(case, generated_at), path, labels.title)
        return path
    text = report_text(case, generated_at=generated_at, labels=report_labels())
    # Readable by this user only, like the notes, whatever was at `path` before (even a symbolic link).
    write_private(path, text.replace("\n", os.linesep).encode("utf-8"))
    return path


def suggested_name(kind: str, today: dt.date) -> str:
    """A file name with no note text in it."""
    return f"safety-companion-report-{today.isoformat()}.{'pdf' if kind == PDF else 'txt'}"
