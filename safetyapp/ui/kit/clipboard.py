"""Copying to the clipboard, and taking back what we put there.

Everything the app copies is marked as secret for clipboard managers: KDE's Klipper (and others that
follow it) skip text with `x-kde-passwordManagerHint: secret`, and on Windows the three formats below
keep it out of clipboard history, Cloud Clipboard and clipboard monitors. What the user looked up
(a helpline's number) can say as much as a username, so every copy is marked, not just usernames.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

SENSITIVE_CLEAR_MS = 30_000
KDE_SECRET_HINT = "x-kde-passwordManagerHint"
# Qt puts a mime type of this form on the Windows clipboard as the named clipboard format.
_WINDOWS = 'application/x-qt-windows-mime;value="{}"'
WINDOWS_NO_MONITOR = _WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing")
WINDOWS_NO_HISTORY = _WINDOWS.format("CanIncludeInClipboardHistory")
WINDOWS_NO_CLOUD = _WINDOWS.format("CanUploadToCloudClipboard")
_DWORD_ZERO = b"\0\0\0\0"


def secret_text(text: str) -> QMimeData:
    """`text`, with the hints that keep it out of clipboard managers' histories."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(KDE_SECRET_HINT, b"secret")
    mime.setData(WINDOWS_NO_MONITOR, b"")
    mime.setData(WINDOWS_NO_HISTORY, _DWORD_ZERO)
    mime.setData(WINDOWS_NO_CLOUD, _DWORD_ZERO)
    return mime


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
        QGuiApplication.clipboard().setMimeData(secret_text(text))
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
