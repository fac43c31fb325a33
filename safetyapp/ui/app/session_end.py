"""A logout or shutdown (SIGTERM, or Ctrl+C in a terminal) closes the app as if the user had closed it:
typing in My notes is saved and the store locked (see NotesPage.shut_down), the clipboard cleared.

Python runs a signal handler only when the interpreter gets control, which it does not while Qt's event
loop waits. So the signal also writes a byte to a socket pair (signal.set_wakeup_fd) that Qt watches.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication, QWidget


class SessionEnd(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, lambda *_: None)  # the wake-up byte does the work
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._close)

    def _close(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(64)
        self._window.close()
        QApplication.quit()


def close_on_session_end(window: QWidget) -> None:
    """From now on, SIGTERM and SIGINT close `window` and quit (POSIX only; Windows ends apps by messages)."""
    if os.name == "posix":
        SessionEnd(window)
