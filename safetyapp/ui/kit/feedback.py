"""Saying what happened ("Copied", "Saved as ..."), on screen and to screen readers, without moving
anything: a button changes its words in place, a note floats over the window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

DONE_MS = 3000
NOTE_MS = 8000


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say `text` now (it is also shown on screen by the caller)."""
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def show_done(button: QAbstractButton, done_text: str) -> None:
    """The button says `done_text` for a few seconds, then its own words again. It is made wide
    enough for both first, so nothing beside it moves."""
    own = button.property("ownText") or button.text()
    button.setProperty("ownText", own)
    widths = []
    for text in (own, done_text):
        button.setText(text)
        widths.append(button.sizeHint().width())
    button.setMinimumWidth(max(widths))
    button.setText(done_text)
    description = button.property("ownDescription")
    if description is None:
        description = button.accessibleDescription()
        button.setProperty("ownDescription", description)
    button.setAccessibleDescription(done_text)
    announce(button, done_text)

    def restore() -> None:
        if button.text() == done_text:
            button.setText(str(own))
            button.setAccessibleDescription(str(description))

    QTimer.singleShot(DONE_MS, button, restore)


class FloatingNote(QLabel):
    """A note over the window, next to what it is about; clicks go through it to what is under it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        from PySide6.QtCore import Qt

        self.setObjectName("floatingNote")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_near(self, anchor: QWidget, text: str) -> None:
        window = self.parentWidget()
        if window is None:
            return
        self.setText(text)
        self.setAccessibleName(text)
        self.setMaximumWidth(max(200, window.width() // 2))
        self.adjustSize()
        corner = anchor.mapTo(window, QPoint(anchor.width(), 0))
        left = max(0, min(corner.x() - self.width(), window.width() - self.width()))
        top = corner.y() - self.height() - 4
        if top < 0:
            top = anchor.mapTo(window, QPoint(0, anchor.height())).y() + 4
        self.move(left, top)
        self.raise_()
        self.show()
        announce(self, text)
        self._timer.start(NOTE_MS)


def say_near(anchor: QWidget, text: str) -> FloatingNote:
    """Show `text` for a few seconds just above `anchor` (the button that was pressed), and say it."""
    window = anchor.window()
    note = window.findChild(FloatingNote, "floatingNote")
    if note is None:
        note = FloatingNote(window)
    note.show_near(anchor, text)
    return note
