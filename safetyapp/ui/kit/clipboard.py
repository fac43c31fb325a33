"""Copying to the clipboard, and taking back what we put there."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

SENSITIVE_CLEAR_MS = 30_000


class ClipboardGuard(QObject):
    """Remembers the last text the app copied, so it can clear it if it is still on the clipboard.

    Sensitive text (a username from the notes) is cleared after 30 seconds; everything the app
    copied is cleared on quick exit, lock and quit. Text the user copied from elsewhere is left.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str, *, sensitive: bool = False) -> None:
        QGuiApplication.clipboard().setText(text)
        self._ours = text
        if sensitive:
            self._timer.start(SENSITIVE_CLEAR_MS)

    def holds_ours(self) -> bool:
        return self._ours is not None and QGuiApplication.clipboard().text() == self._ours

    def clear_if_ours(self) -> None:
        if self.holds_ours():
            QGuiApplication.clipboard().clear()
        self._ours = None
        self._timer.stop()
