"""Auto-lock: lock My notes after a chosen time with no key press, click or scroll anywhere in the app.

The clock is injected (seconds, monotonic), so tests move time on instead of waiting. An application
event filter notes each input event; a timer compares the clock with the deadline now and then.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

LOCK_MINUTES = (1, 5, 10, 30)
DEFAULT_MINUTES = 5
CHECK_EVERY_MS = 1000

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class IdleLock(QObject):
    """Emits `expired` once the app has had no input for `minutes`. Start it when the notes open and
    stop it when they lock."""

    expired = Signal()

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, minutes: int = DEFAULT_MINUTES, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.minutes = minutes
        self._last = clock()
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    @property
    def running(self) -> bool:
        return self._running

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.touch()

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self.touch()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def touch(self) -> None:
        """Someone is here: start the idle time again."""
        self._last = self._clock()

    def seconds_left(self) -> float:
        return self._last + self.minutes * 60 - self._clock()

    def check(self) -> None:
        if self._running and self.seconds_left() <= 0:
            self.stop()
            self.expired.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last = self._clock()
        return False
