"""Print a document, or save it as a PDF, from any page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from safetyapp.private_files import write_private
from safetyapp.ui.kit.feedback import say_near
from safetyapp.ui.kit.file_dialogs import save_file_name
from safetyapp.ui.kit.text import fill


def write_pdf(document: QTextDocument, path: Path, title: str) -> None:
    """Write the document to a PDF at `path` (A4, 20 mm margins), readable by this user only and never
    through a symbolic link (safetyapp.private_files). Raises OSError."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Safety Companion")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    document.print_(writer)
    del writer  # the PDF is finished when the writer goes
    buffer.close()
    if data.isEmpty():
        raise OSError("the PDF was not made")
    write_private(path, data.data())


def print_document(parent: QWidget, document: QTextDocument) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Print"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return
    try:
        print_to(printer, document)
    except OSError:
        QMessageBox.warning(
            parent,
            parent.tr("Could not save"),
            fill(
                parent.tr("The PDF could not be saved in %1. Try another folder, such as Documents."),
                Path(printer.outputFileName()).parent,
            ),
        )


def print_to(printer: QPrinter, document: QTextDocument) -> None:
    """Print on the chosen printer; "print to file" (a PDF) is written like every other file the app
    saves, for this user only (write_pdf), never by Qt straight to the file. Raises OSError."""
    to_file = printer.outputFileName()
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and to_file:
        write_pdf(document, Path(to_file), document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
        return
    document.print_(printer)


def save_pdf_dialog(parent: QWidget, document: QTextDocument, title: str, file_stem: str) -> Path | None:
    """Ask where to save, then write the PDF; says plainly whether it was saved, and where (next to
    the button that was pressed)."""
    pressed = QApplication.focusWidget()
    anchor = pressed if pressed is not None and parent.window().isAncestorOf(pressed) else parent
    chosen = save_file_name(parent, parent.tr("Save as PDF"), f"{file_stem}.pdf", parent.tr("PDF files (*.pdf)"))
    if chosen is None:
        return None
    path = chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")
    try:
        write_pdf(document, path, title)
    except OSError:
        QMessageBox.warning(
            parent,
            parent.tr("Could not save"),
            fill(parent.tr("The PDF could not be saved in %1. Try another folder, such as Documents."), path.parent),
        )
        return None
    say_near(anchor, fill(parent.tr("Saved as %1"), path))
    return path
