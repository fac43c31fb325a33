"""Text fields for My notes that take words only: never a picture, a file, or text that carries an image.

Every way text gets in is covered: typing, pasting (Ctrl+V, Shift+Insert, the right-click menu, the
middle mouse button), dropping, and input methods. A picture or file is refused with a kind
explanation; so is text that carries image data (records.check_text gives "image-data"), such as a
`data:image/` address. Each field has the length limit of its kind (records.LIMITS), and says so when
it is reached.

The fields tell their owner two things: `edited` (the user changed the text; read it with `value()`)
and `refused` (a sentence to show the user). Loading a value with `set_value` emits neither.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QClipboard,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from safetyapp.ui.kit.text import fill
from safetyapp.vault.records import IMAGE_DATA, LIMITS, has_image_data

translate = QCoreApplication.translate

PICTURE = "picture"
FILE = "file"
TOO_LONG = "too-long"
# A box whose text is never kept as typed, only read (a date and time: time_field.py), and its limit.
TYPED_TIME = "typed-time"
_LIMITS = {**LIMITS, TYPED_TIME: 60}


def refusal_text(kind: str, limit: int = 0) -> str:
    """What to say when something is refused: PICTURE, FILE, IMAGE_DATA or TOO_LONG."""
    if kind in (PICTURE, FILE, IMAGE_DATA):
        return translate(
            "NotesFields",
            "Pictures and files can't be added to My notes. That's on purpose, to keep you safe. "
            "Leave the picture where it is: don't copy, save or forward it. Tell the police, CEOP or your "
            "school's safeguarding lead that it exists, and they will know what to do.",
        )
    return fill(
        translate("NotesFields", "This box is full: it holds up to %1 characters. You can add another entry for more."),
        limit,
    )


def mime_problem(mime: QMimeData | None) -> str | None:
    """PICTURE or FILE if what is being pasted or dropped is not plain words, else None.

    A web address copied from a browser is words and is let through; a local file, or any address
    that is not a web address, is refused.
    """
    if mime is None:
        return None
    if mime.hasImage() or any(f.startswith("image/") for f in mime.formats()):
        return PICTURE
    if mime.hasUrls():
        urls = mime.urls()
        if not mime.hasText() or any(u.isLocalFile() or u.scheme().lower() not in ("http", "https") for u in urls):
            return FILE
    return None


def _inserts_text(event: QKeyEvent) -> bool:
    text = event.text()
    if not text or event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier):
        return False
    return text.isprintable() or text in ("\r", "\n")


class SafeLineEdit(QLineEdit):
    """One line of words, with the length limit of `field` (a key of records.LIMITS, or TYPED_TIME)."""

    edited = Signal()
    refused = Signal(str)

    def __init__(self, field: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.limit = _LIMITS[field]
        self.setMaxLength(self.limit)
        self.setAccessibleName(accessible_name)
        self.setAcceptDrops(True)
        self._good = ""
        self._loading = False
        self.textChanged.connect(self._changed)

    # -- values
    def value(self) -> str:
        return self.text()

    def set_value(self, text: str) -> None:
        """Show a stored value (no `edited`). A stored value longer than the limit is shown whole."""
        self._loading = True
        try:
            if len(text) > self.maxLength():
                self.setMaxLength(len(text))
            self.setText(text)
            self._good = text
        finally:
            self._loading = False

    def _changed(self, text: str) -> None:
        if self._loading:
            return
        if has_image_data(text):
            self._refuse(IMAGE_DATA)
            self._loading = True
            try:
                self.setText(self._good)
            finally:
                self._loading = False
            return
        self._good = text
        self.edited.emit()

    def _refuse(self, kind: str) -> None:
        self.refused.emit(refusal_text(kind, self.limit))

    # -- pasting
    def safe_paste(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> None:
        """Paste from the clipboard (or the X11 selection), refusing pictures, files and image data."""
        mime = QGuiApplication.clipboard().mimeData(mode)
        problem = mime_problem(mime)
        if problem is not None:
            self._refuse(problem)
            return
        text = mime.text() if mime is not None else ""
        self._insert_words(text)

    def _insert_words(self, text: str) -> None:
        text = " ".join(text.splitlines())
        if not text:
            return
        if has_image_data(text):
            self._refuse(IMAGE_DATA)
            return
        room = self.maxLength() - (len(self.text()) - len(self.selectedText()))
        if len(text) > room:
            self._refuse(TOO_LONG)
            text = text[: max(room, 0)]
        if text or self.hasSelectedText():
            self.insert(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.safe_paste()
            event.accept()
            return
        if _inserts_text(event) and len(self.text()) >= self.maxLength() and not self.hasSelectedText():
            self._refuse(TOO_LONG)
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() == "edit-paste":
                action.triggered.disconnect()
                action.triggered.connect(lambda: self.safe_paste())
                action.setEnabled(not self.isReadOnly())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and QGuiApplication.clipboard().supportsSelection():
            self.safe_paste(QClipboard.Mode.Selection)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- dropping
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if mime_problem(event.mimeData()) is not None:
            event.acceptProposedAction()  # so the drop arrives and can be explained
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if mime_problem(event.mimeData()) is not None:
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        problem = mime_problem(event.mimeData())
        if problem is not None:
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()
            self._refuse(problem)
            return
        super().dropEvent(event)


class SafeTextEdit(QPlainTextEdit):
    """Several lines of words, with the length limit of `field`. Tab moves on to the next control."""

    edited = Signal()
    refused = Signal(str)

    def __init__(self, field: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.limit = LIMITS[field]
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)
        self.setAcceptDrops(True)
        self._good = ""
        self._loading = False
        self.textChanged.connect(self._changed)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, text: str) -> None:
        self._loading = True
        try:
            self.limit = max(LIMITS[self.field], len(text))
            self.setPlainText(text)
            self._good = text
        finally:
            self._loading = False

    def _refuse(self, kind: str) -> None:
        self.refused.emit(refusal_text(kind, self.limit))

    def _changed(self) -> None:
        if self._loading:
            return
        text = self.toPlainText()
        problem = IMAGE_DATA if has_image_data(text) else TOO_LONG if len(text) > self.limit else None
        if problem is not None:
            # A last line of defence; the checks below stop nearly everything before it gets in.
            self._refuse(problem)
            self._loading = True
            try:
                self.setPlainText(self._good)
                self.moveCursor(self.textCursor().MoveOperation.End)
            finally:
                self._loading = False
            return
        self._good = text
        self.edited.emit()

    def _room(self) -> int:
        return self.limit - (len(self.toPlainText()) - len(self.textCursor().selectedText()))

    # -- pasting and dropping go through these two
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return mime_problem(source) is not None or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        problem = mime_problem(source)
        if problem is not None:
            self._refuse(problem)
            return
        text = source.text() if source.hasText() else ""
        if not text:
            return
        if has_image_data(text):
            self._refuse(IMAGE_DATA)
            return
        room = self._room()
        if len(text) > room:
            self._refuse(TOO_LONG)
            text = text[: max(room, 0)]
        if text:
            self.textCursor().insertText(text)
            self.ensureCursorVisible()

    def dropEvent(self, event: QDropEvent) -> None:
        problem = mime_problem(event.mimeData())
        if problem is not None:
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()
            self._refuse(problem)
            return
        super().dropEvent(event)

    # -- typing
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not event.matches(QKeySequence.StandardKey.Paste) and _inserts_text(event) and self._room() < 1:
            self._refuse(TOO_LONG)
            event.accept()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if event.commitString() and len(event.commitString()) > self._room():
            self._refuse(TOO_LONG)
            event.accept()
            return
        super().inputMethodEvent(event)
