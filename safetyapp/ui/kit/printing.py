"""Print a document, or save it as a PDF, from any page.

Paper keeps what belongs together on one page: a heading stays with the text under it, and blocks
marked with `KEEP_TOGETHER` (a plan's step, say) start a new page rather than split, unless they are
taller than a page (then their first two blocks still stay together).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from safetyapp.private_files import write_private
from safetyapp.ui.kit.feedback import say_near
from safetyapp.ui.kit.file_dialogs import save_file_name
from safetyapp.ui.kit.text import fill

KEEP_TOGETHER = int(QTextFormat.Property.UserProperty) + 1
"""A block property: consecutive blocks with the same value are printed on one page."""


def _groups(document: QTextDocument) -> list[tuple[QTextBlock, QTextBlock]]:
    """What must stay together, in document order: each marked group, and each heading with the block
    after it (headings inside a group are kept by the group)."""
    groups: list[tuple[QTextBlock, QTextBlock]] = []
    block = document.firstBlock()
    while block.isValid():
        mark = block.blockFormat().property(KEEP_TOGETHER)
        following = block.next()
        if mark is not None:
            last = block
            while following.isValid() and following.blockFormat().property(KEEP_TOGETHER) == mark:
                last, following = following, following.next()
            groups.append((block, last))
            block = following
            continue
        if block.blockFormat().headingLevel() > 0 and following.isValid():
            groups.append((block, following))
        block = following
    return groups


def _bottom(document: QTextDocument, block: QTextBlock) -> float:
    """Where the block's last line ends: a block's bounding rectangle leaves out lines the layout
    moved on to the next page."""
    top = document.documentLayout().blockBoundingRect(block).top()
    lines = block.layout()
    ends = [lines.lineAt(i).rect().bottom() for i in range(lines.lineCount())]
    return top + max(ends) if ends else document.documentLayout().blockBoundingRect(block).bottom()


def _keep_together(document: QTextDocument) -> None:
    """Start a group on a new page when it would be split and fits on one page."""
    layout = document.documentLayout()
    page_height = document.pageSize().height()
    frame = document.rootFrame().frameFormat()
    usable = page_height - frame.topMargin() - frame.bottomMargin()
    document.pageCount()  # lays the whole document out: a lazy layout gives wrong positions
    for first, last in _groups(document):
        top = layout.blockBoundingRect(first).top()
        bottom = _bottom(document, last)
        if int(top // page_height) == int((bottom - 1) // page_height):
            continue
        if bottom - top > usable:  # too tall for any page: keep at least its first two blocks
            second = first.next()
            if second == last or not second.isValid():
                continue
            bottom = _bottom(document, second)
            if int(top // page_height) == int((bottom - 1) // page_height):
                continue
        break_before = QTextBlockFormat()
        break_before.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(first).mergeBlockFormat(break_before)
        document.pageCount()


def paint_pages(document: QTextDocument, device: QPagedPaintDevice) -> int:
    """Lay a copy of the document out on the device's pages and paint it, black on white, with page
    numbers; returns how many pages."""
    paper = document.clone()
    paper.documentLayout().setPaintDevice(device)
    paper.setPageSize(QSizeF(device.width(), device.height()))
    frame = paper.rootFrame().frameFormat()
    number_font = QFont(paper.defaultFont())
    number_height = device.logicalDpiY() * 0.4  # room at each page's foot for its number
    frame.setMargin(0)
    frame.setTopMargin(number_height / 4)  # so that a line moved on to a new page starts inside it
    frame.setBottomMargin(number_height)
    paper.rootFrame().setFrameFormat(frame)
    _keep_together(paper)
    pages = paper.pageCount()
    page = QRectF(0, 0, device.width(), device.height())
    painter = QPainter(device)
    try:
        for number in range(pages):
            if number:
                device.newPage()
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
            context.clip = page.translated(0, number * page.height())
            painter.save()
            painter.setClipRect(page)
            painter.translate(0, -number * page.height())
            paper.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(number_font)
            painter.setPen(Qt.GlobalColor.black)
            foot = QRectF(0, page.height() - number_height, page.width(), number_height)
            painter.drawText(foot, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(number + 1))
    finally:
        painter.end()
    return pages


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
    paint_pages(document, writer)
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
    paint_pages(document, printer)


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
