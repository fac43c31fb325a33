"""Quick exit: one click, Shift three times, or Esc twice, and the app is gone at once.

Esc twice is kept safe from accidents: an Esc press counts only if nothing else used it. An Esc that
clears a search, closes a dialog or a drop-down list is that control's, and the count starts again
after it; so "Esc to clear the search, Esc again" never quits, and neither does closing a dialog
with Esc twice. The window tells `escape_unused` when an Esc reached it with no control taking it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

SHIFT_PRESSES, SHIFT_WINDOW_S = 3, 2.0
ESC_PRESSES, ESC_WINDOW_S = 2, 1.0


class QuickExit(QObject):
    """Watches every key press in the app and leaves at once when asked.

    Key presses are counted where they first arrive, at the window, so one press is one count.
    Any other key in between starts the count again: typing capital letters never triggers it.
    `cleanups` run after the windows are hidden (lock the notes, forget wizard answers...).
    """

    triggered = Signal()

    def __init__(
        self, app: QApplication, clock: Callable[[], float] = time.monotonic, *, watch_keys: bool = True
    ) -> None:
        super().__init__(app)
        self._app = app
        self.clock = clock
        """What times the key presses (a test may set its own)."""
        self._presses: list[float] = []
        self._key: int | None = None
        self._escapes: list[tuple[float, bool]] = []  # (when, unused) for each Esc press, latest last
        self._cleanups: list[Callable[[], None]] = []
        if watch_keys:
            self.watch_keys()

    def watch_keys(self) -> None:
        """Start counting key presses. Costs a Python call per event, so the app starts it just
        after the first paint (the button works from the start)."""
        self._app.installEventFilter(self)

    def detach(self) -> None:
        """Stop watching keys (a window that is closed for good, or a test that is over)."""
        self._app.removeEventFilter(self)

    def add_cleanup(self, cleanup: Callable[[], None]) -> None:
        self._cleanups.append(cleanup)

    def remove_cleanups_of(self, owner: object) -> None:
        """Forget the cleanups that are methods of `owner` (a page being replaced)."""
        self._cleanups = [c for c in self._cleanups if getattr(c, "__self__", None) is not owner]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        from PySide6.QtGui import QWindow  # (watching starts after the first paint; its enums cost start-up time)

        if isinstance(watched, QWindow):
            assert isinstance(event, QKeyEvent)
            if not event.isAutoRepeat():
                self._count(event.key())
        return False

    def _count(self, key: int) -> None:
        from PySide6.QtCore import Qt  # Qt's namespace costs 30-40 ms the first time: not before the first paint

        if key == Qt.Key.Key_Escape:
            # Counted as used until the window says no control took it (see escape_unused).
            self._escapes = [*self._escapes[-ESC_PRESSES:], (self.clock(), False)]
            self._presses, self._key = [], None
            return
        self._escapes = []
        if key != Qt.Key.Key_Shift:
            self._presses, self._key = [], None
            return
        now = self.clock()
        if key != self._key:
            self._presses, self._key = [], key
        self._presses = [t for t in self._presses if now - t <= SHIFT_WINDOW_S] + [now]
        if len(self._presses) >= SHIFT_PRESSES:
            self._presses = []
            self.trigger()

    def escape_unused(self) -> None:
        """The Esc press being delivered reached the window with no control using it. Quick exit when
        the last presses of Esc were all unused, and quick enough."""
        if not self._escapes:
            return
        when, _ = self._escapes[-1]
        self._escapes[-1] = (when, True)
        recent = self._escapes[-ESC_PRESSES:]
        if len(recent) == ESC_PRESSES and all(unused for _, unused in recent) and when - recent[0][0] <= ESC_WINDOW_S:
            self._escapes = []
            self.trigger()

    def trigger(self) -> None:
        for window in self._app.topLevelWidgets():
            window.hide()
        self._app.processEvents()
        for cleanup in self._cleanups:
            try:
                cleanup()
            except Exception as error:  # leaving must never be stopped by a cleanup that failed
                # The type only: a traceback or message could carry something the user typed.
                logging.getLogger(__name__).warning("quick exit cleanup failed: %s", type(error).__name__)
        self.triggered.emit()
        self._app.quit()
